package org.casebridge.cases.incident.query;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebridge.cases.words.CodeWords;

/**
 * The police outcome of a case, read from the line the police's {@code outcome-assigned} left on it: the outcome's code,
 * and words a DSL reads. Lines stored before ADR 0049 read "Outcome OUTCOME_21 (HO 21)"; later ones are already words
 * ("Outcome 21: further investigation not in the public interest (Home Office outcome code 21)"). Both give the code.
 *
 * @param code  the police's outcome code, for example {@code OUTCOME_21}; null when the line names none
 * @param words what it means, with the Home Office outcome number where there is one
 */
public record PoliceOutcome(String code, String words) {

    private static final Pattern CODED_LINE = Pattern.compile("^Outcome ([A-Z][A-Z0-9_]*)(?: \\(HO (\\d+)\\))?");

    private static final List<String> OUTCOMES = List.of(
            "OUTCOME_21",
            "OUTCOME_22",
            "CHARGE",
            "CAUTION",
            "ADULT_CAUTION",
            "COMMUNITY_RESOLUTION",
            "NO_FURTHER_ACTION");

    /** The outcome a stored line names; null for no line. A line in no known form keeps its words and no code. */
    static PoliceOutcome of(String line) {
        if (line == null) {
            return null;
        }
        Matcher matcher = CODED_LINE.matcher(line);
        if (matcher.find()) {
            String code = matcher.group(1);
            String words = CodeWords.of(code);
            return new PoliceOutcome(
                    code,
                    matcher.group(2) == null ? words : words + " (Home Office outcome code " + matcher.group(2) + ")");
        }
        for (String code : OUTCOMES) {
            if (line.startsWith(CodeWords.of(code))) {
                return new PoliceOutcome(code, line);
            }
        }
        return new PoliceOutcome(null, line);
    }
}
