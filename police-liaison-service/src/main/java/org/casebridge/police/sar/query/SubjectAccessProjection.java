package org.casebridge.police.sar.query;

import static org.casebridge.police.shared.ReadModels.appendOnce;
import static org.casebridge.police.shared.ReadModels.erasedColumns;
import static org.casebridge.police.shared.ReadModels.erasedInArray;
import static org.casebridge.police.shared.ReadModels.json;
import static org.casebridge.police.shared.ReadModels.timestamp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.casebridge.police.escalation.command.EscalationEvent.PersonalDetailsErasedEvent;
import org.casebridge.police.sar.command.SubjectAccessEvent.SubjectAccessDisclosureReleasedEvent;
import org.casebridge.police.sar.command.SubjectAccessEvent.SubjectAccessRedactionAddedEvent;
import org.casebridge.police.sar.command.SubjectAccessEvent.SubjectAccessRequestStartedEvent;
import org.casebridge.police.sar.query.SubjectAccessQueries.ChosenRedaction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code police_subject_access_request} table; every handler is idempotent. */
@Component
@ProcessingGroup(SubjectAccessProjection.GROUP)
class SubjectAccessProjection {

    static final String GROUP = "police-subject-access-requests";

    private final JdbcTemplate jdbc;

    SubjectAccessProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SubjectAccessRequestStartedEvent e) {
        jdbc.update(
                """
                INSERT INTO police_subject_access_request (request_id, case_id, case_reference, force_code, child_ref,
                    requester, reason, started_by, started_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING""",
                e.requestId(),
                e.caseId(),
                e.caseReference(),
                e.forceCode(),
                e.childRef(),
                e.requester(),
                e.reason(),
                e.by().id(),
                timestamp(e.at()));
    }

    @EventHandler
    void on(SubjectAccessRedactionAddedEvent e, @MessageIdentifier String eventId) {
        appendOnce(
                jdbc,
                "police_subject_access_request",
                "request_id",
                e.requestId(),
                "chosen_redactions",
                "eventId",
                eventId,
                json(new ChosenRedaction(eventId, e.phrase(), e.reason(), e.by().id(), e.at())));
    }

    @EventHandler
    void on(SubjectAccessDisclosureReleasedEvent e) {
        jdbc.update(
                """
                UPDATE police_subject_access_request SET released_at = ?, released_by = ?, release_rationale = ?,
                    redaction_count = ?, pdf_sha256 = ?, json_sha256 = ?
                WHERE request_id = ?""",
                timestamp(e.at()),
                e.by().id(),
                e.rationale(),
                e.redactions().size(),
                e.pdfSha256(),
                e.jsonSha256(),
                e.requestId());
    }

    /**
     * The case's free text became unreadable with its key (ADR 0064): the request's copies go too, as a replay after
     * the erasure writes them.
     */
    @EventHandler
    void on(PersonalDetailsErasedEvent e) {
        jdbc.update(
                "UPDATE police_subject_access_request SET "
                        + erasedColumns("requester", "reason", "release_rationale") + ", "
                        + erasedInArray("chosen_redactions", "phrase", "reason")
                        + " WHERE case_id = ?",
                e.caseId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM police_subject_access_request");
    }
}
