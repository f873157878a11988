package org.casebridge.cases.incident.portal;

import java.util.Map;

/** Answers to the report's pages that several portal tests give the same way. */
final class ReportAnswers {

    /** "How did it come to light": found by staff on 20 November 2026 at 9:15. */
    static final Map<String, String> DISCOVERED_BY_STAFF = Map.of(
            "how", "DISCOVERED_BY_STAFF",
            "cameToLight-day", "20",
            "cameToLight-month", "11",
            "cameToLight-year", "2026",
            "cameToLight-time", "9:15");

    /** "The imagery": semi-nude, sent to one recipient, not online, not on a school device. */
    static final Map<String, String> SEMI_NUDE_TO_ONE_RECIPIENT =
            Map.of("imagery", "SEMI_NUDE", "spread", "ONE_RECIPIENT", "internet", "no", "schoolDevice", "no");

    /** "The initial review" held on 20 November 2026, no criterion met unless an adult is involved ("yes"). */
    static Map<String, String> initialReview(String adultInvolved) {
        return Map.ofEntries(
                Map.entry("heldAt-day", "20"),
                Map.entry("heldAt-month", "11"),
                Map.entry("heldAt-year", "2026"),
                Map.entry("heldAt-time", "11:00"),
                Map.entry("attendees", "A. Kaur, DSL\nB. Jones, Head of Year 10"),
                Map.entry("ADULT_INVOLVED", adultInvolved),
                Map.entry("COERCION_OR_GROOMING_OR_CAPACITY", "no"),
                Map.entry("UNUSUAL_OR_VIOLENT_ACTS", "no"),
                Map.entry("UNDER_13_SEXUAL_ACTS", "no"),
                Map.entry("IMMEDIATE_RISK_OF_HARM", "no"),
                Map.entry("viewingNeeded", "no"),
                Map.entry("otherSchoolsInvolved", "no"),
                Map.entry("informParents", "yes"));
    }

    private ReportAnswers() {}
}
