package org.casebridge.events.agency;

/** The topic notification-service publishes what the agencies it hosts did, and its CloudEvents source. */
public final class AgencyTopic {

    /** Integration events published by notification-service for the agencies (ADR 0022). */
    public static final String AGENCY_EVENTS = "casebridge.agency.events";

    /** The CloudEvents source of notification-service, the only publisher on {@link #AGENCY_EVENTS}. */
    public static final String AGENCY_SOURCE = "/casebridge/notification-service";

    private AgencyTopic() {}
}
