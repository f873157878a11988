package org.casebridge.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * The demo identity provider publishes its passwords and client secrets in the README, so it refuses to start
 * unless it listens on loopback ({@code server.address}), or unless someone running a closed demo network says so
 * with {@code casebridge.identity.allow-non-loopback=true}, in which case it logs an ERROR banner (ADR 0014).
 * Checked before any bean is created, so a refused start never opens a port.
 */
class DemoOnLoopbackOnly implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String ALLOW = "casebridge.identity.allow-non-loopback";
    private static final Logger log = LoggerFactory.getLogger(DemoOnLoopbackOnly.class);

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(environment);
    }

    static void check(Environment environment) {
        String address = environment.getProperty("server.address");
        if (isLoopback(address)) {
            return;
        }
        String where = address == null || address.isBlank() ? "every network interface" : address.strip();
        if (!environment.getProperty(ALLOW, Boolean.class, false)) {
            throw new IllegalStateException("The demo identity provider (its passwords and client secrets are"
                    + " published in the README) would listen on " + where + ". Bind it to this machine with"
                    + " SERVER_ADDRESS=127.0.0.1, or for a closed demo network without real data set"
                    + " CASEBRIDGE_IDENTITY_ALLOW_NON_LOOPBACK=true. Real deployments use the organisation's own"
                    + " identity provider (ADR 0014).");
        }
        log.error("""

                ************************************************************************************************
                DEMO IDENTITY PROVIDER LISTENING ON {}: anyone who can reach it signs in with the published
                demo passwords and client secrets. Never let it near real data.
                ************************************************************************************************""", where);
    }

    private static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address.strip()).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }
}
