package org.casebridge.deploy.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark (issue 15, ADR 0029), run on demand against a running local stack by {@code deploy/benchmark/run}:
 * the machine's own limit measured by raw JDBC in the same run, P1 (reports a second through HTTP at N clients,
 * with CPU seconds per request of each process), P2 (referral to police inbox and to signed webhook at a steady
 * rate, with per-hop shares), P3 (case-service's read models rebuilt by a replay, events a second against raw
 * sequential reads), the stack's memory (PSS) and its services' start-up times. It writes
 * {@code results.md} and PNG charts into the output directory. It never asserts a speed.
 */
public final class Benchmark {

    /** What to run; every figure has a default that the command line can change. */
    public record Settings(
            Path output,
            Path repository,
            Path dataDir,
            int portOffset,
            int clients,
            double rawSeconds,
            double p1Seconds,
            List<Double> rates,
            double p2Seconds,
            double drainSeconds,
            int warmUpReferrals,
            String machine,
            String commit,
            String alsoRunning) {

        /** Settings from {@code --name=value} arguments; see deploy/benchmark/README.md for the names. */
        public static Settings parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--") || !arg.contains("=")) {
                    throw new IllegalArgumentException("Arguments are --name=value, not " + arg);
                }
                given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
            Path repository = Path.of(given.getOrDefault("repository", "."));
            List<Double> rates = new ArrayList<>();
            for (String rate : given.getOrDefault("rates", "5,10,15,20,40").split(",")) {
                rates.add(Double.parseDouble(rate.trim()));
            }
            return new Settings(
                    Path.of(given.getOrDefault(
                            "output", repository.resolve("docs/performance").toString())),
                    repository,
                    Path.of(given.getOrDefault(
                            "data-dir", repository.resolve(".local-data").toString())),
                    Integer.parseInt(given.getOrDefault("port-offset", "0")),
                    Integer.parseInt(given.getOrDefault("clients", "16")),
                    Double.parseDouble(given.getOrDefault("raw-seconds", "15")),
                    Double.parseDouble(given.getOrDefault("p1-seconds", "30")),
                    rates,
                    Double.parseDouble(given.getOrDefault("p2-seconds", "60")),
                    Double.parseDouble(given.getOrDefault("drain-seconds", "30")),
                    Integer.parseInt(given.getOrDefault("warm-up-referrals", "20")),
                    given.getOrDefault("machine", thisMachine()),
                    given.getOrDefault("commit", "unknown"),
                    given.getOrDefault("also-running", "not stated"));
        }

        private static String thisMachine() {
            return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + ", Java "
                    + Runtime.version().feature();
        }
    }

    record Throughput(long requests, long errors, double perSecond, Map<String, Double> cpuSecondsPerRequest) {}

    public static void main(String[] args) throws Exception {
        run(Settings.parse(args));
    }

    /** Runs every measurement and writes the results; answers the results file. */
    public static Path run(Settings settings) throws Exception {
        return run(settings, new StackClient(settings.portOffset()));
    }

    /** Runs every measurement against the stack on the given client's ports. */
    public static Path run(Settings settings, StackClient stack) throws Exception {
        Map<String, List<Long>> processes = StackProcesses.find(settings.repository(), settings.dataDir());
        System.out.println("Raw PostgreSQL: " + settings.clients() + " clients, " + settings.rawSeconds() + " s");
        stack.report();
        RawPostgres.Result raw = RawPostgres.measure(stack, settings.clients(), settings.rawSeconds());
        System.out.printf("  %.0f inserts/s, %.0f rows read/s%n", raw.insertsPerSecond(), raw.rowsReadPerSecond());
        System.out.println(
                "P1: reports through HTTP, " + settings.clients() + " clients, " + settings.p1Seconds() + " s");
        Throughput p1 = reports(stack, processes, settings.clients(), settings.p1Seconds());
        System.out.printf("  %.0f reports/s (%d errors)%n", p1.perSecond(), p1.errors());
        Optional<ReferralLatency.Result> warmUp = Optional.empty();
        if (settings.warmUpReferrals() > 0) {
            System.out.printf("  settled in %.1f s%n", Settle.untilCaughtUp(stack, settings.drainSeconds() * 4));
            System.out.println("P2 warm-up: " + settings.warmUpReferrals() + " referrals at 2 a second, not counted");
            ReferralLatency.Result warm =
                    new ReferralLatency(stack).run(2, settings.warmUpReferrals() / 2.0, settings.drainSeconds());
            System.out.printf(
                    "  inbox max %.0f ms, webhook max %.0f ms%n",
                    warm.inbox().percentile(100), warm.webhook().percentile(100));
            warmUp = Optional.of(warm);
        }
        List<ReferralLatency.Result> p2 = new ArrayList<>();
        List<StackProcesses.Span> p2Cpu = new ArrayList<>();
        for (double rate : settings.rates()) {
            System.out.printf("  settled in %.1f s%n", Settle.untilCaughtUp(stack, settings.drainSeconds() * 4));
            System.out.println("P2: " + rate + " referrals/s for " + settings.p2Seconds() + " s");
            Map<String, List<Long>> running = StackProcesses.find(settings.repository(), settings.dataDir());
            StackProcesses.Usage before = StackProcesses.usage(running);
            ReferralLatency.Result result =
                    new ReferralLatency(stack).run(rate, settings.p2Seconds(), settings.drainSeconds());
            StackProcesses.Span used = StackProcesses.usage(running).since(before);
            System.out.printf(
                    "  inbox p99 %.0f ms, webhook p99 %.0f ms, machine busy %.0f%%%n",
                    result.inbox().percentile(99), result.webhook().percentile(99), 100 * used.machineBusyShare());
            p2.add(result);
            p2Cpu.add(used);
        }
        System.out.printf("  settled in %.1f s%n", Settle.untilCaughtUp(stack, settings.drainSeconds() * 4));
        System.out.println("P3: case-service's read models rebuilt from its event store");
        List<Rebuild.Result> p3 = Rebuild.measure(stack, Math.max(120, settings.drainSeconds() * 20));
        p3.forEach(r -> System.out.printf(
                "  %s: %d events in %.1f s, %.0f events/s%n", r.group(), r.events(), r.seconds(), r.perSecond()));
        Map<String, Double> pss = StackProcesses.pssMiB(StackProcesses.find(settings.repository(), settings.dataDir()));
        Map<String, Double> startup = startupSeconds(stack);
        return Report.write(
                settings,
                raw,
                p1,
                warmUp,
                p2,
                p2Cpu,
                p3,
                pss,
                startup,
                StackProcesses.jvmOptions(processes, "case-service"),
                StackProcesses.consumerThreads(processes, "case-service"));
    }

    private static Throughput reports(StackClient stack, Map<String, List<Long>> processes, int clients, double seconds)
            throws Exception {
        StackProcesses.Usage before = StackProcesses.usage(processes);
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Callable<long[]>> tasks = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            tasks.add(() -> {
                long ok = 0;
                long errors = 0;
                while (System.nanoTime() < deadline) {
                    HttpResponse<String> response =
                            stack.post(stack.caseService, "/api/cases", "school-100001", StackClient.REPORT);
                    if (response.statusCode() == 201) {
                        ok++;
                    } else {
                        errors++;
                    }
                }
                return new long[] {ok, errors};
            });
        }
        long started = System.nanoTime();
        long ok = 0;
        long errors = 0;
        for (Future<long[]> done : pool.invokeAll(tasks)) {
            ok += done.get()[0];
            errors += done.get()[1];
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Map<String, Double> perRequest = new LinkedHashMap<>();
        for (var used :
                StackProcesses.usage(processes).since(before).cpuSeconds().entrySet()) {
            perRequest.put(used.getKey(), ok == 0 ? Double.NaN : used.getValue() / ok);
        }
        return new Throughput(ok, errors, ok / elapsed, perRequest);
    }

    /** Each service's own start-up time (Spring Boot's application.ready.time), in seconds. */
    private static Map<String, Double> startupSeconds(StackClient stack) {
        Map<String, Double> startup = new LinkedHashMap<>();
        Map<String, java.net.URI> services = new LinkedHashMap<>();
        services.put("case-service", stack.caseService);
        services.put("police-liaison-service", stack.policeService);
        services.put("notification-service", stack.notificationService);
        services.put("identity-provider", stack.identityProvider);
        services.forEach((name, uri) -> {
            try {
                HttpResponse<String> response = stack.http.send(
                        java.net.http.HttpRequest.newBuilder(uri.resolve("/actuator/metrics/application.ready.time"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    startup.put(
                            name,
                            StackClient.json(response.body())
                                    .path("measurements")
                                    .path(0)
                                    .path("value")
                                    .asDouble());
                }
            } catch (IOException e) {
                startup.put(name, Double.NaN);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return startup;
    }

    static void ensureDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
    }

    private Benchmark() {}
}
