package org.casebridge.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The verifier names the first entry that breaks for each kind of tampering, in the event store and in the access
 * log alike, on real PostgreSQL; rolled-back keys and transactions still in flight never break the chain.
 */
class AuditChainIT {

    private static String table(AuditSource source) {
        return source == AuditSource.EVENT ? "domain_event_entry" : "access_log";
    }

    private static String key(AuditSource source) {
        return source == AuditSource.EVENT ? "global_index" : "id";
    }

    /** Five rows with a rolled-back key among them, chained: positions 0..4. */
    private static long[] fiveChainedRows(AuditDatabase db, AuditSource source) {
        long[] keys = new long[5];
        for (int i = 0; i < keys.length; i++) {
            if (i == 2) {
                db.gap(source);
            }
            keys[i] = db.row(source, "row-" + i);
        }
        db.chain.appendCommitted();
        return keys;
    }

    @ParameterizedTest
    @EnumSource(AuditSource.class)
    void anUntouchedLogWithGapsVerifies(AuditSource source) {
        AuditDatabase db = new AuditDatabase();
        fiveChainedRows(db, source);
        db.row(AuditSource.EVENT, "another");
        db.row(AuditSource.ACCESS, "another");
        db.chain.appendCommitted();

        Verification verification = db.verify();

        assertThat(verification.verified()).isTrue();
        assertThat(verification.firstBrokenEntry()).isNull();
        assertThat(verification.entriesChecked()).isEqualTo(7);
    }

    @ParameterizedTest
    @EnumSource(AuditSource.class)
    void aChangedByteBreaksItsEntry(AuditSource source) {
        AuditDatabase db = new AuditDatabase();
        long[] keys = fiveChainedRows(db, source);

        db.tamper(
                source == AuditSource.EVENT
                        ? "UPDATE domain_event_entry SET payload = set_byte(payload, 10, get_byte(payload, 10) # 1)"
                                + " WHERE global_index = " + keys[3]
                        : "UPDATE access_log SET path = overlay(path placing 'X' from 3 for 1) WHERE id = " + keys[3]);

        assertThat(db.verify()).satisfies(v -> {
            assertThat(v.verified()).isFalse();
            assertThat(v.firstBrokenEntry())
                    .isEqualTo(new Verification.BrokenEntry(source.code(), 3, keys[3], "the row was changed"));
            assertThat(v.entriesChecked()).isEqualTo(3);
        });
    }

    @ParameterizedTest
    @EnumSource(AuditSource.class)
    void aDeletedRowBreaksItsEntry(AuditSource source) {
        AuditDatabase db = new AuditDatabase();
        long[] keys = fiveChainedRows(db, source);

        db.tamper("DELETE FROM " + table(source) + " WHERE " + key(source) + " = " + keys[1]);

        assertThat(db.verify().firstBrokenEntry())
                .isEqualTo(new Verification.BrokenEntry(source.code(), 1, keys[1], "the row was removed"));
    }

    @ParameterizedTest
    @EnumSource(AuditSource.class)
    void aRowInsertedIntoAGapBreaksTheEntryAfterIt(AuditSource source) {
        AuditDatabase db = new AuditDatabase();
        long[] keys = fiveChainedRows(db, source);
        long rolledBack = keys[1] + 1;
        assertThat(keys[2]).as("a gap before the third row").isGreaterThan(rolledBack);

        db.tamper(
                source == AuditSource.EVENT
                        ? "INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, "
                                + "sequence_number, type, time_stamp, payload_type, payload) SELECT " + rolledBack
                                + ", 'forged', aggregate_identifier, 1, type, time_stamp, payload_type, payload"
                                + " FROM domain_event_entry WHERE global_index = " + keys[1]
                        : "INSERT INTO access_log (id, at, actor_id, actor_role, actor_org, what, case_id, path) SELECT "
                                + rolledBack + ", at, actor_id, actor_role, actor_org, what, case_id, path"
                                + " FROM access_log WHERE id = " + keys[1]);

        assertThat(db.verify().firstBrokenEntry())
                .isEqualTo(new Verification.BrokenEntry(
                        source.code(),
                        2,
                        keys[2],
                        "row " + rolledBack + " was never chained: inserted after the fact"));
    }

