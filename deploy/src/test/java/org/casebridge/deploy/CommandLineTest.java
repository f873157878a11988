package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path repository;

    @BeforeEach
    void looksLikeTheRepository() throws Exception {
        Files.writeString(repository.resolve("pom.xml"), "<project/>");
        Files.createDirectory(repository.resolve("deploy"));
    }

    @Test
    void withoutArgumentsStartsEverythingOnTheDocumentedPortsKeepingData() {
        Options options = LocalStack.CommandLine.parse(new String[0], repository);

        assertThat(options.fresh()).isFalse();
        assertThat(options.dataDir()).isEqualTo(repository.resolve(".local-data"));
        assertThat(options.services())
                .containsExactly(Service.CASE, Service.POLICE_LIAISON, Service.NOTIFICATION, Service.IDENTITY);
        assertThat(options.ports().postgres()).isEqualTo(5432);
        assertThat(options.ports().kafka()).isEqualTo(9092);
        assertThat(options.ports().kafkaController()).isEqualTo(9093);
        assertThat(options.ports().of(Service.CASE)).isEqualTo(8081);
        assertThat(options.ports().of(Service.POLICE_LIAISON)).isEqualTo(8082);
        assertThat(options.ports().of(Service.NOTIFICATION)).isEqualTo(8083);
        assertThat(options.ports().of(Service.IDENTITY)).isEqualTo(9000);
    }

    @Test
    void freshInfrastructureOnlyAndPortOffset() {
        Options options = LocalStack.CommandLine.parse(
                new String[] {"--fresh", "--infrastructure-only", "--port-offset", "10000"}, repository);

        assertThat(options.fresh()).isTrue();
        assertThat(options.services()).isEmpty();
        assertThat(options.ports().postgres()).isEqualTo(15432);
        assertThat(options.ports().kafka()).isEqualTo(19092);
        assertThat(options.ports().of(Service.NOTIFICATION)).isEqualTo(18083);
    }

    @Test
    void aSecondInstanceOfEachDomainServiceListensOnItsPortPlusOneHundred() {
        Options options = LocalStack.CommandLine.parse(new String[] {"--instances", "2"}, repository);

        assertThat(options.instances()).isEqualTo(2);
        assertThat(new LocalStack(options).instances())
                .extracting(LocalStack.Instance::name)
                .containsExactly(
                        "case-service",
                        "police-liaison-service",
                        "notification-service",
                        "identity-provider",
                        "case-service#2",
                        "police-liaison-service#2",
                        "notification-service#2");
        assertThat(options.ports().of(Service.CASE, 2)).isEqualTo(8181);
        assertThat(options.ports().of(Service.POLICE_LIAISON, 2)).isEqualTo(8182);
        assertThat(options.ports().of(Service.NOTIFICATION, 2)).isEqualTo(8183);
        assertThat(LocalStack.CommandLine.parse(new String[0], repository).instances())
                .isEqualTo(1);
        assertThatThrownBy(() -> LocalStack.CommandLine.parse(new String[] {"--instances", "3"}, repository))
                .hasMessage("--instances must be 1 or 2");
    }

    @Test
    void theSupervisorBacksOffDoublingUpToItsLimit() {
        Supervisor.Policy policy = Supervisor.Policy.defaults();

        assertThat(java.util.stream.IntStream.rangeClosed(1, 6)
                        .mapToObj(failures -> policy.backoff(failures).toSeconds())
                        .toList())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 16L);
    }

    @Test
    void helpAsksForUsageOnly() {
        assertThat(LocalStack.CommandLine.parse(new String[] {"--help"}, repository))
                .isNull();
    }

    @Test
    void rejectsUnknownOptionsAndBadValues() {
        assertThatThrownBy(() -> LocalStack.CommandLine.parse(new String[] {"--fast"}, repository))
                .hasMessage("Unknown option: --fast");
        assertThatThrownBy(() -> LocalStack.CommandLine.parse(new String[] {"--port-offset"}, repository))
                .hasMessage("--port-offset needs a value");
        assertThatThrownBy(() -> LocalStack.CommandLine.parse(new String[] {"--port-offset", "x"}, repository))
                .hasMessage("--port-offset needs a number, not x");
    }

    @Test
    void mustRunFromTheRepositoryRoot() throws Exception {
        Path elsewhere = Files.createDirectory(repository.resolve("elsewhere"));

        assertThatThrownBy(() -> LocalStack.CommandLine.parse(new String[0], elsewhere))
                .hasMessageContaining("repository root");
    }
}
