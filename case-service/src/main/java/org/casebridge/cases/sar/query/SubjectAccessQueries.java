package org.casebridge.cases.sar.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The school's subject access requests, scoped by the reader (ADR 0026): a request of another school reads as one
 * that does not exist.
 */
@Component
public class SubjectAccessQueries {

    /** A request as the school reads it; the release fields are null until it is released. */
    public record RequestView(
            String requestId,
            String caseId,
            String caseReference,
            String schoolUrn,
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

    /** A phrase the DSL chose to withhold, and why. */
    public record ChosenRedaction(int position, String phrase, String reason, String addedBy, Instant addedAt) {}

    private static final RowMapper<ChosenRedaction> REDACTION = (rs, row) -> new ChosenRedaction(
            rs.getInt("position"),
            rs.getString("phrase"),
            rs.getString("reason"),
            rs.getString("added_by"),
            rs.getTimestamp("added_at").toInstant());

    private final JdbcTemplate jdbc;

    public SubjectAccessQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The request, or 404 when it does not exist or is another school's. */
    public RequestView request(UUID requestId, CaseScope scope) {
        return find(requestId, scope)
                .orElseThrow(() -> new NotFoundException("subject access request", requestId.toString()));
    }

    public Optional<RequestView> find(UUID requestId, CaseScope scope) {
        return jdbc.query("SELECT * FROM subject_access_request WHERE request_id = ?", this::view, requestId).stream()
                .filter(view -> scope.includes(view.schoolUrn()))
                .findFirst();
    }

    /** The requests of one case, newest first; none for a case outside the scope. */
    public List<RequestView> ofCase(UUID caseId, CaseScope scope) {
        return jdbc
                .query(
                        "SELECT * FROM subject_access_request WHERE case_id = ? ORDER BY started_at DESC",
                        this::view,
                        caseId)
                .stream()
                .filter(view -> scope.includes(view.schoolUrn()))
                .toList();
    }

    private RequestView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        UUID requestId = rs.getObject("request_id", UUID.class);
        return new RequestView(
                requestId.toString(),
                rs.getObject("case_id", UUID.class).toString(),
                rs.getString("case_reference"),
                rs.getString("school_urn"),
                rs.getString("child_ref"),
                rs.getString("requester"),
                rs.getString("reason"),
                rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(),
                instant(rs.getTimestamp("released_at")),
                rs.getString("released_by"),
                rs.getString("release_rationale"),
                rs.getObject("redaction_count", Integer.class),
                rs.getString("pdf_sha256"),
                rs.getString("json_sha256"),
                jdbc.query(
                        "SELECT * FROM subject_access_redaction WHERE request_id = ? ORDER BY position",
                        REDACTION,
                        requestId));
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
