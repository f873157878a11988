package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebridge.deploy.StackData.connect;
import static org.casebridge.deploy.StackData.execute;
import static org.casebridge.deploy.StackData.keptCaseIds;
import static org.casebridge.deploy.StackData.producer;
import static org.casebridge.deploy.StackData.recordKeys;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's own promises with the infrastructure only (no service jars): a restart keeps the databases
 * and the Kafka log, the supervisor starts a killed broker and database again with their data and gives up on a part
 * failing in a loop, {@code --fresh} starts empty, a taken port fails before anything starts, and stopping leaves no
 * process behind.
 */
@Order(1)
class LocalStackIT {

    private static final String TOPIC = "casebridge.local-stack-check";

    @TempDir
    Path dataDir;

    /** Processes of this JVM from before the test, e.g. the stack another test class shares. */
    private Set<ProcessHandle> alreadyRunning;

    @BeforeEach
    void rememberRunningProcesses() {
        alreadyRunning = ProcessHandle.current().descendants().collect(Collectors.toSet());
    }

    /**
     * One data directory through three launches: the first writes a row and a Kafka record; the second finds both,
     * and its supervisor starts a broker and a database killed with SIGKILL again with their data; the third, fresh,
     * starts empty. Nothing is left running after each.
     */
    @Test
    void keepsDataAcrossARestartAndAKilledBrokerAndDatabaseAndStartsEmptyWhenFresh() throws Exception {
        Ports ports = Ports.random();
        Options options = TestStacks.options(dataDir, ports).withServices(EnumSet.noneOf(Service.class));
        String caseId = UUID.randomUUID().toString();
        String afterKill = UUID.randomUUID().toString();

        try (LocalStack stack = LocalStack.launch(options)) {
            execute(stack, "create table kept_case (id text primary key)");
            execute(stack, "insert into kept_case values ('" + caseId + "')");
            try (KafkaProducer<String, String> producer = producer(stack, new StringSerializer())) {
                producer.send(new ProducerRecord<>(TOPIC, caseId, "kept")).get();
            }
        }
        assertNothingLeftRunning(ports);

        try (LocalStack stack = LocalStack.launch(options)) {
            assertThat(keptCaseIds(stack)).containsExactly(caseId);
            assertThat(recordKeys(stack, TOPIC, "local-stack-check", 1)).containsExactly(caseId);
            assertThat(stack.parts()).contains("PostgreSQL", "Kafka");

            Duration kafkaBack = killAndAwaitBack(stack, "Kafka");
            try (KafkaProducer<String, String> producer = producer(stack, new StringSerializer())) {
                producer.send(new ProducerRecord<>(TOPIC, afterKill, "after the restart"))
                        .get();
            }
            assertThat(recordKeys(stack, TOPIC, "local-stack-check", 2)).containsExactlyInAnyOrder(caseId, afterKill);

            Duration postgresBack = killAndAwaitBack(stack, "PostgreSQL");
            assertThat(keptCaseIds(stack)).containsExactly(caseId);
            assertThat(stack.restarts()).containsEntry("Kafka", 1).containsEntry("PostgreSQL", 1);
            assertThat(stack.restartSummary()).isEqualTo("2 restarts: PostgreSQL 1, Kafka 1");
            System.out.printf(
                    "Supervision: Kafka back %d ms after SIGKILL, PostgreSQL back %d ms after SIGKILL%n",
                    kafkaBack.toMillis(), postgresBack.toMillis());
        }
        assertNothingLeftRunning(ports);

        try (LocalStack stack = LocalStack.launch(options.withFresh(true))) {
            assertThat(tableExists(stack)).isFalse();
        }
        assertNothingLeftRunning(ports);
    }

