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

    private ReportAnswers() {}
}
