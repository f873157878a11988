package org.casebridge.events.police;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A force decided something about a device and the images on it, naming the school's device it concerns when the
 * device came from the school. Version 2 of {@link DeviceDecisionRecordedEvent}, published beside it while version 1
 * is deprecated (ADR 0020). References and codes only; never imagery.
 *
 * @param caseId                     the case
 * @param forceCode                  the force
 * @param deviceId                   the police device record
 * @param schoolDeviceRef            the school's device ref ({@code device-1}) when the device came from the school;
 *                                   {@code null} when the police found it elsewhere
 * @param decision                   SEIZED, NOT_SEIZED, EXAMINED, CAID_STATUS, REPORT_REMOVE_SIGNPOSTED, DISPOSED, or
 *                                   SCHOOL_DELETION_WITHDRAWN (a re-escalation withdrew a "left to the school"; only
 *                                   in version 2)
 * @param schoolMayUseDeletionPowers for NOT_SEIZED: whether the school may use its Education Act deletion powers on
 *                                   that device; for SCHOOL_DELETION_WITHDRAWN: {@code false}
 * @param caidStatus                 for CAID_STATUS: SUBMITTED, GRADED, ADDED or NOT_ELIGIBLE
 * @param disposal                   for DISPOSED: DESTROYED or FORFEITED
 * @param decidedAt                  when
 */
@EventType("org.casebridge.police.device-decision-recorded.v2")
public record DeviceDecisionRecordedEventV2(
        String caseId,
        String forceCode,
        String deviceId,
        String schoolDeviceRef,
        String decision,
        Boolean schoolMayUseDeletionPowers,
        String caidStatus,
        String disposal,
        Instant decidedAt)
        implements PoliceEvent {}
