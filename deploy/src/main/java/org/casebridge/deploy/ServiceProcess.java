package org.casebridge.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One Casebridge service, run as {@code java -jar <module>/target/<module>.jar} with the stack's settings. */
final class ServiceProcess extends ChildProcessPart {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    /**
     * A service still starting holds its shutdown until start-up completes; stopped then (Ctrl-C during start-up)
     * it is killed after a short wait, as after a crash, which every service must survive anyway.
     */
    private static final Duration STOP_GRACE_WHILE_STARTING = Duration.ofSeconds(5);

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    /**
     * Fast start on small machines: C1 only, small heap. C1 alone gets a 48 MiB code cache, and every 15% of it newly
     * filled calls a full collection to unload code (300 to 400 ms under the serial collector, in the first minutes
     * of load); 240 MiB, C2's default, is reserved address space, not memory, and a service's 17 MiB of code never
     * reaches its 15% (ADR 0099). For load tests, replace them with the environment variable
     * {@value #JVM_OPTIONS_VARIABLE} (space-separated, e.g. {@code "-Xmx1g -XX:+UseG1GC"}).
     */
    static final List<String> DEFAULT_JVM_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:ReservedCodeCacheSize=240m",
            "-Xmx512m",
            "-XX:+UseSerialGC",
            "-Djava.awt.headless=true");

    static final String JVM_OPTIONS_VARIABLE = "CASEBRIDGE_SERVICE_JVM_OPTIONS";

    /** The platform's consumer threads a Kafka listener (ADR 0080), which the stack sizes to the machine (ADR 0094). */
    static final String CONSUMER_THREADS_VARIABLE = "CASEBRIDGE_KAFKA_CONSUMER_THREADS";

    /** Machines with this many processors or fewer run one consumer thread a listener (ADR 0094). */
    static final int SMALL_MACHINE_PROCESSORS = 2;

    private final Service service;
    private final URI baseUri;
    private volatile boolean healthy;

    private ServiceProcess(Service service, ChildProcess process, URI baseUri) {
        super(process);
        this.service = service;
        this.baseUri = baseUri;
    }

    static Path jar(Path repositoryDir, Service service) {
        return repositoryDir.resolve(service.module()).resolve("target").resolve(service.module() + ".jar");
    }

    static ServiceProcess start(Service service, Path jar, int port, Map<String, String> environment, Path logFile) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions(System.getenv(JVM_OPTIONS_VARIABLE)));
        command.addAll(List.of("-jar", jar.toString()));
        ChildProcess process =
                ChildProcess.start(service.module(), command, environment, jar.getParent(), logFile, STOP_GRACE);
        return new ServiceProcess(service, process, URI.create("http://localhost:" + port));
    }

    /** The configured JVM options of the services, or the defaults when none are configured. */
    static List<String> jvmOptions(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_JVM_OPTIONS;
        }
        return List.of(configured.strip().split("\\s+"));
    }

    /**
     * The consumer threads a listener the stack gives every service, or empty to leave the platform's default (one a
     * partition) or what the person starting the stack configured. On a machine of two processors or fewer the
     * threads of every listener of three services compete for the same two cores, and one thread a listener takes
     * records from all partitions in fewer, larger fetches (ADR 0094).
     */
    static Optional<String> consumerThreads(int processors, String configured) {
        if (configured != null && !configured.isBlank()) {
            return Optional.empty();
        }
        return processors <= SMALL_MACHINE_PROCESSORS ? Optional.of("1") : Optional.empty();
    }

    /** Waits until {@code /actuator/health} answers 200 with status UP, failing early if the process dies. */
    void awaitHealthy(HttpClient http, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            process.requireAlive();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
                    healthy = true;
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.module(), e);
            }
            sleep(POLL_INTERVAL);
        }
        throw new IllegalStateException(service.module() + " was not healthy within " + timeout.toSeconds()
                + " s (last answer: " + last + "); see " + process.log() + "\n" + process.logTail());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    Service service() {
        return service;
    }

    URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        process.close(healthy ? STOP_GRACE : STOP_GRACE_WHILE_STARTING);
    }
}
