package org.casebridge.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Reads the force's inbox the way an officer's refreshing inbox screen does: one reader asks for what has just arrived
 * ({@value #NEWEST}) every {@value #READ_EVERY_MS} ms and notes when each case first shows there. A referral it has
 * not seen {@value #LATE_AFTER_MS} ms after its 2xx (more arrived between two readings than one reading holds) is also
 * read by its id, every {@value #LATE_READ_EVERY_MS} ms (ADR 0080).
 *
 * <p>A reading asks for as many of the latest arrivals as referrals are waiting, and {@value #MARGIN} more, at most
 * {@value #MOST} (ADR 0100): the cases it waits for are the latest to arrive, and a reading of 100 rows a hundred times a
 * second was most of what the police service and its database did at 20 referrals a second.
 *
 * <p>Until ADR 0080 every referral polled its own escalation, every 5 ms and then every tenth of its wait: about 40
 * reads a referral, 800 requests a second at 20 referrals a second, more the later the inbox, on the same two cores
 * as the consumer that makes the referral readable. The measurement was most of the police service's load.
 */
final class InboxReader {

    static final String NEWEST = "/api/escalations?status=active&sort=arrived&limit=";
    static final int MARGIN = 20;
    static final int MOST = 100;
    static final long READ_EVERY_MS = 10;
    static final long LATE_AFTER_MS = 2_000;
    static final long LATE_READ_EVERY_MS = 250;

    /** Reads of the inbox, answering the case ids in it; an id's 200 or not. */
    interface Police {
        Iterable<String> newest(int limit) throws IOException, InterruptedException;

        boolean readable(String caseId) throws IOException, InterruptedException;
    }

    private final Police police;
    private final LongSupplier millis;
    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
    private final Map<String, Long> waiting = new ConcurrentHashMap<>();
    private volatile long lateReadAt;

    InboxReader(Police police, LongSupplier millis) {
        this.police = police;
        this.millis = millis;
    }

    static InboxReader over(StackClient stack, Clock clock) {
        return new InboxReader(
                new Police() {
                    @Override
                    public Iterable<String> newest(int limit) throws IOException, InterruptedException {
                        JsonNode inbox = stack.getJson(stack.policeService, NEWEST + limit, "mps-liaison");
                        return inbox.findValuesAsText("caseId");
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

    /** One reading of what has just arrived, and of the late referrals by id when their turn has come. */
    void readOnce() throws IOException, InterruptedException {
        for (String caseId : police.newest(Math.min(MOST, waiting.size() + MARGIN))) {
            seen(caseId, millis.getAsLong());
        }
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

    /** Reads until the thread is interrupted; a failed reading is counted and the next one goes ahead. */
    void readUntilInterrupted(Runnable onFailure) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                readOnce();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                onFailure.run();
            }
            LockSupport.parkNanos(READ_EVERY_MS * 1_000_000L);
        }
    }

    private void seen(String caseId, long at) {
        if (firstSeen.putIfAbsent(caseId, at) == null) {
            waiting.remove(caseId);
        }
    }
}
