package org.casebridge.platform;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code casebridge-defaults.properties} as the lowest-precedence property source, so that every service
 * shares one set of defaults (each read from an environment variable first) and may still override any of them.
 *
 * <p>The Kafka client settings that have no safe default ({@link #KAFKA_SECURITY}: the SASL login and the
 * truststore) are passed on only when their variable is set: an empty {@code ssl.truststore.location} or
 * {@code sasl.jaas.config} would break a client that does not need it. They go to {@code spring.kafka.properties},
 * which Boot hands to every producer, consumer and admin client (ADR 0033).
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "casebridge-defaults.properties";

    /** Environment variable to the Kafka client property it sets, when it is set. */
    public static final Map<String, String> KAFKA_SECURITY = Map.of(
            "KAFKA_SASL_JAAS_CONFIG", "sasl.jaas.config",
            "KAFKA_SSL_TRUSTSTORE_LOCATION", "ssl.truststore.location",
            "KAFKA_SSL_TRUSTSTORE_TYPE", "ssl.truststore.type",
            "KAFKA_SSL_TRUSTSTORE_PASSWORD", "ssl.truststore.password");

    /**
     * The role that owns the schema and runs the migrations, when it is not the application's role (ADR 0046): passed
     * on as {@code spring.flyway.user}, with {@code CASEBRIDGE_DB_OWNER_PASSWORD} as its password, only when set.
     */
    public static final String DB_OWNER = "CASEBRIDGE_DB_OWNER";

    /** Where a development key for the audit checkpoints is kept (the local stack's), passed on only when set. */
    public static final String AUDIT_DEV_KEY_FILE = "CASEBRIDGE_AUDIT_DEV_KEY_FILE";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new PropertiesPropertySourceLoader()
                    .load("casebridge-defaults", new ClassPathResource(RESOURCE))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
        Map<String, Object> kafka = new LinkedHashMap<>();
        KAFKA_SECURITY.forEach((variable, property) -> {
            String value = environment.getProperty(variable);
            if (value != null && !value.isBlank()) {
                kafka.put("spring.kafka.properties." + property, value);
            }
        });
        if (!kafka.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource("casebridge-kafka-security", kafka));
        }
        String devKeyFile = environment.getProperty(AUDIT_DEV_KEY_FILE);
        if (devKeyFile != null && !devKeyFile.isBlank()) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "casebridge-audit-dev-key", Map.of("casebridge.audit.dev-key-file", devKeyFile)));
        }
        String owner = environment.getProperty(DB_OWNER);
        if (owner != null && !owner.isBlank()) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "casebridge-db-owner",
                            Map.of(
                                    "spring.flyway.user",
                                    owner,
                                    "spring.flyway.password",
                                    environment.getProperty(DB_OWNER + "_PASSWORD", ""))));
        }
    }
}
