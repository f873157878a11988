package org.casebridge.cases.transfer.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.incident.query.CaseViewQueries;
import org.casebridge.cases.personaldetails.PersonalDetails;
import org.casebridge.cases.personaldetails.PersonalDetailsVault;
import org.casebridge.cases.transfer.api.TransferredRecordContent;
import org.casebridge.platform.problem.InvalidParameterException;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transfers a school sees: those it received (its own records of the children) and those its cases sent (from the
 * sending cases' read model). A record is the receiving school's alone: for any other reader it does not exist.
 */
@Component
public class TransferQueries {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final CaseViewQueries cases;
    private final PersonalDetailsVault vault;

    public TransferQueries(JdbcTemplate jdbc, ObjectMapper json, CaseViewQueries cases, PersonalDetailsVault vault) {
        this.jdbc = jdbc;
        this.json = json;
        this.cases = cases;
        this.vault = vault;
    }

    /** Which transfers a list shows. */
    public enum Direction {
        INCOMING,
        OUTGOING,
        ALL;

        /** The direction named in any case; 400 for any other word. */
        public static Direction parse(String name) {
            for (Direction direction : values()) {
                if (direction.name().equalsIgnoreCase(name.strip())) {
                    return direction;
                }
            }
            throw new InvalidParameterException("direction", "direction must be incoming, outgoing or all");
        }
    }

    /**
     * A line of the transfer list. {@code caseId} and {@code caseReference} are the reader's own case for an outgoing
     * transfer; an incoming one names the sender's case by its reference only.
     */
    public record TransferSummary(
            String transferId,
            String direction,
            String caseId,
            String caseReference,
            String childRef,
            String fromSchoolUrn,
            String toSchoolUrn,
            Instant sentAt,
            LocalDate childStartedOn,
            Instant receiptDueAt,
            boolean overdue,
            Instant receivedAt) {}

    /** The receiving school's record, with the child's identity where one was on file when it was sent. */
    public record TransferredRecordView(
            String transferId,
            String schoolUrn,
            String fromSchoolUrn,
            String fromCaseReference,
            String childRef,
            Instant sentAt,
            String sentBy,
            String reason,
            LocalDate childStartedOn,
            Instant receiptDueAt,
            Instant receiptConfirmedAt,
            String receiptConfirmedBy,
            PersonalDetails personalDetails,
            TransferredRecordContent record) {}

    @Transactional(readOnly = true)
    public List<TransferSummary> transfers(CaseScope scope, Direction direction) {
        List<TransferSummary> list = new ArrayList<>();
        if (direction != Direction.OUTGOING) {
            list.addAll(jdbc.query(
                    """
                    SELECT transfer_id, school_urn, from_school_urn, from_case_reference, child_ref, sent_at,
                           child_started_on, due_at, confirmed_at
                    FROM transferred_child_record WHERE school_urn = ? ORDER BY sent_at DESC, transfer_id""",
                    (rs, row) -> new TransferSummary(
                            rs.getString("transfer_id"),
                            "INCOMING",
                            null,
                            rs.getString("from_case_reference"),
                            rs.getString("child_ref"),
                            rs.getString("from_school_urn"),
                            rs.getString("school_urn"),
                            instant(rs, "sent_at"),
                            rs.getObject("child_started_on", LocalDate.class),
                            instant(rs, "due_at"),
                            false,
                            instant(rs, "confirmed_at")),
                    schoolOf(scope)));
        }
        if (direction != Direction.INCOMING) {
            cases.outgoingTransfers(scope)
                    .forEach(out -> list.add(new TransferSummary(
                            out.transfer().transferId(),
                            "OUTGOING",
                            out.caseId(),
                            out.caseReference(),
                            out.transfer().childRef(),
                            null,
                            out.transfer().toSchoolUrn(),
                            out.transfer().startedAt(),
                            out.transfer().childStartedOn(),
                            out.transfer().receiptDueAt(),
                            out.transfer().overdue(),
                            out.transfer().receivedAt())));
        }
        return list;
    }

    /** The record, for the receiving school's DSL or auditor; 404 for anyone else, as for one that does not exist. */
    @Transactional(readOnly = true)
    public TransferredRecordView record(UUID transferId, CaseScope scope) {
        return find(transferId, scope).orElseThrow(() -> new NotFoundException("transfer", transferId.toString()));
    }

    @Transactional(readOnly = true)
    public Optional<TransferredRecordView> find(UUID transferId, CaseScope scope) {
        return jdbc
                .query(
                        "SELECT * FROM transferred_child_record WHERE transfer_id = ? AND school_urn = ?",
                        (rs, row) -> view(rs, scope),
                        transferId,
                        schoolOf(scope))
                .stream()
                .findFirst();
    }

    private TransferredRecordView view(ResultSet rs, CaseScope scope) throws SQLException {
        UUID transferId = rs.getObject("transfer_id", UUID.class);
        String childRef = rs.getString("child_ref");
        try {
            return new TransferredRecordView(
                    transferId.toString(),
                    rs.getString("school_urn"),
                    rs.getString("from_school_urn"),
                    rs.getString("from_case_reference"),
                    childRef,
                    instant(rs, "sent_at"),
                    rs.getString("sent_by"),
                    rs.getString("reason"),
                    rs.getObject("child_started_on", LocalDate.class),
                    instant(rs, "due_at"),
                    instant(rs, "confirmed_at"),
                    rs.getString("confirmed_by"),
                    vault.read(new CaseId(transferId), scope, childRef).orElse(null),
                    json.readValue(rs.getString("record"), TransferredRecordContent.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A transferred record is unreadable", e);
        }
    }

    /** The school whose records the reader sees; none (an impossible URN) for police and agencies. */
    private static String schoolOf(CaseScope scope) {
        return switch (scope) {
            case CaseScope.OneSchool school -> school.schoolUrn();
            case CaseScope.NoCases none -> "";
        };
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
