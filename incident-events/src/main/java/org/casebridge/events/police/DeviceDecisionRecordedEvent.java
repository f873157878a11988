package org.casebridge.events.police;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A force decided something about a device and the images on it. References and codes only; never imagery.
 *
 * @param caseId                     the case
 * @param forceCode                  the force
 * @param deviceId                   the device
 * @param decision                   SEIZED, NOT_SEIZED, EXAMINED, CAID_STATUS, REPORT_REMOVE_SIGNPOSTED or DISPOSED
 * @param schoolMayUseDeletionPowers for NOT_SEIZED: whether the school may use its Education Act deletion powers
 * @param caidStatus                 for CAID_STATUS: SUBMITTED, GRADED, ADDED or NOT_ELIGIBLE
 * @param disposal                   for DISPOSED: DESTROYED, FORFEITED or RETURNED_AFTER_DELETION
 * @param decidedAt                  when
 */
@EventType("org.casebridge.police.device-decision-recorded.v1")
public record DeviceDecisionRecordedEvent(
        String caseId,
        String forceCode,
        String deviceId,
        String decision,
        Boolean schoolMayUseDeletionPowers,
        String caidStatus,
        String disposal,
        Instant decidedAt)
        implements PoliceEvent {}
