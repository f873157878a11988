package org.casebridge.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in KRaft combined mode (broker and controller in one process), run as a
 * child JVM from the Kafka jars on the launcher's classpath. The log directory is formatted once and kept.
 */
final class KafkaBroker extends ChildProcessPart {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final List<String> JVM_OPTIONS =
            List.of("-Xms256m", "-Xmx512m", "-XX:+UseSerialGC", "-Djava.awt.headless=true");

    private final String bootstrapServers;

    private KafkaBroker(ChildProcess process, String bootstrapServers) {
        super(process);
        this.bootstrapServers = bootstrapServers;
    }

    static KafkaBroker start(Path dir, int port, int controllerPort, String classpath, Path logFile) {
        Path logDirs = dir.resolve("logs");
        Path config = dir.resolve("server.properties");
        Path logback = dir.resolve("logback.xml");
        try {
            Files.createDirectories(logDirs);
            Files.writeString(config, serverProperties(logDirs, port, controllerPort));
            Files.writeString(logback, LOGBACK);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Kafka configuration under " + dir, e);
        }
        List<String> java = javaCommand(classpath, logback);
        if (!Files.exists(logDirs.resolve("meta.properties"))) {
            String clusterId = Uuid.randomUuid().toString();
            ChildProcess.run(
                    "kafka-storage-format",
                    concat(
                            java,
                            "kafka.tools.StorageTool",
                            "format",
                            "--cluster-id",
                            clusterId,
                            "--config",
                            config.toString()),
                    dir,
                    logFile.resolveSibling("kafka-storage-format.log"),
                    Duration.ofSeconds(60));
            log.info("Formatted the Kafka log directory {} (cluster {})", logDirs, clusterId);
        }
        ChildProcess process = ChildProcess.start(
                "kafka", concat(java, "kafka.Kafka", config.toString()), Map.of(), dir, logFile, STOP_GRACE);
        return new KafkaBroker(process, "localhost:" + port);
    }

    /** Waits until the broker answers a metadata request, failing early if its process dies. */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        try (Admin admin = Admin.create(properties)) {
            while (true) {
                process.requireAlive();
                try {
                    if (!admin.describeCluster()
                            .nodes()
                            .get(2, TimeUnit.SECONDS)
                            .isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(
                                "Kafka did not become ready within " + timeout.toSeconds() + " s; see " + process.log()
                                        + "\n" + process.logTail(),
                                e);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for Kafka", e);
                }
            }
        }
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    private static List<String> javaCommand(String classpath, Path logback) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return concat(
                concat(List.of(java), JVM_OPTIONS.toArray(String[]::new)),
                "-Dlogback.configurationFile=" + logback,
                "-cp",
                classpath);
    }

    private static List<String> concat(List<String> head, String... tail) {
        return Stream.concat(head.stream(), Stream.of(tail)).toList();
    }

    /**
     * A broker started again after SIGKILL finds its controller still holding the killed incarnation's registration
     * and is refused (DUPLICATE_BROKER_REGISTRATION) until that registration's session times out, retrying with a
     * backoff of up to half the session timeout: with Kafka's 9 s the broker was back 15 to 23 s after the kill. The
     * broker and its controller are one process on one machine, so a 5 s session with a heartbeat every 0.5 s brings
     * it back in about 10 s (JVM start included) and still tolerates a few stalled seconds on a loaded machine (the
     * benchmark's).
     */
    private static String serverProperties(Path logDirs, int port, int controllerPort) {
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@localhost:%2$d
                listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                advertised.listeners=PLAINTEXT://localhost:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=3
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                group.initial.rebalance.delay.ms=0
                broker.heartbeat.interval.ms=500
                broker.session.timeout.ms=5000
                """.formatted(port, controllerPort, logDirs.toAbsolutePath());
    }

    private static final String LOGBACK = """
            <configuration>
              <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%logger{36}] %msg%n</pattern></encoder>
              </appender>
              <logger name="kafka" level="INFO"/>
              <logger name="org.apache.kafka" level="WARN"/>
              <logger name="state.change.logger" level="WARN"/>
              <root level="WARN"><appender-ref ref="OUT"/></root>
            </configuration>
            """;
}
