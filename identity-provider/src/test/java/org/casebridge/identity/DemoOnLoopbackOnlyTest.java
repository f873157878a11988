package org.casebridge.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/** The demo identity provider, with its published passwords, does not start where others could reach it. */
class DemoOnLoopbackOnlyTest {

    @Test
    void refusesToStartOnEveryInterfaceAndSaysWhy() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(IdentityProviderApplication.class)
                        .web(WebApplicationType.NONE)
                        .run("--server.address=0.0.0.0", "--spring.main.banner-mode=off"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo identity provider")
                .hasMessageContaining("0.0.0.0")
                .hasMessageContaining("SERVER_ADDRESS=127.0.0.1")
                .hasMessageContaining("CASEBRIDGE_IDENTITY_ALLOW_NON_LOOPBACK");
    }

    @Test
    void refusesAnUnsetAddress() {
        assertThatThrownBy(() -> DemoOnLoopbackOnly.check(new MockEnvironment()))
                .hasMessageContaining("every network interface");
    }

    @Test
    void startsOnLoopbackOrWhenExplicitlyAllowed() {
        assertThatCode(() ->
                        DemoOnLoopbackOnly.check(new MockEnvironment().withProperty("server.address", "127.0.0.1")))
                .doesNotThrowAnyException();
        assertThatCode(() -> DemoOnLoopbackOnly.check(new MockEnvironment()
                        .withProperty("server.address", "0.0.0.0")
                        .withProperty(DemoOnLoopbackOnly.ALLOW, "true")))
                .doesNotThrowAnyException();
    }
}
