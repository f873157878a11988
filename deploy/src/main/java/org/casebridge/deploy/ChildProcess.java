package org.casebridge.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child JVM of the launcher, with its output in a log file, stopped with its whole process tree. */
final class ChildProcess implements AutoCloseable {

    private static final int LOG_TAIL_LINES = 40;
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final Duration FORCED_EXIT_WAIT = Duration.ofSeconds(10);
    private static final Duration EXIT_POLL_INTERVAL = Duration.ofMillis(50);

    private final String name;
    private final Process process;
    private final Path log;
    private final Duration stopGrace;

    private ChildProcess(String name, Process process, Path log, Duration stopGrace) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.stopGrace = stopGrace;
    }

    static ChildProcess start(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path workingDir,
            Path log,
            Duration stopGrace) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(detached(command))
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            return new ChildProcess(name, builder.start(), log, stopGrace);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs the command in its own session where {@code setsid} exists, so that Ctrl-C in the launcher's terminal
     * reaches only the launcher, which then stops the children in order (services before Kafka before
     * PostgreSQL) instead of every process at once.
     */
    private static List<String> detached(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> detached = new ArrayList<>(command.size() + 1);
        detached.add(SETSID.toString());
        detached.addAll(command);
        return detached;
    }

    /** Runs a command to completion (e.g. a one-off tool), failing with its log tail if it does not exit 0. */
    static void run(String name, List<String> command, Path workingDir, Path log, Duration timeout) {
        ChildProcess child = start(name, command, Map.of(), workingDir, log, Duration.ofSeconds(5));
        try {
            if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                child.close();
                throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + " s; see "
                        + log + "\n" + child.logTail());
            }
        } catch (InterruptedException e) {
            child.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + name, e);
        }
        if (child.process.exitValue() != 0) {
            throw new IllegalStateException(name + " failed with exit code " + child.process.exitValue() + "; see "
                    + log + "\n" + child.logTail());
        }
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** How the process ended, or that it still runs. */
    String exitDescription() {
        return process.isAlive() ? "still running" : "exit code " + process.exitValue();
    }

    /** Ends the process and its descendants with SIGKILL, without waiting: a crash, not a stop. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Fails with the end of the child's log if it has exited, e.g. while the launcher waits for it. */
    void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(
                    name + " exited with code " + process.exitValue() + "; see " + log + "\n" + logTail());
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    /**
     * Asks the process and every descendant to terminate (SIGTERM), waits up to the grace period, then kills
     * whatever is left and waits for it to be gone. Waits by polling rather than with {@code onExit()}: this
     * runs in a shutdown hook, where the JDK no longer runs the asynchronous tasks that complete those futures.
     */
    @Override
    public void close() {
        close(stopGrace);
    }

    /** As {@link #close()}, with another grace period. */
    void close(Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        tree.addAll(process.descendants().toList());
        tree.forEach(ProcessHandle::destroy);
        if (!awaitExit(tree, grace)) {
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            awaitExit(tree, FORCED_EXIT_WAIT);
        }
    }

    private static boolean awaitExit(List<ProcessHandle> tree, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (tree.stream().anyMatch(ProcessHandle::isAlive)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(EXIT_POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
