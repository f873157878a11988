package org.casebridge.police.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.platform.reference.PlaceNames;
import org.casebridge.police.strategy.command.Participant;
import org.springframework.stereotype.Component;

/** How the police pages write times and codes, for templates as {@code ${@policeText.when(...)}}. */
@Component("policeText")
public class PoliceText {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final PlaceNames places;

    public PoliceText(PlaceNames places) {
        this.places = places;
    }

    /**
     * Who a meeting participant is, as an officer reads it: "School: Clapton Park Academy", "Children's social care:
     * Hackney", each organisation by its name after its kind.
     */
    public String participant(Participant participant) {
        return PortalOption.label(participant.type().name()) + ": " + organisation(participant);
    }

    /**
     * The participant's organisation alone: a school by its name, a force by its name, an agency named by its area
     * ("Hackney") by the area's name; anything the reference data does not know by its code.
     */
    public String organisation(Participant participant) {
        String code = participant.organisation();
        return switch (participant.type()) {
            case SCHOOL -> places.knownSchool(code).orElse(code);
            case POLICE -> places.force(code);
            default -> places.area(code);
        };
    }

    /** "1 March 2011"; empty for none. */
    public String day(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(date);
    }

    /** "28 November 2026 at 9:15am", in UK time; empty for none. */
    public String when(Instant instant) {
        return instant == null
                ? ""
                : WHEN.format(instant.atZone(UK)).replace("AM", "am").replace("PM", "pm");
    }

    /** "28 November 2026", in UK time. */
    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(UK));
    }

    /**
     * A code as words ({@link PoliceWords}): OUTCOME_21 becomes "Outcome 21: further investigation not in the public
     * interest", COERCION_OR_BLACKMAIL "Coercion or blackmail".
     */
    public String label(String code) {
        return PoliceWords.of(code);
    }

    /** What a strategy action is, in words, from its code ({@code OTHER}'s words for a code this version lacks). */
    public String actionType(String code) {
        return StrategyActionType.ofCode(code).title();
    }

    /** Hours as "less than an hour", "3 hours", "2 days 4 hours". */
    public String age(long hours) {
        if (hours < 1) {
            return "less than an hour";
        }
        if (hours < 24) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        long days = hours / 24;
        long rest = hours % 24;
        return days + (days == 1 ? " day" : " days") + (rest == 0 ? "" : " " + rest + (rest == 1 ? " hour" : " hours"));
    }
}
