package org.casebridge.cases.school;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.casebridge.platform.reference.SchoolReference;
import org.casebridge.platform.reference.SchoolReferenceFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upserts the schools of a CSV file ({@code casebridge.reference.schools}) into the {@code school} table at start-up,
 * after the migrations. Columns: urn, name, local_authority_code, local_authority_name, force_code, force_name and,
 * optionally, short_code (the start of the school's case references, ADR 0048; without it they start with the URN);
 * a header row and lines starting with {@code #} are skipped. A malformed line stops the start-up with its number.
 */
@Component
@DependsOn("flywayInitializer")
public class SchoolReferenceLoader {

    private static final Logger log = LoggerFactory.getLogger(SchoolReferenceLoader.class);
    private static final int COLUMNS = 6;
    private static final int WITH_SHORT_CODE = 7;
    private static final Pattern SHORT_CODE = Pattern.compile(School.SHORT_CODE_PATTERN);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Resource source;
    private final Clock clock;

    public SchoolReferenceLoader(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            @Value("${casebridge.reference.schools:classpath:reference/schools.csv}") Resource source,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.source = source;
        this.clock = clock;
    }

    @PostConstruct
    void load() {
        List<School> schools = read();
        Timestamp now = Timestamp.from(clock.instant());
        transactions.executeWithoutResult(status -> schools.forEach(school -> jdbc.update(
                """
                INSERT INTO school (urn, name, local_authority_code, local_authority_name, force_code, force_name,
                                    short_code, loaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (urn) DO UPDATE SET name = excluded.name,
                    local_authority_code = excluded.local_authority_code,
                    local_authority_name = excluded.local_authority_name,
                    force_code = excluded.force_code, force_name = excluded.force_name,
                    short_code = excluded.short_code, loaded_at = excluded.loaded_at
                """,
                school.urn(),
                school.name(),
                school.localAuthorityCode(),
                school.localAuthorityName(),
                school.forceCode(),
                school.forceName(),
                school.shortCode(),
                now)));
        log.info("Loaded {} schools from {}", schools.size(), source.getDescription());
    }

    private List<School> read() {
        List<SchoolReference> rows;
        try (InputStream in = source.getInputStream()) {
            rows = SchoolReferenceFile.read(in, source.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the school reference data " + source.getDescription(), e);
        }
        return rows.stream().map(this::school).toList();
    }

    /** A school referrals can be routed by: six or seven columns, a force code, a short code of the right shape. */
    private School school(SchoolReference row) {
        if ((row.columns() != COLUMNS && row.columns() != WITH_SHORT_CODE)
                || row.forceCode().isEmpty()) {
            throw new IllegalStateException("Line " + row.line() + " of " + source.getDescription() + " needs "
                    + COLUMNS + " or " + WITH_SHORT_CODE + " columns with a URN and a force code");
        }
        if (row.shortCode() != null && !SHORT_CODE.matcher(row.shortCode()).matches()) {
            throw new IllegalStateException("Line " + row.line() + " of " + source.getDescription()
                    + " has a short code that is not 2 to 8 capital letters or digits");
        }
        return new School(
                row.urn(),
                row.name(),
                row.localAuthorityCode(),
                row.localAuthorityName(),
                row.forceCode(),
                row.forceName(),
                row.shortCode());
    }
}
