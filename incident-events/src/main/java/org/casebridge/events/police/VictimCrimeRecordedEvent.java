package org.casebridge.events.police;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A force recorded a crime of its own for a further victim of the case (HOCR: one crime per victim). Recording is not
 * a criminal record. No crime reference crosses.
 *
 * @param caseId         the case
 * @param forceCode      the force
 * @param victimRef      pseudonymous child ref of the victim
 * @param classification the HOCR classification, {@code 86/02} or {@code 86/10}
 * @param recordedAt     when the crime was recorded
 */
@EventType("org.casebridge.police.victim-crime-recorded.v1")
public record VictimCrimeRecordedEvent(
        String caseId, String forceCode, String victimRef, String classification, Instant recordedAt)
        implements PoliceEvent {}
