package org.casebridge.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The stack's processes found through {@code /proc} by their command lines: CPU time (user + system, in seconds)
 * and proportional set size (PSS, from {@code smaps_rollup}: shared pages divided among the processes sharing them,
 * so PostgreSQL's many backends are not counted many times over). Linux only; elsewhere every figure is empty.
 */
final class StackProcesses {

    /** The parts of the stack and how each is recognised in a command line. */
    static final Map<String, String> PARTS = parts();

    private static Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("case-service", "case-service.jar");
        parts.put("police-liaison-service", "police-liaison-service.jar");
        parts.put("notification-service", "notification-service.jar");
        parts.put("identity-provider", "identity-provider.jar");
        parts.put("kafka", "kafka.Kafka");
        parts.put("postgresql", "postgres");
        return parts;
    }

    private StackProcesses() {}

    /**
     * Process ids per part of the stack whose jars are under {@code repository} and whose data is under
     * {@code dataDir} (other stacks on the machine are left out); PostgreSQL is its postmaster and every backend.
     */
    static Map<String, List<Long>> find(Path repository, Path dataDir) {
        Map<String, List<Long>> found = new LinkedHashMap<>();
        PARTS.keySet().forEach(part -> found.put(part, new ArrayList<>()));
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return found;
        }
        String jars = repository.toAbsolutePath().normalize().toString();
        String data = dataDir.toAbsolutePath().normalize().toString();
        Map<Long, Long> parents = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(proc)) {
            entries.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                long pid = Long.parseLong(p.getFileName().toString());
                String command = commandLine(p);
                parents.put(pid, parent(p));
                partOf(command, jars, data).ifPresent(part -> found.get(part).add(pid));
            });
        } catch (IOException e) {
            return found;
        }
        List<Long> postmasters = List.copyOf(found.get("postgresql"));
        parents.forEach((pid, parent) -> {
            if (postmasters.contains(parent)) {
                found.get("postgresql").add(pid);
            }
        });
        return found;
    }

    /**
     * The part of the stack a command line is, if any: PostgreSQL only by its postmaster (its backends are found as
     * the postmaster's children), each JVM part by its jar or main class. A JVM whose class path merely names
     * PostgreSQL (the local stack's launcher, which also parents every part) is none of them: counting it and its
     * children as PostgreSQL charged every service's CPU to the database (ADR 0071).
     */
    static Optional<String> partOf(String command, String jars, String data) {
        String executable = command.split(" ", 2)[0];
        if (executable.endsWith("/postgres")) {
            return command.contains(data) ? Optional.of("postgresql") : Optional.empty();
        }
        if (!executable.endsWith("java")) {
            return Optional.empty();
        }
        for (var part : PARTS.entrySet()) {
            if (part.getKey().equals("postgresql")) {
                continue;
            }
            boolean ours = part.getKey().equals("kafka") ? command.contains(data) : command.contains(jars);
            if (command.contains(part.getValue()) && ours) {
                return Optional.of(part.getKey());
            }
        }
        return Optional.empty();
    }

    private static long parent(Path process) {
        try {
            for (String line : Files.readAllLines(process.resolve("status"))) {
                if (line.startsWith("PPid:")) {
                    return Long.parseLong(line.substring(5).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** What the benchmark's own process is called in a table of CPU: it offers the load and takes the readings. */
    static final String BENCHMARK = "benchmark (load, inbox reader, webhook receiver)";

    /**
     * CPU seconds of each process of each part (the benchmark itself among them) so far, and the machine's busy and
     * idle ticks.
     */
    record Usage(Map<String, Map<Long, Double>> cpuSeconds, long busyTicks, long idleTicks) {

        /**
         * What each part used between {@code before} and this reading. A process that ended in between (a database
         * backend, an autovacuum worker) reads as nothing and counts nothing, rather than minus what it had used.
         */
        Span since(Usage before) {
            Map<String, Double> used = new LinkedHashMap<>();
            cpuSeconds.forEach((part, processes) -> {
                Map<Long, Double> earlier = before.cpuSeconds.getOrDefault(part, Map.of());
                used.put(
                        part,
                        processes.entrySet().stream()
                                .mapToDouble(p -> Math.max(0, p.getValue() - earlier.getOrDefault(p.getKey(), 0.0)))
                                .sum());
            });
            return new Span(used, (busyTicks - before.busyTicks) / 100.0, (idleTicks - before.idleTicks) / 100.0);
        }
    }

    /**
     * CPU used over a span of time: by each part and the benchmark, and by the whole machine (every core's busy and
     * idle seconds from {@code /proc/stat}, so work outside the stack shows too); NaN shares where it cannot be read.
     */
    record Span(Map<String, Double> cpuSeconds, double machineBusySeconds, double machineIdleSeconds) {

        double machineBusyShare() {
            double all = machineBusySeconds + machineIdleSeconds;
            return all > 0 ? machineBusySeconds / all : Double.NaN;
        }
    }

    /** A reading of the given processes, of this benchmark's own, and of the machine. */
    static Usage usage(Map<String, List<Long>> processes) {
        Map<String, Map<Long, Double>> cpu = new LinkedHashMap<>();
        processes.forEach((part, pids) -> {
            Map<Long, Double> each = new LinkedHashMap<>();
            pids.forEach(pid -> each.put(pid, cpuSeconds(pid)));
            cpu.put(part, each);
        });
        long self = ProcessHandle.current().pid();
        cpu.put(BENCHMARK, Map.of(self, cpuSeconds(self)));
        long[] machine = machineTicks();
        return new Usage(cpu, machine[0], machine[1]);
    }

    /** The machine's busy and idle ticks so far, from the first line of {@code /proc/stat}; zeros where unreadable. */
    static long[] machineTicks() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
            return lines.findFirst().map(StackProcesses::ticks).orElse(new long[2]);
        } catch (IOException | RuntimeException e) {
            return new long[2];
        }
    }

    /**
     * Busy and idle ticks of {@code /proc/stat}'s "cpu" line (user nice system idle iowait irq softirq steal ...):
     * waiting for I/O counts as idle, guest time is already in user time.
     */
    static long[] ticks(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        if (!f[0].equals("cpu") || f.length < 8) {
            throw new IllegalArgumentException("Not the machine's cpu line of /proc/stat");
        }
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7}) {
            busy += Long.parseLong(f[i]);
        }
        if (f.length > 8) {
            busy += Long.parseLong(f[8]);
        }
        return new long[] {busy, Long.parseLong(f[4]) + Long.parseLong(f[5])};
    }

    /** PSS of each part in MiB. */
    static Map<String, Double> pssMiB(Map<String, List<Long>> processes) {
        Map<String, Double> pss = new LinkedHashMap<>();
        processes.forEach((part, pids) ->
                pss.put(part, pids.stream().mapToDouble(StackProcesses::pssKiB).sum() / 1024.0));
        return pss;
    }

    /** The JVM options (-X...) the part's first process was started with, as a line; "unknown" if not found. */
    static String jvmOptions(Map<String, List<Long>> processes, String part) {
        return firstProcess(processes, part)
                .map(process -> Stream.of(commandLine(process).split(" "))
                        .filter(argument -> argument.startsWith("-X"))
                        .collect(java.util.stream.Collectors.joining(" ")))
                .orElse("unknown");
    }

    /**
     * The Kafka consumer threads a listener the part's first process was started with (ADR 0094), from its
     * environment; "3 (the platform's default)" when none was set, "unknown" if the process cannot be read.
     */
    static String consumerThreads(Map<String, List<Long>> processes, String part) {
        return firstProcess(processes, part)
                .flatMap(process -> entries(process, "environ"))
                .map(environment -> environment.stream()
                        .filter(variable -> variable.startsWith("CASEBRIDGE_KAFKA_CONSUMER_THREADS="))
                        .map(variable -> variable.substring(variable.indexOf('=') + 1))
                        .findFirst()
                        .orElse("3 (the platform's default)"))
                .orElse("unknown");
    }

    private static Optional<Path> firstProcess(Map<String, List<Long>> processes, String part) {
        List<Long> pids = processes.getOrDefault(part, List.of());
        return pids.isEmpty() ? Optional.empty() : Optional.of(Path.of("/proc", Long.toString(pids.get(0))));
    }

    private static String commandLine(Path process) {
        return String.join(" ", entries(process, "cmdline").orElse(List.of()));
    }

    /** The NUL-separated entries of one of the process's /proc files (its command line, its environment). */
    private static Optional<List<String>> entries(Path process, String file) {
        try {
            return Optional.of(List.of(new String(Files.readAllBytes(process.resolve(file))).split("\0")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static double pssKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Double.parseDouble(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
