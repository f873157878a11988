package org.casebridge.notification.report;

import java.util.List;

/** The figures of the partnership report, in the order the report shows them, with their categories. */
public enum PartnershipMeasure {
    /** Incidents a school reported, by the month of the report (ADR 0067). */
    REPORTED("Incidents reported", List.of(PartnershipMeasure.ALL)),
    /** Cases a school referred to the police and/or children's social care, by the month of the referral. */
    REFERRED("Incidents referred", List.of(PartnershipMeasure.ALL)),
    /** Cases a school closed as handled in school, by the month of the closure (ADR 0067). */
    HANDLED_IN_SCHOOL("Incidents handled in school", List.of(PartnershipMeasure.ALL)),
    /** Police outcomes assigned, by Home Office outcome: 21, 22 or any other. */
    OUTCOME("Police outcomes", List.of("21", "22", "OTHER")),
    /** Aggravating factors the police found, one count per factor per assessment; categories as found. */
    AGGRAVATING_FACTOR("Aggravating factors found", List.of()),
    /** The school's initial review held by the time set for the school: met, or missed (ADR 0067). */
    INITIAL_REVIEW("Initial review held in time", List.of("MET", "MISSED")),
    /** The police's strategy meeting held by the time it was due: met, or missed (ADR 0067). */
    STRATEGY_MEETING("Strategy meeting held in time", List.of("MET", "MISSED")),
    /** Children's social care's one-working-day acknowledgement of a referral: met, or missed (overdue). */
    CSC_ACKNOWLEDGEMENT("Children's social care acknowledgement within one working day", List.of("MET", "MISSED")),
    /**
     * The LADO's one-working-day acknowledgement of a referral: met, or missed (overdue on the LADO's clock, ADR 0065),
     * counted from the agency cases as CSC_ACKNOWLEDGEMENT is.
     */
    LADO_ACKNOWLEDGEMENT("LADO acknowledgement within one working day", List.of("MET", "MISSED"));

    /** The category of a measure that has no categories. */
    public static final String ALL = "ALL";

    private final String title;
    private final List<String> categories;

    PartnershipMeasure(String title, List<String> categories) {
        this.title = title;
        this.categories = categories;
    }

    public String title() {
        return title;
    }

    /** The categories always shown, even at 0; empty when the categories are whatever was found. */
    public List<String> categories() {
        return categories;
    }
}
