package org.casebridge.notification.report;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts an event adds to {@code partnership_count}, kept until the event has been handled and then added to its
 * batch's, which are written when the batch's unit of work prepares its commit: one upsert a row however many of the
 * batch's events count there, and the rows in one order (area, month, measure, category) in every transaction. Both
 * segments of the group count into the same rows of a month and area; written as each event came, two batches took
 * those rows' locks in opposite orders and PostgreSQL broke the deadlock by failing one (ADR 0097). An event whose
 * handler fails adds nothing, as its savepoint's statements are rolled back.
 */
final class PartnershipCounts {

    private static final String BATCH = PartnershipCounts.class.getName() + ".batch";

    /** A row of {@code partnership_count}. */
    record Row(String area, LocalDate month, String measure, String category) {
        static final Comparator<Row> ORDER = Comparator.comparing(Row::area)
                .thenComparing(Row::month)
                .thenComparing(Row::measure)
                .thenComparing(Row::category);
    }

    private final Map<Row, Integer> counts = new TreeMap<>(Row.ORDER);

    void add(String area, LocalDate month, String measure, String category) {
        counts.merge(new Row(area, month, measure, category), 1, Integer::sum);
    }

    /** Adds these counts to the current batch's, or writes them at once when no unit of work is running. */
    void addToBatch(JdbcTemplate jdbc) {
        if (counts.isEmpty()) {
            return;
        }
        if (!CurrentUnitOfWork.isStarted()) {
            write(jdbc);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        PartnershipCounts batchCounts = batch.getOrComputeResource(BATCH, key -> {
            PartnershipCounts created = new PartnershipCounts();
            batch.onPrepareCommit(unitOfWork -> created.write(jdbc));
            return created;
        });
        counts.forEach((row, count) -> batchCounts.counts.merge(row, count, Integer::sum));
    }

    private void write(JdbcTemplate jdbc) {
        counts.forEach((row, count) ->
                jdbc.update("""
                INSERT INTO partnership_count (local_authority_code, month, measure, category, count)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (local_authority_code, month, measure, category)
                DO UPDATE SET count = partnership_count.count + EXCLUDED.count""", row.area(), Date.valueOf(row.month()), row.measure(), row.category(), count));
    }
}
