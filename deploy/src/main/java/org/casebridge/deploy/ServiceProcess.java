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
     * Fast start on small machines: C1 only, small heap. For load tests, replace them with the environment variable
     * {@value #JVM_OPTIONS_VARIABLE} (space-separated, e.g. {@code "-Xmx1g -XX:+UseG1GC"}).
     */
    static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-XX:TieredStopAtLevel=1", "-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true");

    static final String JVM_OPTIONS_VARIABLE = "CASEBRIDGE_SERVICE_JVM_OPTIONS";

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
