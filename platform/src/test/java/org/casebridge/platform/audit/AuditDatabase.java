package org.casebridge.platform.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.casebridge.platform.test.EmbeddedInfrastructure;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A fresh database on the embedded PostgreSQL with the platform's migrations, and the audit trail over it. */
final class AuditDatabase {

    final String name;
    final String url;
    final DataSource dataSource;
    final JdbcTemplate jdbc;
    final AuditSigningKey key = AuditSigningKey.generate();
    final AuditChain chain;
    final AuditCheckpoints checkpoints;
    final AuditVerifier verifier;

    AuditDatabase(Duration safetyWindow) {
        url = EmbeddedInfrastructure.createDatabase("audit");
        name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        dataSource = EmbeddedInfrastructure.dataSource(name);
        Flyway.configure()
                .dataSource(dataSource)
                .table("platform_schema_history")
                .locations("classpath:db/platform")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(dataSource);
        chain = new AuditChain(
                jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)), safetyWindow);
        checkpoints = new AuditCheckpoints(jdbc, chain, key, Clock.systemUTC());
        verifier = new AuditVerifier(jdbc);
    }

    AuditDatabase() {
        this(Duration.ZERO);
    }

    /** Stores an event as Axon's JDBC engine does, and answers its global index. */
    long event(String text) {
        return jdbc.queryForObject(
                """
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, 0, 'Probe', '2026-12-02T10:00:00Z', 'org.example.ProbeEvent', NULL, ?, ?)
                RETURNING global_index""",
                Long.class,
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                ("{\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    /** Records a read as the access log does, and answers its id. */
    long access(String caseId) {
        return jdbc.queryForObject("""
                INSERT INTO access_log (at, actor_id, actor_role, actor_org, what, case_id, path, purpose)
                VALUES (clock_timestamp(), 'auditor.lee', 'AUDITOR', 'casebridge-audit', 'case', ?, ?, NULL)
                RETURNING id""", Long.class, caseId, "/api/cases/" + caseId);
    }

    long row(AuditSource source, String text) {
        return source == AuditSource.EVENT ? event(text) : access(text);
    }

    /** A key handed out to a transaction that rolled back: a gap in the sequence. */
    void gap(AuditSource source) {
        jdbc.queryForObject(
                source == AuditSource.EVENT
                        ? "SELECT nextval('domain_event_entry_global_index_seq')"
                        : "SELECT nextval('access_log_id_seq')",
                Long.class);
    }

    /** What someone with the database's superuser could do: statements with every trigger switched off. */
    void tamper(String... statements) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("SET LOCAL session_replication_role = replica");
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Verification verify() {
        return verifier.verify(key.encodedPublicKey(), AuditVerifier.Progress.NONE);
    }
}
