package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServiceProcessTest {

    @Test
    void startsEachServiceFromItsModulesJar() {
        assertThat(ServiceProcess.jar(Path.of("/repo"), Service.POLICE_LIAISON))
                .isEqualTo(Path.of("/repo/police-liaison-service/target/police-liaison-service.jar"));
    }

    @Test
    void usesTheFastStartOptionsUnlessOthersAreConfigured() {
        assertThat(ServiceProcess.jvmOptions(null)).isEqualTo(ServiceProcess.DEFAULT_JVM_OPTIONS);
        assertThat(ServiceProcess.jvmOptions("  ")).isEqualTo(ServiceProcess.DEFAULT_JVM_OPTIONS);
        assertThat(ServiceProcess.jvmOptions(" -Xmx1g   -XX:+UseG1GC ")).containsExactly("-Xmx1g", "-XX:+UseG1GC");
    }

    @Test
    void runsOneConsumerThreadAListenerOnATwoCoreMachineUnlessConfigured() {
        assertThat(ServiceProcess.consumerThreads(2, null)).hasValue("1");
        assertThat(ServiceProcess.consumerThreads(1, " ")).hasValue("1");
        assertThat(ServiceProcess.consumerThreads(2, "3")).isEmpty();
        assertThat(ServiceProcess.consumerThreads(4, null)).isEmpty();
    }
}
