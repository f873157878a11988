package org.casebridge.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.casebridge.platform.test.EmbeddedInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migrations run as the owner; the application's role, which owns nothing, cannot change the append-only logs nor
 * take their protection away (ADR 0046), and still does everything the services do elsewhere.
 */
class DatabaseRolesIT {

    private static final AtomicInteger ROLES = new AtomicInteger();
    private static JdbcTemplate owner;
    private static JdbcTemplate application;

    @BeforeAll
    static void migrateAsTheOwner() {
        String url = EmbeddedInfrastructure.createDatabase("roles");
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        owner = new JdbcTemplate(EmbeddedInfrastructure.dataSource(database));
        String role = "casebridge_app_" + ProcessHandle.current().pid() + "_" + ROLES.incrementAndGet();
        owner.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'app'");
        owner.execute("GRANT CONNECT ON DATABASE " + database + " TO " + role);
        new PlatformMigrations(role)
                .migrate(Flyway.configure()
                        .dataSource(owner.getDataSource())
                        .locations("classpath:db/no-service-migrations")
                        .baselineOnMigrate(true)
                        .load());
        application = new JdbcTemplate(new DriverManagerDataSource(url.replaceAll("\\?.*", ""), role, "app"));
        application.update("INSERT INTO access_log (at, actor_id, actor_role, actor_org, what, path)"
                + " VALUES (now(), 'auditor.lee', 'AUDITOR', 'casebridge-audit', 'case', '/api/cases')");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DROP TRIGGER access_log_append_only ON access_log",
                "ALTER TABLE access_log DISABLE TRIGGER access_log_append_only",
                "DROP TRIGGER audit_chain_append_only ON audit_chain",
                "DROP FUNCTION access_log_is_append_only() CASCADE",
                "DROP TABLE access_log",
                "SET session_replication_role = replica"
            })
    void theApplicationRoleCannotRemoveTheProtection(String sql) {
        assertThatThrownBy(() -> application.execute(sql))
                .rootCause()
                .hasMessageMatching("(?s).*(must be owner|permission denied).*");
        assertThat(owner.queryForObject(
                        "SELECT count(*) FROM pg_trigger WHERE tgname = 'access_log_append_only' AND tgenabled = 'O'",
                        Integer.class))
                .isOne();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "UPDATE access_log SET actor_id = 'someone-else'",
                "DELETE FROM access_log",
                "TRUNCATE access_log",
                "UPDATE domain_event_entry SET payload = payload",
                "DELETE FROM domain_event_entry",
                "DELETE FROM audit_chain",
                "UPDATE audit_checkpoint SET root = root",
                "DELETE FROM audit_reseal"
            })
    void theApplicationRoleCannotChangeOrRemoveALoggedRow(String sql) {
        application.execute("GRANT UPDATE, DELETE, TRUNCATE ON access_log, domain_event_entry, audit_chain,"
                + " audit_checkpoint, audit_reseal TO CURRENT_USER");
        assertThatThrownBy(() -> application.execute(sql)).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theApplicationRoleStillAppendsReadsAndWorksItsOwnTables() {
        application.update("INSERT INTO token_entry (processor_name, segment) VALUES ('p', 0)");
        application.update("UPDATE token_entry SET owner = 'me' WHERE processor_name = 'p'");
        application.update("DELETE FROM token_entry WHERE processor_name = 'p'");
        application.update("INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)"
                + " VALUES ('AxonDeadline', 'd-1', now(), false, 1)");
        application.update("INSERT INTO deadline_scope (task_instance, deadline_name, scope_sha256)"
                + " VALUES ('d-1', 'review', '\\x00')");
        application.update("DELETE FROM scheduled_tasks WHERE task_instance = 'd-1'");
        assertThat(application.queryForObject("SELECT count(*) FROM deadline_scope", Long.class))
                .as("a deadline that leaves the schedule takes its scope row with it")
                .isZero();
        assertThat(application.queryForObject(
                        "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM access_log_id_seq", Long.class))
                .isPositive();
        assertThat(application.queryForObject("SELECT count(*) FROM access_log", Long.class))
                .isOne();
        assertThat(owner.queryForObject(
                        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> current_user",
                        Long.class))
                .as("the owner owns every table")
                .isZero();
    }
}
