package org.casebridge.cases.outside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.UUID;
import org.casebridge.platform.test.ReadModelDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who outside the school read its cases, without Spring: the projection on a real PostgreSQL database migrated by the
 * service's Flyway scripts, fed events directly. Reading the rows in words, within a reader's scope, is
 * {@code OutsideReadsIT}'s. Each test works on a case of its own.
 */
class OutsideReadProjectionTest {

    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");

    static JdbcTemplate jdbc;
    static OutsideReadProjection projection;

    private final UUID caseId = UUID.randomUUID();

    @BeforeAll
    static void database() {
        jdbc = new JdbcTemplate(ReadModelDatabase.migrated("outside_reads"));
        projection = new OutsideReadProjection(jdbc);
    }

    @Test
    void eachReadIsOneRowWithItsReaderItsRecordAndItsBasisAndARedeliveryAddsNone() {
        OutsideReadRecordedEvent police = read("event-1", "POLICE", "MPS", "POLICE_FORCE", "ESCALATION", AT);
        projection.on(police);
        projection.on(read("event-2", "AGENCY", "csc-southwark", "AGENCY", "REFERRAL", AT.plusSeconds(60)));
        projection.on(police);

        assertThat(jdbc.query(
                        """
                        SELECT source, reader_org, reader_kind, reader_role, record, lawful_basis, read_at
                          FROM case_outside_read WHERE case_id = ? ORDER BY read_at""",
                        (rs, row) -> tuple(
                                rs.getString("source"),
                                rs.getString("reader_org"),
                                rs.getString("reader_kind"),
                                rs.getString("record"),
                                rs.getString("lawful_basis"),
                                rs.getTimestamp("read_at").toInstant()),
                        caseId))
                .containsExactly(
                        tuple("POLICE", "MPS", "POLICE_FORCE", "ESCALATION", "PUBLIC_TASK", AT),
                        tuple("AGENCY", "csc-southwark", "AGENCY", "REFERRAL", "PUBLIC_TASK", AT.plusSeconds(60)));
    }

    @Test
    void aResetEmptiesTheTableForTheReplay() {
        projection.on(read("event-3", "POLICE", "WMP", "POLICE_FORCE", "DEVICES", AT));
        projection.reset();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_outside_read", Integer.class))
                .isZero();
    }

    private OutsideReadRecordedEvent read(
            String eventId, String source, String organisation, String kind, String record, Instant at) {
        return new OutsideReadRecordedEvent(
                caseId + "/" + eventId,
                caseId.toString(),
                source,
                organisation,
                kind,
                "READER",
                record,
                "PUBLIC_TASK",
                at);
    }
}