    @ParameterizedTest
    @EnumSource(AuditSource.class)
    void swappedRowsBreakTheFirstOfThem(AuditSource source) {
        AuditDatabase db = new AuditDatabase();
        long[] keys = fiveChainedRows(db, source);
        String table = table(source);
        String key = key(source);

        db.tamper(
                "UPDATE " + table + " SET " + key + " = -1 WHERE " + key + " = " + keys[3],
                "UPDATE " + table + " SET " + key + " = " + keys[3] + " WHERE " + key + " = " + keys[4],
                "UPDATE " + table + " SET " + key + " = " + keys[4] + " WHERE " + key + " = -1");

        assertThat(db.verify().firstBrokenEntry())
                .isEqualTo(new Verification.BrokenEntry(source.code(), 3, keys[3], "the row was changed"));
    }

    @ParameterizedTest
    @EnumSource(AuditSource.class)
    void reorderedChainEntriesBreakTheFirstMoved(AuditSource source) {
        AuditDatabase db = new AuditDatabase();
        long[] keys = fiveChainedRows(db, source);
        String where = "source = '" + source.code() + "' AND position = ";

        db.tamper(
                "UPDATE audit_chain SET position = -1 WHERE " + where + 1,
                "UPDATE audit_chain SET position = 1 WHERE " + where + 2,
                "UPDATE audit_chain SET position = 2 WHERE " + where + -1);

        assertThat(db.verify().firstBrokenEntry())
                .isEqualTo(new Verification.BrokenEntry(
                        source.code(), 1, keys[2], "the entry does not follow the one before it"));
    }

    @Test
    void rowsAreChainedOnlyOnceEveryLowerKeyIsFinalAndThenInKeyOrder() throws Exception {
        AuditDatabase db = new AuditDatabase(Duration.ofHours(1));
        try (Connection inFlight = db.dataSource.getConnection()) {
            inFlight.setAutoCommit(false);
            inFlight.createStatement()
                    .execute("INSERT INTO access_log (at, actor_id, actor_role, actor_org, what, path)"
                            + " VALUES (now(), 'slow', 'AUDITOR', 'casebridge-audit', 'case', '/api/cases')");
            long committedLater = db.access("case-2");

            assertThat(db.chain.appendCommitted())
                    .as("within the safety window nothing is final")
                    .isZero();

            inFlight.commit();
        }
        // the window has passed: every transaction that took a key at or below the noted head has ended
        db.jdbc.update("UPDATE audit_chain_horizon SET taken_at = taken_at - interval '2 hours'");
        assertThat(db.chain.appendCommitted()).isEqualTo(2);

        assertThat(db.jdbc.queryForList("SELECT row_key FROM audit_chain ORDER BY position", Long.class))
                .isSorted()
                .hasSize(2);
        assertThat(db.verify().verified()).isTrue();
    }

    @Test
    void anIdleLogKeepsOneNoteOfItsHead() {
        AuditDatabase db = new AuditDatabase(Duration.ofHours(1));
        db.event("one");
        for (int run = 0; run < 3; run++) {
            db.chain.appendCommitted();
        }
        assertThat(db.jdbc.queryForList("SELECT source FROM audit_chain_horizon ORDER BY source", String.class))
                .containsExactly("access", "event");

        db.jdbc.update("UPDATE audit_chain_horizon SET taken_at = taken_at - interval '2 hours'");
        db.event("two");
        db.chain.appendCommitted();
        assertThat(db.jdbc.queryForObject("SELECT count(*) FROM audit_chain", Integer.class))
                .as("only the first event was final when the old note was taken")
                .isOne();
        assertThat(db.jdbc.queryForList(
                        "SELECT sequence_value FROM audit_chain_horizon WHERE source = 'event' ORDER BY taken_at",
                        Long.class))
                .as("the note used is kept until a newer one is final, the newer one waits")
                .containsExactly(1L, 2L);
    }

    @Test
    void theChainAndCheckpointsRefuseChangeAtTheDatabase() {
        AuditDatabase db = new AuditDatabase();
        fiveChainedRows(db, AuditSource.EVENT);
        db.checkpoints.take();

        for (String sql : new String[] {
            "UPDATE audit_chain SET row_key = 0", "DELETE FROM audit_chain", "TRUNCATE audit_checkpoint"
        }) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.jdbc.execute(sql))
                    .hasMessageContaining("is append-only");
        }
    }
}
