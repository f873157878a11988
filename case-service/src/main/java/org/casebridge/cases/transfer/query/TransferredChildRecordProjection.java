package org.casebridge.cases.transfer.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.casebridge.cases.transfer.api.ChildRecordReceiptConfirmedEvent;
import org.casebridge.cases.transfer.api.ChildRecordReceivedEvent;
import org.casebridge.cases.transfer.api.ReceivedChildRecordErasedEvent;
import org.casebridge.platform.sealing.SealedText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects the receiving schools' records into {@code transferred_child_record}. Idempotent. */
@Component
@ProcessingGroup(TransferredChildRecordProjection.PROCESSING_GROUP)
public class TransferredChildRecordProjection {

    public static final String PROCESSING_GROUP = "child-record-transfers";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public TransferredChildRecordProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ChildRecordReceivedEvent e) throws JsonProcessingException {
        jdbc.update(
                """
                INSERT INTO transferred_child_record (transfer_id, school_urn, from_school_urn, from_case_reference,
                    child_ref, child_started_on, due_at, sent_at, sent_by, reason, record)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB)) ON CONFLICT (transfer_id) DO NOTHING""",
                e.transferId(),
                e.schoolUrn(),
                e.fromSchoolUrn(),
                e.fromCaseReference(),
                e.record().child().ref(),
                e.childStartedOn(),
                Timestamp.from(e.dueAt()),
                Timestamp.from(e.at()),
                e.by().id(),
                e.rationale(),
                json.writeValueAsString(e.record()));
    }

    @EventHandler
    void on(ChildRecordReceiptConfirmedEvent e) {
        jdbc.update(
                "UPDATE transferred_child_record SET confirmed_at = ?, confirmed_by = ? WHERE transfer_id = ?",
                Timestamp.from(e.at()),
                e.by().id(),
                e.transferId());
    }

    /**
     * The record's key is destroyed with this event (ADR 0069): the sender's reason and each timeline entry's what and
     * why become the erased words, exactly what a replay after the erasure writes (ADR 0050, 0058).
     */
    @EventHandler
    void on(ReceivedChildRecordErasedEvent e) {
        jdbc.update("""
                UPDATE transferred_child_record SET
                    reason = CASE WHEN reason IS NULL THEN NULL ELSE ? END,
                    record = jsonb_set(record, '{timeline}', COALESCE((
                        SELECT jsonb_agg(
                            entry
                            || CASE WHEN jsonb_typeof(entry -> 'what') = 'string'
                                    THEN jsonb_build_object('what', ?::text) ELSE '{}'::jsonb END
                            || CASE WHEN jsonb_typeof(entry -> 'why') = 'string'
                                    THEN jsonb_build_object('why', ?::text) ELSE '{}'::jsonb END
                            ORDER BY position)
                        FROM jsonb_array_elements(record -> 'timeline') WITH ORDINALITY AS t (entry, position)),
                        '[]'::jsonb))
                WHERE transfer_id = ?""", SealedText.ERASED, SealedText.ERASED, SealedText.ERASED, e.transferId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM transferred_child_record");
    }
}
