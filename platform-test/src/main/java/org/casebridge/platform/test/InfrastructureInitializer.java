package org.casebridge.platform.test;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring context at the JVM's embedded PostgreSQL (a fresh database for this context) and Kafka broker.
 * Each context's consumer groups get a suffix of their own, so that cached contexts of the same service in one
 * JVM never split a topic's partitions between them. Services trust {@link TestTokens} and listen on loopback only.
 */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    /** The key portal drafts are sealed with in tests (base64 of 32 bytes; it protects nothing real). */
    public static final String DRAFTS_KEY = "Y2FzZWJyaWRnZS10ZXN0cy1kcmFmdHMta2V5LTAwMzI=";

    /**
     * Unless a test asks for tokens ({@code @TestPropertySource(properties = "casebridge.security.tokens=true")}),
     * its requests may say who is acting with the actor headers, which {@link TestActorHeaders} turns into tokens;
     * a test that asks for tokens proves that the headers alone are refused. The token path itself is proven by the
     * platform's TokenSecurityIT and, against the real identity provider, by deploy's CrossServiceIT.
     */
    static final String TOKENS = "casebridge.security.tokens";

    private static boolean setByTheTest(ConfigurableApplicationContext context) {
        return context.getEnvironment().getPropertySources().stream()
                .filter(source -> !source.getName().startsWith("casebridge-defaults")
                        && !source.getName().equals("configurationProperties"))
                .anyMatch(source -> source.containsProperty(TOKENS));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String application = context.getEnvironment().getProperty("spring.application.name", "casebridge");
        String jdbcUrl = EmbeddedInfrastructure.createDatabase(application);
        if (!setByTheTest(context)) {
            context.getBeanFactory().registerSingleton("testActorHeaders", TestActorHeaders.registration());
        }
        TestPropertyValues.of(
                        // as the local stack does: the development keys and the local profile need a loopback listener
                        "server.address=127.0.0.1",
                        "spring.datasource.url=" + jdbcUrl,
                        "spring.datasource.username=" + EmbeddedInfrastructure.username(),
                        "spring.datasource.password=" + EmbeddedInfrastructure.password(),
                        "spring.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafkaBootstrapServers(),
                        "casebridge.kafka.consumer-group-suffix=-test" + CONTEXTS.incrementAndGet(),
                        "casebridge.kafka.reconcile-interval=5s",
                        "db-scheduler.polling-interval=1s",
                        "casebridge.portal.drafts-key=" + DRAFTS_KEY,
                        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.jwkSetUri(),
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestTokens.ISSUER)
                .applyTo(context);
    }
}
