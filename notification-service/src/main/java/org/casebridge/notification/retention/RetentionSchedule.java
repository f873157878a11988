package org.casebridge.notification.retention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * How long the payloads of received events and of deliveries are kept after the event occurred, from reference data
 * ({@code casebridge.reference.retention}, ADR 0069). The service refuses to start without both rows, with another
 * anchor, or with a period of no time.
 */
@Component
public class RetentionSchedule {

    static final String RECEIVED = "RECEIVED_EVENT_PAYLOAD";
    static final String DELIVERED = "DELIVERY_PAYLOAD";
    private static final String ANCHOR = "EVENT_OCCURRED";
    private static final int COLUMNS = 4;

    private final Period received;
    private final Period delivered;

    public RetentionSchedule(
            @Value("${casebridge.reference.retention:classpath:reference/retention-schedules.csv}") Resource source) {
        List<String[]> rows = read(source);
        this.received = periodOf(rows, RECEIVED, source.getDescription());
        this.delivered = periodOf(rows, DELIVERED, source.getDescription());
    }

    /** How long a received event's payload is kept after the event occurred. */
    public Period receivedEvents() {
        return received;
    }

    /** How long a delivery's payload is kept after its event occurred. */
    public Period deliveries() {
        return delivered;
    }

    /** How the schedule reads in a rationale. */
    public String description() {
        return "copies of received events kept " + words(received) + " and of deliveries " + words(delivered)
                + " after the event, ADR 0069";
    }

    private static String words(Period period) {
        if (period.getMonths() == 0 && period.getDays() == 0) {
            return period.getYears() == 1 ? "1 year" : period.getYears() + " years";
        }
        return period.toString();
    }

    private static List<String[]> read(Resource source) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("record,"))
                    .map(line -> line.split(",", COLUMNS))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The retention schedule " + source.getDescription() + " is unreadable", e);
        }
    }

    private static Period periodOf(List<String[]> rows, String record, String source) {
        String[] row = rows.stream()
                .filter(columns -> columns.length == COLUMNS && record.equals(columns[0]))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("The retention schedule " + source + " has no " + record + " row"));
        if (!ANCHOR.equals(row[2])) {
            throw new IllegalStateException(
                    "The retention schedule " + source + " must keep " + record + " from " + ANCHOR);
        }
        Period period = Period.parse(row[1].strip());
        if (period.isNegative() || period.isZero()) {
            throw new IllegalStateException("The retention schedule " + source + " keeps " + record + " no time");
        }
        return period;
    }
}
