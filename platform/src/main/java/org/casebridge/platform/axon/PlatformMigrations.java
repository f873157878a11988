package org.casebridge.platform.axon;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;

/**
 * Runs the platform's own migrations (Axon's tables, the Kafka bridge's inbox and ledger, the deadline
 * scheduler) with their own history table before the service's migrations, so that neither side's version
 * numbers can collide with the other's. Both run as Flyway's user ({@code spring.flyway.user}, the owner role, when
 * set); the owner then grants the application role its rights and keeps the append-only logs out of its reach
 * ({@link DatabaseRoles}, ADR 0046).
 */
public class PlatformMigrations implements FlywayMigrationStrategy {

    static final String HISTORY_TABLE = "platform_schema_history";
    static final String LOCATION = "classpath:db/platform";

    private final String applicationRole;

    public PlatformMigrations(String applicationRole) {
        this.applicationRole = applicationRole;
    }

    @Override
    public void migrate(Flyway serviceFlyway) {
        DataSource owner = serviceFlyway.getConfiguration().getDataSource();
        Flyway.configure()
                .dataSource(owner)
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        serviceFlyway.migrate();
        DatabaseRoles.grant(owner, applicationRole);
    }
}
