package org.casebridge.police.escalation.query;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.web.ConditionalRead;
import org.casebridge.police.escalation.query.EscalationViews.EscalationSummaryView;
import org.casebridge.police.escalation.query.EscalationViews.SignOffItemView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The inbox and the sign-off queue read as a screen or a system that keeps them current reads them (ADR 0101): each
 * answer has an entity tag; a read whose {@code If-None-Match} still holds is answered "not modified", and one that
 * also prefers to wait ({@code Prefer: wait=N}, at most {@link #MOST_WAIT}) is held until a row of the force's
 * escalations changes and the answer with it, then answered with the new rows, or "not modified" when the wait runs
 * out. An officer's screen learns of a referral when it arrives instead of at its next refresh, a supervisor's of an
 * outcome to sign off, and a waiting reader costs nothing while nothing changes.
 */
@Component
public class InboxReads {

    /** The longest wait a read is held for, under the 30 s after which proxies commonly give up on an answer. */
    public static final Duration MOST_WAIT = Duration.ofSeconds(25);

    /** How often a waiting read looks again while the database's notifications are not heard. */
    static final long UNHEARD_LOOK_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final EscalationQueries queries;
    private final InboxChanges changes;

    InboxReads(EscalationQueries queries, InboxChanges changes) {
        this.queries = queries;
        this.changes = changes;
    }

    /**
     * The answer: the rows as they stand and their tag, and whether they differ from what the reader has ({@code false}:
     * its {@code If-None-Match} still holds, answered 304).
     *
     * @param waited the wait that was honoured, zero when the read was answered at once
     */
    public record Answer<T>(List<T> rows, String tag, Duration waited, boolean modified) {}

    /** The inbox, in the chosen order and length. */
    public Answer<EscalationSummaryView> inbox(
            Actor actor,
            InboxFilter filter,
            InboxSort sort,
            OptionalInt limit,
            @Nullable String ifNoneMatch,
            @Nullable String prefer) {
        return read(actor, () -> queries.inbox(actor, filter, sort, limit), ifNoneMatch, prefer);
    }

    /** The outcomes waiting for sign-off: a supervisor's queue changes when a row of the force's escalations does. */
    public Answer<SignOffItemView> signOffQueue(Actor actor, @Nullable String ifNoneMatch, @Nullable String prefer) {
        return read(actor, () -> queries.signOffQueue(actor), ifNoneMatch, prefer);
    }

    private <T> Answer<T> read(
            Actor actor, Supplier<List<T>> query, @Nullable String ifNoneMatch, @Nullable String prefer) {
        String force = queries.readsEveryForce(actor) ? InboxChanges.EVERY_FORCE : actor.organisation();
        long seen = changes.version(force);
        List<T> rows = query.get();
        String tag = ConditionalRead.tag(rows);
        if (!ConditionalRead.stillHolds(ifNoneMatch, tag)) {
            return new Answer<>(rows, tag, Duration.ZERO, true);
        }
        Duration wait = ConditionalRead.preferredWait(prefer, MOST_WAIT);
        String reader = actor.organisation() + "/" + actor.id();
        if (wait.isZero() || !changes.tryWait(reader)) {
            return new Answer<>(rows, tag, Duration.ZERO, false);
        }
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                long left = deadline - System.nanoTime();
                changes.awaitChange(force, seen, changes.listening() ? left : Math.min(left, UNHEARD_LOOK_EVERY_NANOS));
                seen = changes.version(force);
                rows = query.get();
                tag = ConditionalRead.tag(rows);
                if (!ConditionalRead.stillHolds(ifNoneMatch, tag)) {
                    return new Answer<>(rows, tag, wait, true);
                }
                if (deadline - System.nanoTime() <= 0 || !changes.isRunning()) {
                    return new Answer<>(rows, tag, wait, false);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer<>(rows, tag, wait, false);
        } finally {
            changes.leave(reader);
        }
    }
}
