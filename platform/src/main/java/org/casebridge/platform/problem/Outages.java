package org.casebridge.platform.problem;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of something the service depends on (PostgreSQL unreachable or restarting, the Kafka broker
 * down) from a fault of the request or of the code. An outage is answered 503 with {@code Retry-After} and a
 * problem, never 500: the request was refused as a whole, nothing was recorded, and the same request will work once
 * the part is back, which the services notice by themselves (ADR 0031).
 */
public final class Outages {

    /** What {@code Retry-After} says: PostgreSQL and Kafka restarted by their supervisor are back within seconds. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /**
     * SQL states of a database that cannot be reached or is going away: connection exceptions (class 08), an
     * administrator or crash shutdown and a server still starting (57P01-57P03), too many connections (53300).
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private Outages() {}

    /** The part that is down, "database" or "event stream", if a failure of it caused this exception. */
    public static Optional<String> partDown(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return Optional.of("database");
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)) {
                    return Optional.of("database");
                }
            }
            if (t instanceof org.apache.kafka.common.errors.TimeoutException
                    || t instanceof org.apache.kafka.common.errors.NetworkException
                    || t instanceof org.apache.kafka.common.errors.DisconnectException) {
                return Optional.of("event stream");
            }
            if (t instanceof SocketException || raisedByTheDatabaseDriver(t) || closedByThePool(t)) {
                return Optional.of("database");
            }
        }
        return Optional.empty();
    }

    /**
     * With assertions on (as in tests), pgjdbc reports a connection that broke in the middle of a batch as an
     * AssertionError of its own ("getAutoCommit() should not throw"), with no cause; without them it throws the
     * connection's SQLException.
     */
    private static boolean raisedByTheDatabaseDriver(Throwable t) {
        StackTraceElement[] stack = t.getStackTrace();
        return t instanceof AssertionError
                && stack.length > 0
                && stack[0].getClassName().startsWith("org.postgresql.");
    }

    /**
     * Hikari closes a connection it saw break and answers every later call on it, within the same transaction (the
     * rollback, Axon's next statement), with this SQLException, which has no SQL state: the first failure, an outage,
     * is then hidden behind it. Seen when PostgreSQL was killed under load (FaultToleranceIT).
     */
    private static boolean closedByThePool(Throwable t) {
        return t instanceof SQLException sql
                && sql.getSQLState() == null
                && "Connection is closed".equals(sql.getMessage());
    }

    /** The problem for an outage of {@code part}; the caller sets {@code Retry-After}. */
    public static ProblemDetail problem(String part) {
        ProblemDetail problem = Problems.of(
                503,
                "service-unavailable",
                "Temporarily unavailable",
                "The service's " + part + " is not reachable at the moment. Nothing was recorded; try again in "
                        + RETRY_AFTER.toSeconds() + " seconds.");
        problem.setProperty("retryAfterSeconds", RETRY_AFTER.toSeconds());
        return problem;
    }
}
