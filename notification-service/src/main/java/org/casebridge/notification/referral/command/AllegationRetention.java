package org.casebridge.notification.referral.command;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How long the LADO's record of an allegation is kept (KCSIE Part 4, ADR 0075, ADR 0084), computed in one place for
 * the retention job and the pages: the outcome's period after the day it was recorded, from reference data; for an
 * allegation that was not false or malicious, or one whose every adult consented to its keeping, until the latest
 * normal pension age the LADO recorded when that comes later. The record is kept through {@code lastDay} and erased by
 * the first nightly run after it.
 */
public final class AllegationRetention {

    private static final String RECORD = "LADO_ALLEGATION_";
    private static final String CONSENTED = "_CONSENTED";

    private AllegationRetention() {}

    /** The retention schedule's periods of the LADO's records (reference data). */
    public interface Periods {

        /** The period after the outcome's day for this outcome, with or without the adults' consent to keep it. */
        Period allegation(AllegationOutcome outcome, boolean consented);
    }

    /**
     * An adult of the allegation as retention sees them: the normal pension age the LADO recorded ({@code null} when
     * not known or not recorded) and whether their consent to keep the record stands.
     */
    public record Adult(String ref, LocalDate pensionAgeOn, boolean consented) {}

    /**
     * Until when the record is kept and why: {@code record} is the schedule's row, {@code why} says it in words for
     * the page and the erasure's reason.
     */
    public record KeptUntil(LocalDate lastDay, String record, String why) {}

    /** The schedule's row of an allegation with this outcome, with or without the adults' consent. */
    public static String record(AllegationOutcome outcome, boolean consented) {
        return RECORD + outcome.name() + (consented ? CONSENTED : "");
    }

    public static KeptUntil keptUntil(
            Periods periods, AllegationOutcome outcome, LocalDate outcomeOn, List<Adult> adults) {
        boolean removable = outcome == AllegationOutcome.FALSE || outcome == AllegationOutcome.MALICIOUS;
        boolean consented = removable && !adults.isEmpty() && adults.stream().allMatch(Adult::consented);
        Period period = periods.allegation(outcome, consented);
        LocalDate afterOutcome = outcomeOn.plus(period);
        String kind = outcome.name().toLowerCase(Locale.ROOT);
        if (removable && !consented) {
            return new KeptUntil(
                    afterOutcome,
                    record(outcome, false),
                    "the LADO's record of " + kind + " allegations is removed once concluded"
                            + (period.isZero() ? "" : ", " + words(period) + " after the outcome")
                            + ", unless the adult consents to its keeping, KCSIE Part 4");
        }
        String base = consented
                ? "kept with the consent of " + refs(adults) + ", as an unfounded allegation's"
                : "the LADO's record of " + kind + " allegations";
        Optional<Adult> latest = adults.stream()
                .filter(adult -> adult.pensionAgeOn() != null)
                .max(Comparator.comparing(Adult::pensionAgeOn));
        List<String> unknown = adults.stream()
                .filter(adult -> adult.pensionAgeOn() == null)
                .map(Adult::ref)
                .toList();
        String notKnown = unknown.isEmpty()
                ? ""
                : "; normal pension age not known for " + String.join(", ", unknown) + ", so " + words(period)
                        + " apply to them";
        if (latest.isPresent() && latest.get().pensionAgeOn().isAfter(afterOutcome)) {
            return new KeptUntil(
                    latest.get().pensionAgeOn(),
                    record(outcome, consented),
                    base + ": until " + latest.get().ref() + "'s normal pension age, later than " + words(period)
                            + " after the outcome" + notKnown + ", KCSIE Part 4");
        }
        return new KeptUntil(
                afterOutcome,
                record(outcome, consented),
                base + ": " + words(period) + " after the outcome"
                        + (latest.isPresent() ? ", later than the normal pension age recorded" : "") + notKnown
                        + ", KCSIE Part 4");
    }

    private static String refs(List<Adult> adults) {
        List<String> refs = new ArrayList<>();
        adults.forEach(adult -> refs.add(adult.ref()));
        return String.join(", ", refs);
    }

    private static String words(Period period) {
        if (period.getMonths() == 0 && period.getDays() == 0) {
            return period.getYears() == 1 ? "1 year" : period.getYears() + " years";
        }
        return period.toString();
    }
}
