package org.casebridge.events.police;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A force reclassified the crime it recorded (HOCR section B style). Codes only: the reason and the crime reference
 * stay with the police.
 *
 * @param caseId             the case
 * @param forceCode          the force
 * @param fromClassification the classification before, {@code 86/02} or {@code 86/10}
 * @param toClassification   the classification now
 * @param reclassifiedAt     when
 */
@EventType("org.casebridge.police.crime-reclassified.v1")
public record CrimeReclassifiedEvent(
        String caseId, String forceCode, String fromClassification, String toClassification, Instant reclassifiedAt)
        implements PoliceEvent {}
