package org.casebridge.events.agency;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * The outcome of the allegation the LADO managed, as KCSIE Part 4 defines them (ADR 0055).
 *
 * @param caseId     the case
 * @param schoolUrn  the referring school
 * @param agencyId   the LADO
 * @param outcome    SUBSTANTIATED, UNSUBSTANTIATED, UNFOUNDED, FALSE or MALICIOUS
 * @param recordedAt when
 */
@EventType("org.casebridge.agency.allegation-outcome-recorded.v1")
public record AllegationOutcomeRecordedEvent(
        String caseId, String schoolUrn, String agencyId, String outcome, Instant recordedAt) implements AgencyEvent {}
