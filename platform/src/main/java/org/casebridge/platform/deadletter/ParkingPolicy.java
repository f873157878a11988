package org.casebridge.platform.deadletter;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Decides what a failed projection handler means. A failure of the database itself (connection lost,
 * deadlock, statement or lock timeout, no resources) would fail every event alike, so it is not parked: it is
 * rethrown, the batch rolls back and the processor retries it with back-off, as before. Any other failure belongs
 * to the event and would fail the same way on every retry, so the event is parked at once and its aggregate's later
 * events wait behind it.
 * <p>
 * What is kept of the cause is its type and, for a database error, its SQL state: an exception's message can quote
 * the row it refused (free text, names), so it is neither stored nor logged.
 */
final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ParkingPolicy.class);

    /** SQL state classes of a database that is unwell rather than an event that is wrong. */
    private static final Set<String> TRANSIENT_STATE_CLASSES = Set.of("08", "40", "53", "57", "58", "HT");

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (isTransient(cause)) {
            throw new DatabaseUnavailableException(cause);
        }
        ThrowableCause kept = describe(cause);
        log.warn(
                "Parked event {} ({}): {} {}",
                letter.message().getIdentifier(),
                letter.message().getPayloadType().getSimpleName(),
                kept.type(),
                kept.message());
        return Decisions.enqueue(kept);
    }

    /** The cause as an operator may see it: the type, and the SQL state of a database error. */
    static ThrowableCause describe(Throwable cause) {
        SQLException sql = sqlException(cause);
        if (sql != null) {
            return new ThrowableCause(
                    sql.getClass().getName(),
                    "The database refused the change: SQL state " + sql.getSQLState()
                            + ". The event's data is not shown; retry once it is corrected.");
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new ThrowableCause(
                root.getClass().getName(),
                "The handler failed with " + root.getClass().getSimpleName()
                        + ". Its message is not kept, as it may quote case data; retry once corrected.");
    }

    static boolean isTransient(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals(LOCK_NOT_AVAILABLE)
                        || (state.length() >= 2 && TRANSIENT_STATE_CLASSES.contains(state.substring(0, 2)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static @Nullable SQLException sqlException(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** Thrown so that the processor retries the whole batch instead of parking an event for the database's fault. */
    static final class DatabaseUnavailableException extends RuntimeException {

        DatabaseUnavailableException(Throwable cause) {
            super("The database failed for a reason not of this event; the batch is retried", cause);
        }
    }
}
