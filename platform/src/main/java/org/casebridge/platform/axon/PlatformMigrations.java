package org.casebridge.platform.axon;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;

/**
 * Runs the platform's own migrations (Axon's tables, the Kafka bridge's inbox and ledger, the deadline
 * scheduler) with their own history table before the service's migrations, so that neither side's version
 * numbers can collide with the other's.
 */
public class PlatformMigrations implements FlywayMigrationStrategy {

    static final String HISTORY_TABLE = "platform_schema_history";
    static final String LOCATION = "classpath:db/platform";

    private final DataSource dataSource;

    public PlatformMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void migrate(Flyway serviceFlyway) {
        Flyway.configure()
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        serviceFlyway.migrate();
    }
}
