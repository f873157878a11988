package org.casebridge.cases.outside;

import java.sql.Timestamp;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who outside the school read its cases (ADR 0070), one row per received read. Idempotent, and rebuilt by a reset. */
@Component
@ProcessingGroup(OutsideReadProjection.PROCESSING_GROUP)
public class OutsideReadProjection {

    public static final String PROCESSING_GROUP = "outside-reads";

    private final JdbcTemplate jdbc;

    public OutsideReadProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OutsideReadRecordedEvent e) {
        jdbc.update(
                """
                INSERT INTO case_outside_read (event_id, case_id, source, reader_org, reader_kind, reader_role, record,
                    lawful_basis, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""",
                e.sourceEventId(),
                UUID.fromString(e.caseId()),
                e.source(),
                e.readerOrganisation(),
                e.readerKind(),
                e.readerRole(),
                e.record(),
                e.lawfulBasis(),
                Timestamp.from(e.readAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM case_outside_read");
    }
}
