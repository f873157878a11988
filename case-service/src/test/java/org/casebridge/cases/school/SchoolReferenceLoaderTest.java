package org.casebridge.cases.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.casebridge.platform.test.ReadModelDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The school reference data gives each school the short code its case references start with (ADR 0048). */
class SchoolReferenceLoaderTest {

    static JdbcTemplate jdbc;
    static TransactionTemplate transactions;

    @BeforeAll
    static void database() {
        DataSource database = ReadModelDatabase.migrated("case_schools");
        jdbc = new JdbcTemplate(database);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
    }

    @Test
    void aSchoolsShortCodeStartsItsReferencesAndOneWithoutStartsThemWithItsUrn() {
        load("""
                urn,name,local_authority_code,local_authority_name,force_code,force_name,short_code
                900001,Ashdown Vale School,E09000012,Hackney,MPS,Metropolitan Police Service,AVS
                900002,Brook Lane Academy,E09000012,Hackney,MPS,Metropolitan Police Service,
                900003,Cedar Row School,E09000012,Hackney,MPS,Metropolitan Police Service
                """);
        JdbcSchoolDirectory schools = new JdbcSchoolDirectory(jdbc);

        assertThat(schools.find("900001").orElseThrow().referencePrefix()).isEqualTo("AVS");
        assertThat(schools.find("900002").orElseThrow().referencePrefix()).isEqualTo("900002");
        assertThat(schools.find("900003").orElseThrow().referencePrefix())
                .as("a six-column file of before still loads")
                .isEqualTo("900003");
    }

    @Test
    void aShortCodeThatCannotBeReadOutStopsTheStartUpWithItsLine() {
        assertThatThrownBy(() -> load("""
                        # comment
                        900004,Dene Park School,E09000012,Hackney,MPS,Metropolitan Police Service,dp-1
                        """))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Line 2")
                .hasMessageContaining("short code");
    }

    private static void load(String csv) {
        new SchoolReferenceLoader(
                        jdbc,
                        transactions,
                        new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8), "test schools"),
                        Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC))
                .load();
    }
}
