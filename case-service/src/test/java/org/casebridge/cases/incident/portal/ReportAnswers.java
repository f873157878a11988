package org.casebridge.cases.incident.portal;

import java.util.HashMap;
import java.util.Map;

/** Answers to the report's pages that several portal tests give the same way. */
public final class ReportAnswers {

    /** "How did it come to light": found by staff on 20 November 2026 at 9:15. */
    public static final Map<String, String> DISCOVERED_BY_STAFF = Map.of(
            "how", "DISCOVERED_BY_STAFF",
            "cameToLight-day", "20",
            "cameToLight-month", "11",
            "cameToLight-year", "2026",
            "cameToLight-time", "9:15");

    /** "The imagery": semi-nude, sent to one recipient, not online, not on a school device. */
    public static final Map<String, String> SEMI_NUDE_TO_ONE_RECIPIENT =
            Map.of("imagery", "SEMI_NUDE", "spread", "ONE_RECIPIENT", "internet", "no", "schoolDevice", "no");

    /** "Child 1": aged 15, Year 10, pictured, another child to add. */
    public static final Map<String, String> FIRST_CHILD =
            Map.of("child1-age", "15", "child1-year", "Year 10", "child1-roles", "PICTURED", "child1-another", "yes");

    /** "Child 2": aged 15, Year 10, received the imagery, no other child. */
    public static final Map<String, String> SECOND_CHILD =
            Map.of("child2-age", "15", "child2-year", "Year 10", "child2-roles", "RECEIVED", "child2-another", "no");

    /** "Child 1" as {@link #FIRST_CHILD}, named Amira Hussain, born 14 March 2011, with a UPN; another child or not. */
    public static Map<String, String> namedFirstChild(String another) {
        Map<String, String> answers = new HashMap<>(FIRST_CHILD);
        answers.putAll(Map.of("child1-given", "Amira", "child1-family", "Hussain", "child1-upn", "H801200001001"));
        answers.putAll(Map.of("child1-dob-day", "14", "child1-dob-month", "3", "child1-dob-year", "2011"));
        answers.put("child1-another", another);
        return answers;
    }

    /** "A device": child-2's black smartphone, confiscated by B. Jones and kept in the head's safe. */
    public static final Map<String, String> SMARTPHONE_IN_THE_HEADS_SAFE = Map.of(
            "description",
            "Black smartphone",
            "owner",
            "child-2",
            "confiscatedBy",
            "B. Jones",
            "storedWhere",
            "Head's safe");

    /** "The initial review" held on 20 November 2026, no criterion met unless an adult is involved ("yes"). */
    public static Map<String, String> initialReview(String adultInvolved) {
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
