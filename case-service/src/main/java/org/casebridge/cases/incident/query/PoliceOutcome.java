package org.casebridge.cases.incident.query;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The police outcome of a case, read from the line the police's {@code outcome-assigned} left on it ("Outcome
 * OUTCOME_21 (HO 21)", the only form {@code PoliceUpdates} ever wrote): the outcome's code, and words a DSL reads.
 *
 * @param code  the police's outcome code, for example {@code OUTCOME_21}; null when the line names none
 * @param words what it means, with the Home Office outcome number where there is one
 */
public record PoliceOutcome(String code, String words) {

    private static final Pattern LINE = Pattern.compile("^Outcome ([A-Z][A-Z0-9_]*)(?: \\(HO (\\d+)\\))?");

    private static final Map<String, String> WORDS = Map.of(
            "OUTCOME_21", "Outcome 21: further investigation is not in the public interest (a police decision)",
            "OUTCOME_22",
                    "Outcome 22: diversionary, educational or intervention activity; no further action is in the"
                            + " public interest",
            "CHARGE", "Charged",
            "CAUTION", "Youth caution",
            "ADULT_CAUTION", "Adult caution",
            "COMMUNITY_RESOLUTION", "Community resolution",
            "NO_FURTHER_ACTION", "No further action");

    /** The outcome a stored line names; null for no line. A line in no known form keeps its words and no code. */
    static PoliceOutcome of(String line) {
        if (line == null) {
            return null;
        }
        Matcher matcher = LINE.matcher(line);
        if (!matcher.find()) {
            return new PoliceOutcome(null, line);
        }
        String code = matcher.group(1);
        String words = WORDS.getOrDefault(code, line);
        return new PoliceOutcome(
                code, matcher.group(2) == null ? words : words + " (Home Office outcome " + matcher.group(2) + ")");
    }
}
