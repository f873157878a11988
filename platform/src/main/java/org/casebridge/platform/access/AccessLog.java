package org.casebridge.platform.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.casebridge.platform.actor.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The append-only record of every read (table {@code access_log}; the database refuses updates and deletes). */
public class AccessLog {

    /** Longest purpose kept; a purpose is a short reason, not a note. */
    public static final int MAX_PURPOSE = 200;

    /** Most entries one query returns. */
    public static final int MAX_RESULTS = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final @Nullable CaseReadPublication publication;
    private final @Nullable TransactionTemplate transactions;

    public AccessLog(JdbcTemplate jdbc, Clock clock) {
        this(jdbc, clock, null, null);
    }

    /**
     * An access log that also tells schools who outside them read their cases (ADR 0070): the row and the published
     * read commit in one transaction.
     */
    public AccessLog(
            JdbcTemplate jdbc,
            Clock clock,
            @Nullable CaseReadPublication publication,
            @Nullable TransactionTemplate transactions) {
        if ((publication == null) != (transactions == null)) {
            throw new IllegalArgumentException("Publishing reads needs a transaction template");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.publication = publication;
        this.transactions = transactions;
    }

    public void record(Actor actor, String what, @Nullable String caseId, String path, @Nullable String purpose) {
        String trimmed = purpose == null || purpose.isBlank()
                ? null
                : purpose.strip().substring(0, Math.min(purpose.strip().length(), MAX_PURPOSE));
        Instant at = clock.instant();
        if (publication == null || transactions == null || caseId == null) {
            insert(actor, what, caseId, path, trimmed, at);
            return;
        }
        transactions.executeWithoutResult(status -> {
            insert(actor, what, caseId, path, trimmed, at);
            publication.recorded(jdbc, actor, what, caseId, at);
        });
    }

    private void insert(
            Actor actor, String what, @Nullable String caseId, String path, @Nullable String trimmed, Instant at) {
        jdbc.update(
                """
                INSERT INTO access_log (at, actor_id, actor_role, actor_org, what, case_id, path, purpose)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(at),
                actor.id(),
                actor.role().name(),
                actor.organisation(),
                what,
                caseId,
                path,
                trimmed);
    }

    /** Entries newest first, filtered by case and/or reading organisation when given. */
    public List<AccessEntry> find(String caseId, String actorOrganisation, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM access_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (caseId != null) {
            sql.append(" AND case_id = ?");
            args.add(caseId);
        }
        if (actorOrganisation != null) {
            sql.append(" AND actor_org = ?");
            args.add(actorOrganisation);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(Math.min(Math.max(limit, 1), MAX_RESULTS));
        return jdbc.query(sql.toString(), AccessEntry::read, args.toArray());
    }
}
