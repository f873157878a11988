package org.casebridge.cases.incident.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.cases.incident.query.CaseDetailView;
import org.casebridge.cases.words.CodeWords;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.portal.PortalOption;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The words the DSL reads for each code of the case ({@link CodeWords}, shared with the timeline), and the options of
 * each question. Templates use it as {@code @caseText}.
 */
@Component("caseText")
public class CaseText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The criteria met, as a phrase: "an adult is involved and a child is at immediate risk of harm". */
    public String criteriaMet(Collection<String> codes) {
        return CodeWords.criteriaMet(codes);
    }

    /** The words for a code, or the code itself when it has none. */
    public String of(String code) {
        return code == null ? "" : CodeWords.of(code);
    }

    static String words(String code) {
        return CodeWords.of(code);
    }

    /** The words for several codes, joined with commas. */
    public String all(Collection<String> codes) {
        List<String> given = codes == null
                ? List.of()
                : codes.stream().filter(code -> code != null && !code.isBlank()).toList();
        return given.isEmpty() ? "None" : given.stream().map(this::of).collect(Collectors.joining(", "));
    }

    /** Codes inside a sentence: "the LADO, the headteacher and the police". */
    public String phrase(Collection<String> codes) {
        return CodeWords.phrase(codes);
    }

    /** A day as people write it: "31 December 2037". */
    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String time(Instant instant) {
        return PortalDates.shown(instant);
    }

    /**
     * The force's legal hold on its escalation of the case (ADR 0089) as the DSL reads it: who placed it and when, and
     * once lifted who lifted it and when; never why, which stays with the police. Empty when the force never held it.
     */
    public String policeLegalHold(CaseDetailView.@Nullable PoliceLegalHold hold) {
        if (hold == null) {
            return "";
        }
        String placed = "The police (" + force(hold.forceName(), hold.forceCode()) + ") placed a legal hold on their"
                + " record of this case on " + PortalDates.shown(hold.placedAt());
        if (hold.held()) {
            return placed + ". While it lasts the children's personal details are not erased, by Casebridge's retention"
                    + " or by you; ask the force about it, as it keeps the reason.";
        }
        return placed + "; the police (" + force(hold.liftedByForceName(), hold.liftedByForceCode()) + ") lifted it on "
                + PortalDates.shown(hold.liftedAt()) + ".";
    }

    private static String force(@Nullable String name, @Nullable String code) {
        if (code == null) {
            return "the force";
        }
        return name == null || name.equals(code) ? code : name + ", " + code;
    }

    /** The criteria for immediate referral as statements to tick, such as "An adult is involved". */
    static List<PortalOption> criteriaOptions() {
        return Arrays.stream(Criterion.values())
                .map(criterion -> {
                    String met = CodeWords.criteriaMet(List.of(criterion));
                    return new PortalOption(criterion.name(), Character.toUpperCase(met.charAt(0)) + met.substring(1));
                })
                .toList();
    }

    static List<PortalOption> options(Enum<?>[] values) {
        return Arrays.stream(values)
                .map(value -> new PortalOption(value.name(), CodeWords.of(value.name())))
                .toList();
    }
}
