package org.casebridge.deploy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every part of the local stack running: a part that exits while the stack is not stopping is started again
 * the same way (same ports, same data) after a backoff that doubles with each failure, with a line saying what
 * exited and why. A part that fails more than {@link Policy#maxFailures()} times within {@link Policy#window()}
 * (exiting, or not starting again) is given up: the listener gets a message with the end of its log, and the
 * launcher stops the stack.
 */
final class Supervisor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Supervisor.class);

    /**
     * @param maxFailures  failures of one part within the window that are still restarted; one more gives up
     * @param window       how far back failures count
     * @param firstBackoff the wait before the first restart; doubled for each further failure within the window
     * @param maxBackoff   the longest wait before a restart
     * @param checkEvery   how often the parts are checked (a process the launcher did not fork cannot notify)
     */
    record Policy(int maxFailures, Duration window, Duration firstBackoff, Duration maxBackoff, Duration checkEvery) {

        /** Five failures of a part within two minutes are restarted (after 1, 2, 4, 8 and 16 s); the sixth stops. */
        static Policy defaults() {
            return new Policy(
                    5, Duration.ofMinutes(2), Duration.ofSeconds(1), Duration.ofSeconds(16), Duration.ofMillis(250));
        }

        Duration backoff(int failuresInWindow) {
            long millis = firstBackoff.toMillis() << Math.min(20, Math.max(0, failuresInWindow - 1));
            return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
        }
    }

    /** One supervised part: its current process, how it is started again, and its failures. */
    static final class Supervised implements AutoCloseable {

        private final String name;
        private final boolean service;
        private final Supplier<StackPart> starter;
        private final Consumer<StackPart> awaitReady;
        private final Deque<Long> failures = new ArrayDeque<>();
        private volatile StackPart current;
        private volatile boolean restarting;
        private volatile boolean closed;
        private volatile boolean held;
        private int restarts;

        Supervised(
                String name,
                boolean service,
                StackPart first,
                Supplier<StackPart> starter,
                Consumer<StackPart> awaitReady) {
            this.name = name;
            this.service = service;
            this.current = first;
            this.starter = starter;
            this.awaitReady = awaitReady;
        }

        String name() {
            return name;
        }

        boolean isService() {
            return service;
        }

        StackPart current() {
            return current;
        }

        synchronized int restarts() {
            return restarts;
        }

        /** True when the part runs and is not being started again. */
        boolean isRunning() {
            return !restarting && current.isAlive();
        }

        /**
         * Kills the part with SIGKILL and keeps it down: the supervisor leaves it alone until {@link #release()}, for
         * an outage as long as a test needs. Released, it is an exited part like any other and is started again.
         */
        void killAndHold() {
            held = true;
            current.kill();
        }

        void release() {
            held = false;
        }

        @Override
        public synchronized void close() {
            closed = true;
            current.close();
        }
    }

    private final Policy policy;
    private final List<Supervised> parts = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Consumer<String> gaveUp;
    private final ScheduledExecutorService checks;
    private final ExecutorService restarts;
    private volatile boolean stopping;

    /** {@code gaveUp} gets the message naming the part and the end of its log, once, when a part is given up. */
    Supervisor(Policy policy, List<Supervised> parts, Consumer<String> gaveUp) {
        this.policy = policy;
        this.parts.addAll(parts);
        this.gaveUp = gaveUp;
        this.checks = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("stack-supervisor").daemon().factory());
        this.restarts = Executors.newCachedThreadPool(
                Thread.ofPlatform().name("stack-restart-", 0).daemon().factory());
    }

    /** Supervises one more part from now on, e.g. an instance added to a running stack. */
    void supervise(Supervised part) {
        parts.add(part);
    }

    void start() {
        long every = policy.checkEvery().toMillis();
        checks.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    private void check() {
        for (Supervised part : parts) {
            if (stopping) {
                return;
            }
            if (!part.restarting && !part.closed && !part.held && !part.current.isAlive()) {
                failed(part, "exited unexpectedly (" + part.current.exitDescription() + ")");
            }
        }
    }

    private void failed(Supervised part, String why) {
        Duration backoff;
        int failures;
        synchronized (part) {
            if (stopping || part.closed) {
                return;
            }
            long now = System.nanoTime();
            part.failures.addLast(now);
            while (now - part.failures.peekFirst() > policy.window().toNanos()) {
                part.failures.removeFirst();
            }
            failures = part.failures.size();
            if (failures > policy.maxFailures()) {
                part.restarting = true;
                giveUp(part, why, failures);
                return;
            }
            part.restarting = true;
            backoff = policy.backoff(failures);
        }
        announce(part.name + " " + why + "; starting it again in " + seconds(backoff) + " (failure " + failures
                + " within " + policy.window().toSeconds() + " s). Log: " + part.current.log());
        try {
            restarts.execute(() -> restart(part, backoff));
        } catch (java.util.concurrent.RejectedExecutionException stoppingAlready) {
            part.restarting = false;
        }
    }

    private void restart(Supervised part, Duration backoff) {
        if (!await(backoff)) {
            return;
        }
        long started = System.nanoTime();
        StackPart next;
        synchronized (part) {
            if (stopping || part.closed) {
                return;
            }
            part.current.close();
            try {
                next = part.starter.get();
            } catch (RuntimeException e) {
                part.restarting = false;
                failed(part, "did not start again (" + firstLine(e.getMessage()) + ")");
                return;
            }
            part.current = next;
        }
        try {
            part.awaitReady.accept(next);
        } catch (RuntimeException e) {
            if (!stopping) {
                part.restarting = false;
                failed(part, "did not start again (" + firstLine(e.getMessage()) + ")");
            }
            return;
        }
        int count;
        synchronized (part) {
            part.restarts++;
            count = part.restarts;
            part.restarting = false;
        }
        announce(part.name + " is running again after " + seconds(Duration.ofNanos(System.nanoTime() - started))
                + " (restarted " + count + (count == 1 ? " time" : " times") + ")");
    }

    private void giveUp(Supervised part, String why, int failures) {
        String message = part.name + " " + why + ": " + failures + " failures within "
                + policy.window().toSeconds()
                + " s, giving up and stopping the stack. Last lines of " + part.current.log() + ":\n"
                + part.current.logTail();
        stopping = true;
        log.error("{}", message);
        Thread.ofPlatform().name("stack-give-up").start(() -> gaveUp.accept(message));
    }

    private boolean await(Duration backoff) {
        try {
            return !checks.awaitTermination(backoff.toMillis(), TimeUnit.MILLISECONDS) && !stopping;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Restarts so far per part, in the order the parts were started. */
    Map<String, Integer> restartCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        parts.forEach(part -> counts.put(part.name, part.restarts()));
        return counts;
    }

    /** One line for the summary: which parts were restarted, how often. */
    String restartSummary() {
        List<String> restarted = new ArrayList<>();
        restartCounts().forEach((name, count) -> {
            if (count > 0) {
                restarted.add(name + " " + count);
            }
        });
        int total =
                restartCounts().values().stream().mapToInt(Integer::intValue).sum();
        return restarted.isEmpty()
                ? "no part restarted"
                : total + (total == 1 ? " restart: " : " restarts: ") + String.join(", ", restarted);
    }

    private static void announce(String line) {
        log.warn("{}", line);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** Stops checking and restarting; a restart under way is abandoned. The parts themselves are closed by the caller. */
    @Override
    public void close() {
        stopping = true;
        checks.shutdownNow();
        restarts.shutdownNow();
        try {
            restarts.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
