package org.casebridge.deploy.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Waits until every event processor of the three services has caught up with its own event store, so that a
 * measurement does not pay for the backlog the one before it left (P1 leaves hundreds of reports to project and
 * publish: a P2 run started on top of them measured that backlog, not its own latency).
 */
final class Settle {

    private static final List<String> DATABASES =
            List.of("casebridge_case", "casebridge_police", "casebridge_notification");
    private static final Pattern INDEX = Pattern.compile("\"index\"\\s*:\\s*(\\d+)");

    private Settle() {}

    /** Seconds waited; gives up after {@code limitSeconds} and says so. */
    static double untilCaughtUp(StackClient stack, double limitSeconds) throws SQLException {
        long start = System.nanoTime();
        long limit = start + (long) (limitSeconds * 1e9);
        while (System.nanoTime() < limit) {
            if (behind(stack) == 0) {
                return (System.nanoTime() - start) / 1e9;
            }
            LockSupport.parkNanos(200_000_000L);
        }
        System.out.printf("  still %d events behind after %.0f s; measuring anyway%n", behind(stack), limitSeconds);
        return limitSeconds;
    }

    /** Events between the slowest processor's token and the head of its store, summed over the services. */
    static long behind(StackClient stack) throws SQLException {
        long behind = 0;
        for (String database : DATABASES) {
            try (Connection db = stack.database(database);
                    Statement statement = db.createStatement()) {
                long head = 0;
                try (ResultSet rs =
                        statement.executeQuery("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")) {
                    rs.next();
                    head = rs.getLong(1);
                }
                long slowest = head;
                try (ResultSet rs = statement.executeQuery("SELECT token FROM token_entry WHERE token IS NOT NULL")) {
                    while (rs.next()) {
                        Matcher index = INDEX.matcher(new String(rs.getBytes(1), StandardCharsets.UTF_8));
                        if (index.find()) {
                            slowest = Math.min(slowest, Long.parseLong(index.group(1)));
                        }
                    }
                }
                behind += head - slowest;
            }
        }
        return behind;
    }
}
