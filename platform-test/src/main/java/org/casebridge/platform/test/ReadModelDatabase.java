package org.casebridge.platform.test;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A new database on the embedded PostgreSQL with the service's own Flyway migrations applied, for testing a
 * projection without Spring: construct it on this data source, feed it events, read through the service's queries.
 * The platform's tables (Axon, the Kafka bridge) are not created; a projection never touches them.
 */
public final class ReadModelDatabase {

    private ReadModelDatabase() {}

    /** A new database named after {@code prefix}, migrated by {@code classpath:db/migration}. */
    public static DataSource migrated(String prefix) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(EmbeddedInfrastructure.createDatabase(prefix));
        dataSource.setUser(EmbeddedInfrastructure.username());
        dataSource.setPassword(EmbeddedInfrastructure.password());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return dataSource;
    }
}
