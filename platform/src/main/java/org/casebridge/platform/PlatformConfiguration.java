package org.casebridge.platform;

import javax.sql.DataSource;
import org.casebridge.platform.axon.PlatformMigrations;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/** The platform's own database migrations, run before each service's. */
@AutoConfiguration
public class PlatformConfiguration {

    @Bean
    public FlywayMigrationStrategy platformMigrationsFirst(DataSource dataSource) {
        return new PlatformMigrations(dataSource);
    }
}
