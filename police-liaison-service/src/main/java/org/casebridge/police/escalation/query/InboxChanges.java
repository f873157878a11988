package org.casebridge.police.escalation.query;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Which forces' inboxes have changed, as the database tells it: every write to {@code police_escalation} notifies the
 * channel {@value #CHANNEL} with the force code when it commits (migration V22), and one connection of each running
 * service listens (ADR 0101). A read that found the inbox as its reader already has it waits here for the next change
 * to its force's rows, on whichever instance the projection wrote them.
 *
 * <p>Each force has a version that moves on every change to its rows; {@link #EVERY_FORCE} moves on every change. All
 * move when the listening connection is lost or comes back, and when the service stops, since what happened in between
 * is not known: a waiting read then looks again.
 */
@Component
public class InboxChanges implements SmartLifecycle {

    static final String CHANNEL = "police_inbox";

    /** The key of a reader of every force's inbox (an auditor). */
    public static final String EVERY_FORCE = "";

    /** The most reads one instance holds waiting; more are answered at once. */
    static final int MOST_WAITING = 64;

    /** The most reads of one reader one instance holds, so that one token cannot take every place. */
    static final int MOST_WAITING_A_READER = 4;

    /** Gauge of the reads held waiting for a change, on this instance. */
    static final String WAITING_GAUGE = "casebridge.inbox.reads.waiting";

    private static final Logger log = LoggerFactory.getLogger(InboxChanges.class);
    private static final long LISTEN_SLICE_MS = 500;
    private static final long RECONNECT_AFTER_NANOS = TimeUnit.SECONDS.toNanos(2);

    /**
     * After this long without a notification the listening connection is asked a question: a connection whose other end
     * has gone without a word (a half-open TCP connection) would otherwise be taken for a quiet one.
     */
    private static final long CHECK_QUIET_CONNECTION_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** How long the question may go unanswered before the connection is taken for lost. */
    private static final int SOCKET_TIMEOUT_SECONDS = 10;

    private final DataSource dataSource;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Condition stopping = lock.newCondition();
    private final Map<String, Long> versions = new HashMap<>();
    private final Map<String, Integer> waitingByReader = new HashMap<>();
    private int waiting;
    private long everyChange;
    private long resets;
    private volatile boolean running;
    private volatile boolean listening;

    InboxChanges(DataSource dataSource, ObjectProvider<MeterRegistry> meters) {
        this.dataSource = dataSource;
        Gauge.builder(WAITING_GAUGE, this, InboxChanges::waiting)
                .description("Inbox reads held until the force's inbox changes (ADR 0101)")
                .register(meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** The version of a force's inbox ({@link #EVERY_FORCE} for every force's): it moves whenever the inbox may have. */
    public long version(String force) {
        lock.lock();
        try {
            return resets + (force.equals(EVERY_FORCE) ? everyChange : versions.getOrDefault(force, 0L));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the inbox's version is no longer {@code seen}, at most {@code nanos}; returns at once when the service
     * is stopping.
     */
    public void awaitChange(String force, long seen, long nanos) throws InterruptedException {
        lock.lock();
        try {
            long left = nanos;
            while (running && left > 0 && version(force) == seen) {
                left = changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * A place among the waiting reads for the reader, or false when all are taken or the reader has
     * {@value #MOST_WAITING_A_READER} already; one taken is given back by {@link #leave(String)}.
     */
    public boolean tryWait(String reader) {
        lock.lock();
        try {
            if (!running
                    || waiting >= MOST_WAITING
                    || waitingByReader.getOrDefault(reader, 0) >= MOST_WAITING_A_READER) {
                return false;
            }
            waitingByReader.merge(reader, 1, Integer::sum);
            waiting++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    private int waiting() {
        lock.lock();
        try {
            return waiting;
        } finally {
            lock.unlock();
        }
    }

    /** Whether changes are being heard; when not, a waiting read looks again every second instead. */
    public boolean listening() {
        return listening;
    }

    public void leave(String reader) {
        lock.lock();
        try {
            waitingByReader.computeIfPresent(reader, (r, n) -> n > 1 ? n - 1 : null);
            waiting--;
        } finally {
            lock.unlock();
        }
    }

    /** A notification: the force's inbox changed, or (an empty force code) every force's did. */
    void changed(String force) {
        lock.lock();
        try {
            if (force.isEmpty()) {
                resets++;
            } else {
                versions.merge(force, 1L, Long::sum);
                everyChange++;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        running = true;
        Thread.ofPlatform().name("police-inbox-changes").daemon().start(this::listen);
    }

    @Override
    public void stop() {
        lock.lock();
        try {
            running = false;
            resets++;
            changed.signalAll();
            stopping.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = open()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                changed("");
                PGConnection notifications = connection.unwrap(PGConnection.class);
                long heardAt = System.nanoTime();
                while (running) {
                    PGNotification[] arrived = notifications.getNotifications((int) LISTEN_SLICE_MS);
                    if (arrived != null && arrived.length > 0) {
                        heardAt = System.nanoTime();
                        for (PGNotification notification : arrived) {
                            changed(notification.getParameter());
                        }
                    } else if (System.nanoTime() - heardAt > CHECK_QUIET_CONNECTION_NANOS) {
                        stillThere(connection);
                        heardAt = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                log.warn(
                        "Listening for inbox changes failed ({}); waiting inbox reads look again every second until it"
                                + " listens again",
                        e.getClass().getSimpleName());
            } finally {
                listening = false;
                changed("");
            }
            pauseBeforeReconnecting();
        }
    }

    private static void stillThere(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
    }

    private void pauseBeforeReconnecting() {
        lock.lock();
        try {
            long left = RECONNECT_AFTER_NANOS;
            while (running && left > 0) {
                left = stopping.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A connection of its own, outside the pool, so that listening never takes one from the requests and event
     * processors; the pool's own connection when the data source is not a pool whose settings can be read.
     */
    private Connection open() throws SQLException {
        if (dataSource instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            Properties properties = new Properties();
            if (pool.getUsername() != null) {
                properties.setProperty("user", pool.getUsername());
            }
            if (pool.getPassword() != null) {
                properties.setProperty("password", pool.getPassword());
            }
            properties.setProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
            properties.setProperty("tcpKeepAlive", "true");
            return DriverManager.getConnection(pool.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
    }
}
