package org.casebridge.events;

import org.casebridge.events.police.PoliceEvent;
import org.casebridge.events.school.SchoolEvent;

/**
 * An event one context publishes for the others. Records only; never names, dates of birth, pupil numbers or
 * free text that could carry them: children appear by pseudonymous ref ("child-1").
 */
public sealed interface IntegrationEvent permits SchoolEvent, PoliceEvent {

    /** The case the event belongs to; it is the Kafka key and the CloudEvents subject. */
    String caseId();
}
