package org.casebridge.platform.security;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Checks the settings that could run a service open before any bean is created, so that a refused configuration
 * never touches the database or Kafka and never binds a port (ADR 0014):
 * <ul>
 *     <li>{@code casebridge.security.tokens=false}, which once trusted the {@code X-Actor-*} headers, is refused;</li>
 *     <li>the {@code local} profile is accepted only while the service listens on loopback;</li>
 *     <li>so is the published portal client secret.</li>
 * </ul>
 */
public class StartupGuards implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

    /** The portals' client secret the demo identity provider registers; published in the README. */
    static final String DEMO_PORTAL_CLIENT_SECRET = "casebridge-portal-secret";

    private @Nullable Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(Objects.requireNonNull(
                environment, "Spring sets the environment before it post-processes the bean factory"));
    }

    /** Throws {@link UnsafeConfigurationException} for a configuration that would run the service open. */
    static void check(Environment environment) {
        if (!environment.getProperty("casebridge.security.tokens", Boolean.class, true)) {
            throw new UnsafeConfigurationException("casebridge.security.tokens=false (CASEBRIDGE_SECURITY_TOKENS) asks"
                    + " this service to take the acting user from X-Actor-* request headers. Casebridge no longer"
                    + " has that mode: every /api request needs a token from the identity provider (ADR 0014)."
                    + " Remove the setting.");
        }
        if (environment.acceptsProfiles(Profiles.of("local"))) {
            ListenOnlyOnLoopback.require(
                    environment,
                    "The local profile (published development keys, webhooks to" + " this machine)",
                    "Run without the local profile and set every key (see the README).");
        }
        if (DEMO_PORTAL_CLIENT_SECRET.equals(environment.getProperty("casebridge.portal.client-secret"))) {
            ListenOnlyOnLoopback.require(
                    environment,
                    "The demo portal client secret",
                    "Set CASEBRIDGE_PORTAL_CLIENT_SECRET to the secret the identity provider holds for the portals.");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
