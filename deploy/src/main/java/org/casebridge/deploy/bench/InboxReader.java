package org.casebridge.deploy.bench;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Reads the force's inbox the way an officer's inbox screen that keeps itself current does (ADR 0101): one reader asks
 * for what has just arrived ({@value #NEWEST}), naming the rows it has by their ETag and preferring to wait up to
 * {@value #WAIT_SECONDS} s for a change, and notes when each case first shows there. police-liaison-service holds the
 * read until the force's inbox changes, so the reader asks about as often as referrals arrive, not a hundred times a
 * second. A read answered without being held is followed by the next after {@value #READ_EVERY_MS} ms. A referral it
 * has not seen {@value #LATE_AFTER_MS} ms after its 2xx (more arrived between two readings than one reading holds) is
 * also read by its id, every {@value #LATE_READ_EVERY_MS} ms, by a second reader (ADR 0080).
 *
 * <p>A reading asks for as many of the latest arrivals as referrals are waiting and {@value #MARGIN} more, rounded up to
 * a multiple of {@value #MARGIN}, at most {@value #MOST} (ADR 0100): the cases it waits for are the latest to arrive. The
 * rounding keeps the question the same from one reading to the next, so that the rows' tag can still hold.
 *
 * <p>Until ADR 0080 every referral polled its own escalation, every 5 ms and then every tenth of its wait: about 40
 * reads a referral, 800 requests a second at 20 referrals a second, more the later the inbox, on the same two cores
 * as the consumer that makes the referral readable. Until ADR 0101 the reader asked every 10 ms whether anything had
 * changed, and its reads were still half of the police service's work at 20 referrals a second.
 */
final class InboxReader {

    static final String NEWEST = "/api/escalations?status=active&sort=arrived&limit=";
    static final int MARGIN = 20;
    static final int MOST = 100;
    static final int WAIT_SECONDS = 5;
    static final long READ_EVERY_MS = 10;
    static final long LATE_AFTER_MS = 2_000;
    static final long LATE_READ_EVERY_MS = 250;

    /**
     * One reading of the latest arrivals: their case ids, or null when the inbox was as the reader had it (304); the
     * rows' tag; and whether the service held the read until a change or the end of the wait.
     */
    record Reading(List<String> caseIds, String tag, boolean held) {}

    /** Reads of the inbox: its latest arrivals given the tag of the rows the reader has (or null); an id's 200 or not. */
    interface Police {
        Reading newest(int limit, String tag) throws IOException, InterruptedException;

        boolean readable(String caseId) throws IOException, InterruptedException;
    }

    private final Police police;
    private final LongSupplier millis;
    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
    private final Map<String, Long> waiting = new ConcurrentHashMap<>();
    private volatile long lateReadAt;
    private volatile String tag;

    InboxReader(Police police, LongSupplier millis) {
        this.police = police;
        this.millis = millis;
    }

    static InboxReader over(StackClient stack, Clock clock) {
        return new InboxReader(
                new Police() {
                    @Override
                    public Reading newest(int limit, String tag) throws IOException, InterruptedException {
                        StackClient.Conditional answer =
                                stack.getWaiting(stack.policeService, NEWEST + limit, "mps-liaison", tag, WAIT_SECONDS);
                        return new Reading(
                                answer.body() == null ? null : answer.body().findValuesAsText("caseId"),
                                answer.tag(),
                                answer.held());
                    }

                    @Override
                    public boolean readable(String caseId) throws IOException, InterruptedException {
                        return stack.get(stack.policeService, "/api/escalations/" + caseId, "mps-liaison") == 200;
                    }
                },
                clock::millis);
    }

    /** A referral answered 2xx at {@code referredAt}: from now on it is waited for. */
    void referred(String caseId, long referredAt) {
        if (!firstSeen.containsKey(caseId)) {
            waiting.put(caseId, referredAt);
        }
    }

    /** When the case first showed in the inbox, or 0 if it has not yet. */
    long seenAt(String caseId) {
        return firstSeen.getOrDefault(caseId, 0L);
    }

    /** How many referred cases have not shown yet. */
    int stillWaiting() {
        return waiting.size();
    }

    /** One reading of what has just arrived, then of the late referrals by id if their turn has come. */
    void readOnce() throws IOException, InterruptedException {
        readNewest();
        readLate();
    }

    /** One reading of the latest arrivals; answers whether the service held it. */
    boolean readNewest() throws IOException, InterruptedException {
        int limit = Math.min(MOST, (waiting.size() + 2 * MARGIN - 1) / MARGIN * MARGIN);
        Reading reading = police.newest(limit, tag);
        if (reading.caseIds() != null) {
            long at = millis.getAsLong();
            for (String caseId : reading.caseIds()) {
                seen(caseId, at);
            }
        }
        tag = reading.tag();
        return reading.held();
    }

    /** The referrals missing from the inbox for {@value #LATE_AFTER_MS} ms, read by id when their turn has come. */
    void readLate() throws IOException, InterruptedException {
        long now = millis.getAsLong();
        if (now - lateReadAt < LATE_READ_EVERY_MS) {
            return;
        }
        lateReadAt = now;
        for (Map.Entry<String, Long> w : waiting.entrySet()) {
            if (now - w.getValue() >= LATE_AFTER_MS && police.readable(w.getKey())) {
                seen(w.getKey(), millis.getAsLong());
            }
        }
    }

    /** Reads the latest arrivals until the thread is interrupted; a failed reading is counted and the next goes ahead. */
    void readNewestUntilInterrupted(Runnable onFailure) {
        until(onFailure, () -> readNewest() ? 0 : READ_EVERY_MS);
    }

    /** Reads the late referrals by id until the thread is interrupted. */
    void readLateUntilInterrupted(Runnable onFailure) {
        until(onFailure, () -> {
            readLate();
            return LATE_READ_EVERY_MS;
        });
    }

    private interface Step {
        /** One step; answers how long to pause before the next, in ms. */
        long run() throws IOException, InterruptedException;
    }

    private static void until(Runnable onFailure, Step step) {
        while (!Thread.currentThread().isInterrupted()) {
            long pauseMs = READ_EVERY_MS;
            try {
                pauseMs = step.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                onFailure.run();
            }
            if (pauseMs > 0) {
                LockSupport.parkNanos(pauseMs * 1_000_000L);
            }
        }
    }

    private void seen(String caseId, long at) {
        if (firstSeen.putIfAbsent(caseId, at) == null) {
            waiting.remove(caseId);
        }
    }
}
