package org.casebridge.cases;

import java.util.UUID;
import java.util.stream.Stream;
import org.casebridge.platform.test.EmbeddedInfrastructure;
import org.casebridge.platform.test.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * case-service started as a whole application on a database of the test JVM's embedded PostgreSQL, as a restart or
 * a property test needs it: outside the Spring test context cache, stopped by the test. It requires tokens, as in
 * production, and trusts the test identity provider's ({@link CaseApi} sends them).
 */
final class CaseServiceProcess implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private CaseServiceProcess(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static String newDatabase() {
        return EmbeddedInfrastructure.createDatabase("case_service");
    }

    static CaseServiceProcess start(String jdbcUrl, String... extraProperties) {
        String[] properties = {
            "server.port=0",
            "server.address=127.0.0.1",
            "spring.profiles.active=local",
            "spring.datasource.url=" + jdbcUrl,
            "spring.datasource.username=" + EmbeddedInfrastructure.username(),
            "spring.datasource.password=" + EmbeddedInfrastructure.password(),
            "spring.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafkaBootstrapServers(),
            "casebridge.kafka.consumer-group-suffix=-process-" + UUID.randomUUID(),
            "db-scheduler.polling-interval=1s",
            "casebridge.security.tokens=true",
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.jwkSetUri(),
            "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestTokens.ISSUER
        };
        String[] arguments = Stream.concat(Stream.of(properties), Stream.of(extraProperties))
                .map(property -> "--" + property)
                .toArray(String[]::new);
        return new CaseServiceProcess(new SpringApplicationBuilder(CaseServiceApplication.class).run(arguments));
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
