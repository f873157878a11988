package org.casebridge.police.sar.query;

import static org.casebridge.police.shared.ReadModels.instant;
import static org.casebridge.police.shared.ReadModels.list;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casebridge.police.shared.RecordNotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A force's subject access requests, always read through the escalation they belong to: a request of another
 * escalation, or of another force, reads as one that does not exist.
 */
@Component
public class SubjectAccessQueries {

    /** A request as the force reads it; the release fields are null until it is released. */
    public record RequestView(
            String requestId,
            String caseId,
            String caseReference,
            String forceCode,
            String childRef,
            String requester,
            String reason,
            String startedBy,
            Instant startedAt,
            Instant releasedAt,
            String releasedBy,
            String releaseRationale,
            Integer redactionCount,
            String pdfSha256,
            String jsonSha256,
            List<ChosenRedaction> chosenRedactions) {

        public boolean released() {
            return releasedAt != null;
        }
    }

    /** A phrase the supervisor chose to withhold, and why. */
    public record ChosenRedaction(String eventId, String phrase, String reason, String addedBy, Instant addedAt) {}

    private final JdbcTemplate jdbc;

    public SubjectAccessQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The request of the escalation {@code caseId} of {@code forceCode}.
     *
     * @throws RecordNotFoundException when there is none: the same answer as an id no record has
     */
    public RequestView request(String caseId, String forceCode, String requestId) {
        return find(caseId, forceCode, requestId).orElseThrow(() -> new RecordNotFoundException(requestId));
    }

    public Optional<RequestView> find(String caseId, String forceCode, String requestId) {
        return jdbc
                .query(
                        "SELECT * FROM police_subject_access_request WHERE request_id = ? AND case_id = ?"
                                + " AND force_code = ?",
                        SubjectAccessQueries::view,
                        requestId,
                        caseId,
                        forceCode)
                .stream()
                .findFirst();
    }

    /** The requests of an escalation made by its force now, newest first. */
    public List<RequestView> ofCase(String caseId, String forceCode) {
        return jdbc.query(
                "SELECT * FROM police_subject_access_request WHERE case_id = ? AND force_code = ?"
                        + " ORDER BY started_at DESC, request_id",
                SubjectAccessQueries::view,
                caseId,
                forceCode);
    }

    private static RequestView view(ResultSet rs, int row) throws SQLException {
        return new RequestView(
                rs.getString("request_id"),
                rs.getString("case_id"),
                rs.getString("case_reference"),
                rs.getString("force_code"),
                rs.getString("child_ref"),
                rs.getString("requester"),
                rs.getString("reason"),
                rs.getString("started_by"),
                instant(rs, "started_at"),
                instant(rs, "released_at"),
                rs.getString("released_by"),
                rs.getString("release_rationale"),
                rs.getObject("redaction_count", Integer.class),
                rs.getString("pdf_sha256"),
                rs.getString("json_sha256"),
                list(rs.getString("chosen_redactions"), ChosenRedaction.class));
    }
}
