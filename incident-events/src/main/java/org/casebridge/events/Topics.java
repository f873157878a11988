package org.casebridge.events;

/**
 * Kafka topics of the published language: one per producing context, keyed by case id. Each topic has one owner,
 * named by the CloudEvents {@code source} of its events (see {@code registry.TopicOwners}); consumers refuse
 * anything else (ADR 0014).
 */
public final class Topics {

    /** Integration events published by case-service (the school context). */
    public static final String SCHOOL_EVENTS = "casebridge.school.events";

    /** Integration events published by police-liaison-service (the police context). */
    public static final String POLICE_EVENTS = "casebridge.police.events";

    /** The CloudEvents source of case-service, the only publisher on {@link #SCHOOL_EVENTS}. */
    public static final String SCHOOL_SOURCE = "/casebridge/case-service";

    /** The CloudEvents source of police-liaison-service, the only publisher on {@link #POLICE_EVENTS}. */
    public static final String POLICE_SOURCE = "/casebridge/police-liaison-service";

    private Topics() {}
}
