package org.casebridge.events;

/** Kafka topics of the published language: one per producing context, keyed by case id. */
public final class Topics {

    /** Integration events published by case-service (the school context). */
    public static final String SCHOOL_EVENTS = "casebridge.school.events";

    /** Integration events published by police-liaison-service (the police context). */
    public static final String POLICE_EVENTS = "casebridge.police.events";

    private Topics() {
    }
}
