package org.casebridge.cases.retention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The retention period of a school's child protection record, from reference data ({@code
 * casebridge.reference.retention}): the youngest child's date of birth + 25 years (IRMS toolkit for schools, KCSIE),
 * kept to the end of that year. The date is computed from the years of birth alone and stored in clear beside the case
 * key, so the erasure job needs no identity to decide, and the stored date reveals no more than a year.
 */
@Component
public class RetentionSchedule {

    private static final String KIND = "SCHOOL";
    private static final String RECORD = "CHILD_PROTECTION_RECORD";
    private static final String ANCHOR = "YOUNGEST_CHILD_DATE_OF_BIRTH";
    private static final String ROUNDING = "END_OF_YEAR";
    private static final int COLUMNS = 6;

    private final int years;

    public RetentionSchedule(
            @Value("${casebridge.reference.retention:classpath:reference/retention-schedules.csv}") Resource source) {
        this.years = yearsOf(read(source), source.getDescription());
    }

    /** How the schedule reads in a rationale or on a page. */
    public String description() {
        return "school child protection record: date of birth + " + years + " years";
    }

    /**
     * The last day the personal details are kept: 31 December of the youngest child's year of birth + the period.
     *
     * @param yearsOfBirth the years of birth of the case's children, at least one
     */
    public LocalDate keepUntil(Collection<Integer> yearsOfBirth) {
        int youngest = yearsOfBirth.stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElseThrow(() -> new IllegalArgumentException("A retention date needs a year of birth"));
        return LocalDate.of(youngest + years, 12, 31);
    }

    /**
     * The latest year a child of {@code age} in {@code year} can have been born in, for a child whose date of birth is
     * not on file: later than the real year or equal to it, so the record is never erased early.
     */
    public static int latestYearOfBirth(int age, int year) {
        return year - age;
    }

    private static List<String[]> read(Resource source) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("kind,"))
                    .map(line -> line.split(",", COLUMNS))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The retention schedule " + source.getDescription() + " is unreadable", e);
        }
    }

    private static int yearsOf(List<String[]> rows, String source) {
        String[] row = rows.stream()
                .filter(columns -> columns.length == COLUMNS && KIND.equals(columns[0]) && RECORD.equals(columns[1]))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("The retention schedule " + source + " has no " + RECORD + " row"));
        if (!ANCHOR.equals(row[3]) || !ROUNDING.equals(row[4])) {
            throw new IllegalStateException("The retention schedule " + source + " must keep a " + RECORD + " from "
                    + ANCHOR + " to the " + ROUNDING);
        }
        int years = Integer.parseInt(row[2].strip());
        if (years < 1) {
            throw new IllegalStateException("The retention schedule " + source + " keeps a record no time at all");
        }
        return years;
    }
}
