package org.casebridge.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Straight to a running stack's PostgreSQL and Kafka, past the services: the ITs that prove what a restart or a fault
 * keeps write a row to case-service's database ({@code kept_case}) and records to a topic of their own, and read them
 * back.
 */
final class StackData {

    private StackData() {}

    /** A connection to case-service's database as its owner. */
    static Connection connect(LocalStack stack) throws SQLException {
        return DriverManager.getConnection(
                stack.jdbcUrl(Service.CASE), stack.databaseOwner(), stack.databaseOwnerPassword());
    }

    static void execute(LocalStack stack, String sql) throws SQLException {
        try (Connection connection = connect(stack);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The ids in the test table {@code kept_case}. */
    static List<String> keptCaseIds(LocalStack stack) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = connect(stack);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from kept_case")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /**
     * The keys on {@code topic}, read from its start by a new consumer group named from {@code group}, until there are
     * as many as {@code expected} or 30 s have passed.
     */
    static List<String> recordKeys(LocalStack stack, String topic, String group, int expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.kafkaBootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        group + "-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> keys = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (keys.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    keys.add(record.key());
                }
            }
            return keys;
        }
    }

    /** A producer to the stack's broker that waits for every replica ({@code acks=all}). */
    static <V> KafkaProducer<String, V> producer(LocalStack stack, Serializer<V> values) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.kafkaBootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                values);
    }
}
