package org.casebridge.cases;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.casebridge.platform.security.UnsafeConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * case-service as its jar starts: asked to trust the actor headers, or given the local profile while listening
 * beyond loopback, it refuses before it touches a database, and says why (ADR 0014).
 */
class ProductionGuardsTest {

    @Test
    void refusesToTrustTheActorHeaders() {
        assertThatThrownBy(() -> start("--casebridge.security.tokens=false", "--server.address=127.0.0.1"))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("X-Actor-*")
                .hasMessageContaining("Remove the setting");
    }

    @Test
    void refusesTheLocalProfileWhenListeningOnEveryInterface() {
        assertThatThrownBy(() -> start("--spring.profiles.active=local"))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("The local profile")
                .hasMessageContaining("every network interface")
                .hasMessageContaining("SERVER_ADDRESS=127.0.0.1");
    }

    @Test
    void refusesThePublishedPortalSecretOnAPublicAddress() {
        assertThatThrownBy(() -> start(
                        "--server.address=192.0.2.10",
                        "--casebridge.personal-data.master-key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("demo portal client secret")
                .hasMessageContaining("192.0.2.10, which is not a loopback address");
    }

    private static void start(String... arguments) {
        new SpringApplicationBuilder(CaseServiceApplication.class)
                .run(Stream.concat(Stream.of("--server.port=0", "--spring.main.banner-mode=off"), Stream.of(arguments))
                        .toArray(String[]::new))
                .close();
    }
}
