package org.casebridge.police.portal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebridge.platform.portal.PortalOption;

/**
 * The words an officer reads for the codes of an escalation, written once (ADR 0026, "Where the words live"; ADR
 * 0049): outcomes, aggravating factors, crime classifications, statuses and roles. Used by
 * {@link PoliceText} ({@code @policeText.label}) and the escalation's timeline; a code without words here reads as
 * {@link PortalOption#label} makes it.
 */
public final class PoliceWords {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("OUTCOME_21", "Outcome 21: further investigation not in the public interest"),
            Map.entry(
                    "OUTCOME_22",
                    "Outcome 22: diversionary, educational or intervention activity, no further action in the public"
                            + " interest"),
            Map.entry("CHARGE", "Charge or summons"),
            Map.entry("CAUTION", "Youth caution"),
            Map.entry("ADULT_CAUTION", "Adult caution"),
            Map.entry("COMMUNITY_RESOLUTION", "Community resolution"),
            Map.entry("NO_FURTHER_ACTION", "No further action"),
            Map.entry("TAKE_MAKE_DISTRIBUTE", "Taking, making or distributing indecent images of children (86/02)"),
            Map.entry("POSSESSION", "Possession of indecent images of children (86/10)"),
            Map.entry("86/02", "Taking, making or distributing indecent images of children (86/02)"),
            Map.entry("86/10", "Possession of indecent images of children (86/10)"),
            Map.entry("PARENTS_OR_CARERS", "Parents or carers"),
            Map.entry("SCHOOL", "The school"),
            Map.entry("SENT_BACK", "Sent back"),
            Map.entry("POLICE_IN_CONTROL", "The police take control"),
            Map.entry("SUPPORT_VICTIMS_AND_ASSIST_SCHOOL", "The police support the children and assist the school"));

    private PoliceWords() {}

    /** The words for a code: "OUTCOME_21" reads "Outcome 21: further investigation not in the public interest". */
    public static String of(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return WORDS.getOrDefault(code, PortalOption.label(code));
    }

    /** The words for several codes, joined with commas. */
    public static String all(Collection<String> codes) {
        List<String> words = codes.stream().map(PoliceWords::of).toList();
        return words.stream().collect(Collectors.joining(", "));
    }
}
