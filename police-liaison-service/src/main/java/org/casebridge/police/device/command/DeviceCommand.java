package org.casebridge.police.device.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/**
 * The commands of a {@link Device}; each names the device first, then the case it was asked through (a device of
 * another case is not found).
 */
public sealed interface DeviceCommand {

    String deviceId();

    /**
     * The first decision about a device, as the API and the portal both take it: seized (an exhibit, with its
     * reference) or not seized (with the reason and whether the school may use its deletion powers).
     */
    static DeviceCommand firstDecision(
            String deviceId,
            String caseId,
            String forceCode,
            ActedBy actor,
            String description,
            String ownerChildRef,
            String schoolDeviceRef,
            boolean seized,
            String exhibitReference,
            String notSeizedReason,
            boolean schoolMayUseDeletionPowers) {
        return seized
                ? new SeizeDeviceCommand(
                        deviceId,
                        caseId,
                        forceCode,
                        actor,
                        description,
                        ownerChildRef,
                        exhibitReference,
                        schoolDeviceRef)
                : new RecordDeviceNotSeizedCommand(
                        deviceId,
                        caseId,
                        forceCode,
                        actor,
                        description,
                        ownerChildRef,
                        notSeizedReason,
                        schoolMayUseDeletionPowers,
                        schoolDeviceRef);
    }

    /**
     * A seized device is an exhibit and is not returned. {@code schoolDeviceRef} names the school's device
     * ({@code device-1}) when it came from the school; null otherwise.
     */
    record SeizeDeviceCommand(
            @TargetAggregateIdentifier String deviceId,
            String caseId,
            String forceCode,
            ActedBy actor,
            String description,
            String ownerChildRef,
            String exhibitReference,
            String schoolDeviceRef)
            implements DeviceCommand {}

    record RecordDeviceNotSeizedCommand(
            @TargetAggregateIdentifier String deviceId,
            String caseId,
            String forceCode,
            ActedBy actor,
            String description,
            String ownerChildRef,
            String reason,
            boolean schoolMayUseDeletionPowers,
            String schoolDeviceRef)
            implements DeviceCommand {}

    /** A school's re-escalation (round {@code round}) withdrew the deletion the police had left to the school. */
    /**
     * In a round after the first decision, the police decide again about a device they did not seize: whether the
     * school may now use its deletion powers on it, and why. A re-escalation may have withdrawn what was left to the
     * school; this is how it is left to the school again.
     */
    record DecideUnseizedDeviceAgainCommand(
            @TargetAggregateIdentifier String deviceId,
            String caseId,
            ActedBy actor,
            String reason,
            boolean schoolMayUseDeletionPowers)
            implements DeviceCommand {}

    record WithdrawSchoolDeletionCommand(
            @TargetAggregateIdentifier String deviceId, String caseId, int round, ActedBy actor)
            implements DeviceCommand {}

    record RecordExaminationCommand(
            @TargetAggregateIdentifier String deviceId,
            String caseId,
            ActedBy actor,
            ExaminingUnit examinedBy,
            String examinationReference)
            implements DeviceCommand {}

    /** {@code grade} is given with GRADED only. */
    record RecordCaidStatusCommand(
            @TargetAggregateIdentifier String deviceId,
            String caseId,
            ActedBy actor,
            CaidStatus status,
            CaidGrade grade,
            String caidReference)
            implements DeviceCommand {}

    record SignpostReportRemoveCommand(
            @TargetAggregateIdentifier String deviceId,
            String caseId,
            ActedBy actor,
            String childRef,
            String reportRemoveReference)
            implements DeviceCommand {}

    record DisposeOfDeviceCommand(
            @TargetAggregateIdentifier String deviceId,
            String caseId,
            ActedBy actor,
            Disposal disposal,
            String rationale)
            implements DeviceCommand {}
}
