package org.casebridge.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.casebridge.platform.PlatformDefaults;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

/**
 * The Kafka security variables reach the clients the bridge builds itself (its producer and consumer factories) and
 * Boot's admin client, and without them every client speaks PLAINTEXT with no SASL login or truststore.
 */
class KafkaSecuritySettingsTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"casebridge-case-service\" password=\"from-a-secret\";";

    @Test
    void without_the_variables_every_client_speaks_plaintext_with_nothing_else_set() {
        Map<String, Map<String, Object>> clients = clientConfigs(Map.of());

        clients.forEach((client, config) -> {
            assertThat(config)
                    .as(client)
                    .containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT")
                    .doesNotContainKeys(
                            SaslConfigs.SASL_JAAS_CONFIG,
                            SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG,
                            SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG,
                            SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG);
        });
    }

    @Test
    void sasl_over_tls_from_the_environment_reaches_the_producer_the_consumer_and_the_admin_client() {
        Map<String, Map<String, Object>> clients = clientConfigs(Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", JAAS,
                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/casebridge/kafka-ca/ca.crt",
                "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM"));

        assertThat(clients).containsOnlyKeys("producer", "consumer", "admin");
        clients.forEach((client, config) -> assertThat(config)
                .as(client)
                .containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL")
                .containsEntry(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512")
                .containsEntry(SaslConfigs.SASL_JAAS_CONFIG, JAAS)
                .containsEntry(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, "/etc/casebridge/kafka-ca/ca.crt")
                .containsEntry(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PEM")
                .doesNotContainKey(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG));
    }

    /**
     * Real clients are built from those settings: the SASL login is loaded and the PEM truststore read, and a
     * truststore that is not there stops the client, so the settings are used and not merely carried. Nothing
     * connects (the bootstrap address is closed).
     */
    @Test
    void real_clients_start_with_the_login_and_the_truststore_and_refuse_a_missing_truststore() throws Exception {
        String ca = Path.of(KafkaSecuritySettingsTest.class
                        .getResource("/kafka/test-ca.crt")
                        .toURI())
                .toString();
        Map<String, Object> variables = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_JAAS_CONFIG", JAAS,
                "KAFKA_SSL_TRUSTSTORE_LOCATION", ca,
                "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM");
        KafkaProperties kafka = kafkaProperties(variables);
        KafkaBridgeConfiguration bridge = new KafkaBridgeConfiguration();

        try (Producer<String, byte[]> producer =
                        bridge.kafkaProducerFactory(kafka).createProducer();
                Consumer<String, byte[]> consumer =
                        bridge.kafkaConsumerFactory(kafka).createConsumer("settings-test", null)) {
            assertThat(producer.metrics()).isNotEmpty();
            assertThat(consumer.metrics()).isNotEmpty();
        }

        Map<String, Object> missing = new HashMap<>(variables);
        missing.put("KAFKA_SSL_TRUSTSTORE_LOCATION", ca + ".missing");
        KafkaProperties withoutTruststore = kafkaProperties(missing);
        assertThatThrownBy(() -> bridge.kafkaProducerFactory(withoutTruststore)
                        .createProducer()
                        .close(Duration.ZERO))
                .isInstanceOf(KafkaException.class);
    }

    @Test
    void a_blank_variable_is_treated_as_unset() {
        Map<String, Map<String, Object>> clients =
                clientConfigs(Map.of("KAFKA_SASL_JAAS_CONFIG", " ", "KAFKA_SSL_TRUSTSTORE_LOCATION", ""));

        clients.forEach((client, config) -> assertThat(config)
                .as(client)
                .doesNotContainKeys(SaslConfigs.SASL_JAAS_CONFIG, SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG));
    }

    @Test
    void the_services_stop_creating_topics_when_told_to() {
        assertThat(kafkaProperties(Map.of()).getAdmin().isAutoCreate()).isTrue();
        assertThat(kafkaProperties(Map.of("CASEBRIDGE_KAFKA_CREATE_TOPICS", "false"))
                        .getAdmin()
                        .isAutoCreate())
                .isFalse();
    }

    private static Map<String, Map<String, Object>> clientConfigs(Map<String, Object> variables) {
        KafkaProperties kafka = kafkaProperties(variables);
        KafkaBridgeConfiguration bridge = new KafkaBridgeConfiguration();
        var producer = (DefaultKafkaProducerFactory<String, byte[]>) bridge.kafkaProducerFactory(kafka);
        var consumer = (DefaultKafkaConsumerFactory<String, byte[]>) bridge.kafkaConsumerFactory(kafka);
        return Map.of(
                "producer", producer.getConfigurationProperties(),
                "consumer", consumer.getConfigurationProperties(),
                "admin", kafka.buildAdminProperties(null));
    }

    /** The environment a service starts with: only these variables, then the platform's defaults. */
    private static KafkaProperties kafkaProperties(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.replace(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        new PlatformDefaults().postProcessEnvironment(environment, null);
        return Binder.get(environment)
                .bind("spring.kafka", Bindable.ofInstance(new KafkaProperties()))
                .get();
    }
}
