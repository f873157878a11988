package org.casebridge.notification.retention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.casebridge.notification.referral.command.AllegationOutcome;
import org.casebridge.notification.referral.command.AllegationRetention;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * How long the payloads of received events and of deliveries are kept after the event occurred (ADR 0069), and the
 * free text of the LADO's record of an allegation after its outcome, by outcome (ADR 0075) and, for a false or malicious
 * one, with the adults' consent to keep it (ADR 0084), from reference data ({@code casebridge.reference.retention}).
 * The service refuses to start without every row, with another anchor, with a copy kept no time, with a negative
 * period (an allegation's record may be removed the day it is concluded), or with a consented record kept no time.
 */
@Component
public class RetentionSchedule implements AllegationRetention.Periods {

    static final String RECEIVED = "RECEIVED_EVENT_PAYLOAD";
    static final String DELIVERED = "DELIVERY_PAYLOAD";
    static final String ALLEGATION = "LADO_ALLEGATION_";
    private static final String ANCHOR = "EVENT_OCCURRED";
    private static final String OUTCOME_ANCHOR = "ALLEGATION_OUTCOME";
    private static final int COLUMNS = 4;

    private final Period received;
    private final Period delivered;
    private final Map<AllegationOutcome, Period> allegations = new EnumMap<>(AllegationOutcome.class);
    private final Map<AllegationOutcome, Period> consented = new EnumMap<>(AllegationOutcome.class);

    public RetentionSchedule(
            @Value("${casebridge.reference.retention:classpath:reference/retention-schedules.csv}") Resource source) {
        List<String[]> rows = read(source);
        this.received = periodOf(rows, RECEIVED, source.getDescription());
        this.delivered = periodOf(rows, DELIVERED, source.getDescription());
        for (AllegationOutcome outcome : AllegationOutcome.values()) {
            String record = ALLEGATION + outcome.name();
            Period period = periodOf(rows, record, OUTCOME_ANCHOR, source.getDescription());
            if (period.isNegative()) {
                throw new IllegalStateException("The retention schedule " + source.getDescription() + " keeps " + record
                        + " less than no time");
            }
            allegations.put(outcome, period);
        }
        for (AllegationOutcome outcome : List.of(AllegationOutcome.FALSE, AllegationOutcome.MALICIOUS)) {
            String record = AllegationRetention.record(outcome, true);
            Period period = periodOf(rows, record, OUTCOME_ANCHOR, source.getDescription());
            if (period.isNegative() || period.isZero()) {
                throw new IllegalStateException(
                        "The retention schedule " + source.getDescription() + " keeps " + record + " no time");
            }
            consented.put(outcome, period);
        }
    }

    /**
     * How long the free text of the LADO's record of an allegation with this outcome is kept after the day the outcome
     * was recorded (UK time): no time for a false or malicious one removed once concluded; with {@code consented} (every
     * adult consented to keeping the record of a false or malicious one, ADR 0084) its own row's period.
     */
    @Override
    public Period allegation(AllegationOutcome outcome, boolean consented) {
        Period withConsent = consented ? this.consented.get(outcome) : null;
        return withConsent != null ? withConsent : allegations.get(outcome);
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
        Period period = periodOf(rows, record, ANCHOR, source);
        if (period.isNegative() || period.isZero()) {
            throw new IllegalStateException("The retention schedule " + source + " keeps " + record + " no time");
        }
        return period;
    }

    private static Period periodOf(List<String[]> rows, String record, String anchor, String source) {
        String[] row = rows.stream()
                .filter(columns -> columns.length == COLUMNS && record.equals(columns[0]))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("The retention schedule " + source + " has no " + record + " row"));
        if (!anchor.equals(row[2])) {
            throw new IllegalStateException(
                    "The retention schedule " + source + " must keep " + record + " from " + anchor);
        }
        return Period.parse(row[1].strip());
    }
}
