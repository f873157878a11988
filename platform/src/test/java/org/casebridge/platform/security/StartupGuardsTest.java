package org.casebridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A service cannot be started open: the setting that once trusted the actor headers, and the local profile and the
 * demo portal secret anywhere but on loopback, stop the start with a message that says why. The application
 * started here is nothing but the guard, so the refusal is proven without a database.
 */
class StartupGuardsTest {

    @Test
    void refusesHeaderTrustEvenOnLoopback() {
        assertThatThrownBy(() -> start("casebridge.security.tokens=false", "server.address=127.0.0.1"))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("casebridge.security.tokens=false")
                .hasMessageContaining("X-Actor-*")
                .hasMessageContaining("ADR 0014");
    }

    @Test
    void refusesTheLocalProfileOnEveryInterface() {
        assertThatThrownBy(() -> start("spring.profiles.active=local"))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("The local profile")
                .hasMessageContaining("every network interface")
                .hasMessageContaining("SERVER_ADDRESS=127.0.0.1");
    }

    @Test
    void refusesTheLocalProfileOnANonLoopbackAddress() {
        assertThatThrownBy(() -> start("spring.profiles.active=local", "server.address=0.0.0.0"))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("0.0.0.0, which is not a loopback address");
    }

    @Test
    void refusesTheLocalProfileWhenManagementListensElsewhere() {
        assertThatThrownBy(() -> start(
                        "spring.profiles.active=local",
                        "server.address=127.0.0.1",
                        "server.port=8081",
                        "management.server.port=9091"))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("serves management on every network interface");
    }

    @Test
    void refusesTheDemoPortalSecretOffLoopback() {
        assertThatThrownBy(() -> start("casebridge.portal.client-secret=casebridge-portal-secret"))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("The demo portal client secret")
                .hasMessageContaining("CASEBRIDGE_PORTAL_CLIENT_SECRET");
    }

    @Test
    void startsWithTheLocalProfileAndTheDemoSecretOnLoopback() {
        for (String address : List.of("127.0.0.1", "localhost", "::1")) {
            try (ConfigurableApplicationContext context = start(
                    "spring.profiles.active=local",
                    "casebridge.portal.client-secret=casebridge-portal-secret",
                    "server.address=" + address)) {
                assertThat(context.isActive()).isTrue();
            }
        }
    }

    @Test
    void startsByDefault() {
        try (ConfigurableApplicationContext context = start("casebridge.portal.client-secret=a-real-secret")) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void aServiceCannotCheckTokensWithoutAnAudience() {
        assertThatThrownBy(() -> new AccessTokenRules(" ", List.of("at+jwt")))
                .hasMessageContaining("casebridge.security.audience");
    }

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(GuardOnly.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn")
                .run(Arrays.stream(properties).map(p -> "--" + p).toArray(String[]::new));
    }

    @Configuration(proxyBeanMethods = false)
    static class GuardOnly {

        @Bean
        static StartupGuards startupGuards() {
            return new StartupGuards();
        }
    }
}
