package org.casebridge.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server from the binaries zonky ships in Maven jars. Its data directory survives restarts
 * (initdb runs only when the directory is empty), so a restart of the local stack keeps every case.
 */
final class Postgres implements AutoCloseable {

    static final String USER = "casebridge";
    static final String PASSWORD = "casebridge";

    private static final Logger log = LoggerFactory.getLogger(Postgres.class);

    private final EmbeddedPostgres server;
    private final int port;

    private Postgres(EmbeddedPostgres server, int port) {
        this.server = server;
        this.port = port;
    }

    static Postgres start(Path dataDir, int port, Path logFile, Collection<String> databases) {
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(logFile.getParent());
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    // zonky turns fsync off (-F) for throw-away test databases; this data directory is kept
                    .setServerConfig("fsync", "on")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            Postgres postgres = new Postgres(server, port);
            try {
                postgres.createUserAndDatabases(databases);
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start; see " + logFile + ": " + e.getMessage(), e);
        }
    }

    private void createUserAndDatabases(Collection<String> databases) {
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", USER)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
                }
                log.info("Created PostgreSQL role {}", USER);
            }
            for (String database : databases) {
                if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("create database " + database + " owner " + USER);
                    }
                    log.info("Created database {}", database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the Casebridge role and databases: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
