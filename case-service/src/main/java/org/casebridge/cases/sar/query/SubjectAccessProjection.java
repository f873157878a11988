package org.casebridge.cases.sar.query;

import java.sql.Timestamp;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.casebridge.cases.incident.api.PersonalDetailsErasedEvent;
import org.casebridge.cases.sar.api.SubjectAccessEvent.SubjectAccessDisclosureReleasedEvent;
import org.casebridge.cases.sar.api.SubjectAccessEvent.SubjectAccessRedactionAddedEvent;
import org.casebridge.cases.sar.api.SubjectAccessEvent.SubjectAccessRequestStartedEvent;
import org.casebridge.platform.sealing.SealedText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects subject access requests into {@code subject_access_request} and {@code subject_access_redaction}. */
@Component
@ProcessingGroup(SubjectAccessProjection.PROCESSING_GROUP)
public class SubjectAccessProjection {

    public static final String PROCESSING_GROUP = "subject-access-requests";

    private final JdbcTemplate jdbc;

    public SubjectAccessProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SubjectAccessRequestStartedEvent e) {
        jdbc.update(
                """
                INSERT INTO subject_access_request (request_id, case_id, case_reference, school_urn, child_ref,
                    requester, reason, started_by, started_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING""",
                e.requestId(),
                e.caseId().value(),
                e.caseReference(),
                e.schoolUrn(),
                e.childRef(),
                e.requester(),
                e.reason(),
                e.by().id(),
                Timestamp.from(e.at()));
    }

    @EventHandler
    void on(SubjectAccessRedactionAddedEvent e) {
        jdbc.update(
                """
                INSERT INTO subject_access_redaction (request_id, position, phrase, reason, added_by, added_at)
                SELECT ?, COALESCE(MAX(position), 0) + 1, ?, ?, ?, ? FROM subject_access_redaction
                WHERE request_id = ?
                HAVING NOT EXISTS (SELECT 1 FROM subject_access_redaction WHERE request_id = ? AND phrase = ?)""",
                e.requestId(),
                e.phrase(),
                e.reason(),
                e.by().id(),
                Timestamp.from(e.at()),
                e.requestId(),
                e.requestId(),
                e.phrase());
    }

    @EventHandler
    void on(SubjectAccessDisclosureReleasedEvent e) {
        jdbc.update(
                """
                UPDATE subject_access_request SET released_at = ?, released_by = ?, release_rationale = ?,
                    redaction_count = ?, pdf_sha256 = ?, json_sha256 = ?
                WHERE request_id = ?""",
                Timestamp.from(e.at()),
                e.by().id(),
                e.rationale(),
                e.redactions().size(),
                e.pdfSha256(),
                e.jsonSha256(),
                e.requestId());
    }

    /**
     * The case's free text became unreadable with its key (ADR 0058): the requests' copies go too, as a replay after the
     * erasure writes them.
     */
    @EventHandler
    void on(PersonalDetailsErasedEvent e) {
        UUID caseId = e.caseId().value();
        jdbc.update("""
                UPDATE subject_access_request SET requester = ?, reason = ?,
                    release_rationale = CASE WHEN release_rationale IS NULL THEN NULL ELSE ? END
                WHERE case_id = ?""", SealedText.ERASED, SealedText.ERASED, SealedText.ERASED, caseId);
        jdbc.update("""
                UPDATE subject_access_redaction SET phrase = ?, reason = ?
                WHERE request_id IN (SELECT request_id FROM subject_access_request WHERE case_id = ?)""", SealedText.ERASED, SealedText.ERASED, caseId);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM subject_access_redaction");
        jdbc.update("DELETE FROM subject_access_request");
    }
}
