package org.casebridge.platform.axon;

import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's database role is not the owner of what it writes (ADR 0046). When the migrations run as an owner
 * role of their own ({@code spring.flyway.user}), the owner grants the application role what it needs on every table
 * and sequence, and takes back changing or removing anything from the append-only logs: the event store, the access
 * log and the audit chain with its checkpoints. Without ownership the application role can neither drop nor disable
 * their triggers, nor grant itself back what was taken.
 */
public final class DatabaseRoles {

    /** The tables the application role may only insert into and read. */
    public static final List<String> APPEND_ONLY =
            List.of("domain_event_entry", "access_log", "audit_chain", "audit_checkpoint", "audit_reseal");

    private DatabaseRoles() {}

    /**
     * Grants the application role its rights, as the owner connected through {@code owner}; nothing when the
     * application connects as the owner itself (a developer's single role). Refuses when the application role owns a
     * table: ownership would let it drop any protection, and {@code REASSIGN OWNED} is an operator's step.
     */
    public static void grant(DataSource owner, String applicationRole) {
        JdbcTemplate jdbc = new JdbcTemplate(owner);
        String ownerRole = jdbc.queryForObject("SELECT current_user", String.class);
        if (applicationRole.isBlank()
                || applicationRole.toLowerCase(Locale.ROOT).equals(ownerRole)) {
            return;
        }
        String role = jdbc.queryForObject("SELECT quote_ident(?)", String.class, applicationRole);
        String schema = jdbc.queryForObject("SELECT quote_ident(current_schema())", String.class);
        List<String> owned = jdbc.queryForList(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tableowner = ?",
                String.class,
                applicationRole);
        if (!owned.isEmpty()) {
            throw new IllegalStateException(
                    "The application role " + applicationRole + " owns " + owned + ": run REASSIGN OWNED BY "
                            + applicationRole + " TO " + ownerRole + " in this database (ADR 0046)");
        }
        jdbc.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
        jdbc.execute(
                "GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
        jdbc.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
        jdbc.execute("REVOKE UPDATE, DELETE, TRUNCATE ON " + String.join(", ", APPEND_ONLY) + " FROM " + role);
        jdbc.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema
                + " GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO " + role);
        jdbc.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO "
                + role);
    }
}
