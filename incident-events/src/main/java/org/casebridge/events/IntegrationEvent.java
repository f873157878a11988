package org.casebridge.events;

/**
 * An event one context publishes for the others. Records only; never names, dates of birth, pupil numbers or
 * free text that could carry them: children appear by pseudonymous ref ("child-1"). Each producing context
 * has a sealed sub-interface ({@code SchoolEvent}, {@code PoliceEvent}) listing its records.
 */
public interface IntegrationEvent {

    /** The case the event belongs to; it is the Kafka key and the CloudEvents subject. */
    String caseId();
}