    @Test
    void aPartFailingInALoopStopsTheStackWithItsLog() throws Exception {
        Ports ports = Ports.random();
        Options options = TestStacks.options(dataDir, ports)
                .withServices(EnumSet.noneOf(Service.class))
                .withSupervision(new Supervisor.Policy(
                        2,
                        Duration.ofMinutes(1),
                        Duration.ofMillis(200),
                        Duration.ofSeconds(1),
                        Duration.ofMillis(100)));

        LocalStack stack = LocalStack.launch(options);
        try {
            // PostgreSQL reads this file only when it starts: every restart from now on fails
            Files.writeString(
                    dataDir.resolve("postgres").resolve("postgresql.auto.conf"),
                    "this line is not a setting\n",
                    java.nio.file.StandardOpenOption.APPEND);
            stack.kill("PostgreSQL");

            String gaveUp = stack.stopped().get(2, java.util.concurrent.TimeUnit.MINUTES);
            assertThat(gaveUp)
                    .startsWith("PostgreSQL did not start again")
                    .contains("3 failures within 60 s, giving up and stopping the stack")
                    .contains(dataDir.resolve("logs").resolve("postgres.log").toString())
                    .contains("syntax error");
            assertThat(stack.isStopping()).isTrue();
        } finally {
            stack.close();
        }
        assertNothingLeftRunning(ports);
    }

    private static Duration killAndAwaitBack(LocalStack stack, String part) {
        long killed = System.nanoTime();
        stack.kill(part);
        org.awaitility.Awaitility.await(part + " running again")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> stack.restarts().getOrDefault(part, 0) > 0 && stack.isRunning(part));
        return Duration.ofNanos(System.nanoTime() - killed);
    }

    @Test
    void refusesToStartWhenAPortIsTakenAndStartsNothing() throws Exception {
        Ports ports = Ports.random();
        try (ServerSocket taken = new ServerSocket(ports.kafka())) {
            Options options = TestStacks.options(dataDir, ports);

            assertThatThrownBy(() -> LocalStack.launch(options))
                    .isInstanceOf(LocalStack.PortInUseException.class)
                    .hasMessageContaining("port " + ports.kafka() + " (Kafka)")
                    .hasMessageContaining("--port-offset");
        }
        assertThat(startedByThisTest()).isEmpty();
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void aServiceThatDiesAtStartUpFailsTheStartWithItsLogAndStopsTheRest(@TempDir Path repository) throws Exception {
        Path jar = ServiceProcess.jar(repository, Service.CASE);
        Files.createDirectories(jar.getParent());
        try (JarOutputStream withoutMainClass = new JarOutputStream(Files.newOutputStream(jar), new Manifest())) {
            withoutMainClass.putNextEntry(new JarEntry("empty.txt"));
        }
        Ports ports = Ports.random();
        Options options = new Options(
                repository,
                dataDir,
                false,
                ports,
                TestStacks.options(dataDir, ports).kafkaClasspath(),
                EnumSet.of(Service.CASE),
                Duration.ofMinutes(1));

        assertThatThrownBy(() -> LocalStack.launch(options))
                .hasMessageContaining("case-service exited with code 1")
                .hasMessageContaining("no main manifest attribute")
                .hasMessageContaining(
                        dataDir.resolve("logs").resolve("case-service.log").toString());
        assertNothingLeftRunning(ports);
    }

    /** PostgreSQL detaches from the launcher (pg_ctl), so a free port is what proves it stopped. */
    private void assertNothingLeftRunning(Ports ports) {
        assertThat(startedByThisTest()).as("child processes left after close").isEmpty();
        assertThat(List.of(ports.postgres(), ports.kafka(), ports.kafkaController()))
                .as("ports still in use after close")
                .allMatch(LocalStack::isFree);
    }

    private List<ProcessHandle> startedByThisTest() {
        return ProcessHandle.current()
                .descendants()
                .filter(process -> !alreadyRunning.contains(process))
                .toList();
    }

    private static boolean tableExists(LocalStack stack) throws SQLException {
        try (Connection connection = connect(stack);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select to_regclass('kept_case') is not null")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
