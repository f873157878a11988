package org.casebridge.platform;

import org.casebridge.platform.axon.PlatformMigrations;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** The platform's own database migrations, run before each service's, and the application role's grants (ADR 0046). */
@AutoConfiguration
public class PlatformConfiguration {

    @Bean
    public FlywayMigrationStrategy platformMigrationsFirst(Environment environment) {
        return new PlatformMigrations(environment.getProperty("spring.datasource.username", ""));
    }
}
