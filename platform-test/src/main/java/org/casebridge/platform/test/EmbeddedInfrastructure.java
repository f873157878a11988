package org.casebridge.platform.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real PostgreSQL server (embedded binaries) and a real KRaft Kafka broker (in-process), started once per test
 * JVM, whichever test asks first, and stopped when the JVM exits. Each Spring context gets a database of its
 * own; the broker is shared.
 */
public final class EmbeddedInfrastructure {

    /** Partitions of topics the broker creates on demand. */
    public static final int PARTITIONS = 3;

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static EmbeddedKafkaKraftBroker kafka;

    private EmbeddedInfrastructure() {}

    /** Starts both servers unless they are already running in this JVM. */
    public static synchronized void start() {
        startPostgres();
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
            kafka.brokerProperty("auto.create.topics.enable", "true");
            kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
            kafka.afterPropertiesSet();
        }
    }

    /** Starts PostgreSQL alone, for tests that need no broker (a projection without Spring). */
    public static synchronized void startPostgres() {
        if (postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedInfrastructure::stop, "embedded-infrastructure-stop"));
    }

    private static synchronized void stop() {
        if (kafka != null) {
            kafka.destroy();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is exiting; the process dies with it
            }
        }
    }

    /** The broker's bootstrap servers. */
    public static String kafkaBootstrapServers() {
        start();
        return kafka.getBrokersAsString();
    }

    /** Creates a new, empty database and returns its JDBC URL. */
    public static String createDatabase(String prefix) {
        startPostgres();
        String name = (prefix.replaceAll("[^a-z0-9_]", "_") + "_" + DATABASES.incrementAndGet()).toLowerCase();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    /** A data source on a database created by {@link #createDatabase(String)}. */
    public static DataSource dataSource(String database) {
        startPostgres();
        return postgres.getDatabase("postgres", database);
    }

    public static String username() {
        return "postgres";
    }

    public static String password() {
        return "postgres";
    }
}
