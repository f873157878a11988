package org.casebridge.police.escalation.query;

import static org.casebridge.police.shared.ReadModels.timestamp;

import java.time.Clock;

import org.casebridge.platform.actor.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Records every read of a case's record (DESIGN invariant 5), once the reader is known to be entitled to it. */
@Component
public class CaseReads {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseReads(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param what the part read, for example {@code detail}, {@code strategy-meetings} or {@code devices} */
    public void record(String caseId, Actor actor, String what) {
        jdbc.update("""
                INSERT INTO police_case_read (case_id, actor_id, actor_role, organisation, what, read_at)
                VALUES (?, ?, ?, ?, ?, ?)""", caseId, actor.id(), actor.role().name(), actor.organisation(), what,
                timestamp(clock.instant()));
    }
}
