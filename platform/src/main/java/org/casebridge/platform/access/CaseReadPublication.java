package org.casebridge.platform.access;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.casebridge.platform.actor.Actor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores a {@link CaseReadRecordedEvent} for a read of a school's case by anyone outside the school, at most once per
 * case, reading organisation, role and record in each window (ADR 0070). Runs inside the access-log row's transaction:
 * the window's claim, the row and the stored event commit together or not at all, and the event store is the outbox.
 */
public class CaseReadPublication {

    private final SchoolCases schoolCases;
    private final EventGateway events;
    private final Duration window;

    public CaseReadPublication(SchoolCases schoolCases, EventGateway events, Duration window) {
        if (window.isNegative() || window.isZero() || window.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("The window of published reads must be from a second to a day");
        }
        this.schoolCases = schoolCases;
        this.events = events;
        this.window = window;
    }

    /** Publishes the read if it is told and its window is not claimed yet; the caller's transaction must be open. */
    void recorded(JdbcTemplate jdbc, Actor actor, String what, String caseId, Instant at) {
        schoolCases
                .read(actor, what, caseId)
                .filter(read -> !read.schoolUrn().equals(actor.organisation()))
                .ifPresent(read -> {
                    Instant windowStart = windowStart(at);
                    int claimed = jdbc.update(
                            """
                            INSERT INTO case_read_publication (case_id, reader_org, reader_role, record, window_start)
                            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                            caseId,
                            actor.organisation(),
                            actor.role().name(),
                            read.record(),
                            Timestamp.from(windowStart));
                    if (claimed == 0) {
                        return;
                    }
                    jdbc.update(
                            "DELETE FROM case_read_publication WHERE window_start < ?",
                            Timestamp.from(windowStart.minus(Duration.ofDays(1))));
                    events.publish(new CaseReadRecordedEvent(
                            caseId,
                            read.schoolUrn(),
                            read.controller(),
                            actor.organisation(),
                            readerKind(actor),
                            actor.role().name(),
                            read.record(),
                            read.lawfulBasis(),
                            at.truncatedTo(ChronoUnit.MICROS)));
                });
    }

    private Instant windowStart(Instant at) {
        long size = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), size) * size);
    }

    /** The reader's kind of organisation, from their role. */
    static String readerKind(Actor actor) {
        return switch (actor.role()) {
            case POLICE_LIAISON, POLICE_SUPERVISOR -> "POLICE_FORCE";
            case AGENCY -> "AGENCY";
            case AUDITOR -> "AUDITOR";
            default -> actor.role().name();
        };
    }
}
