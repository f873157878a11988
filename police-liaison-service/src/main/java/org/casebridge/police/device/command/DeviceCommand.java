package org.casebridge.police.device.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.actor.Actor;

/**
 * The commands of a {@link Device}; each names the device first, then the case it was asked through (a device of
 * another case is not found).
 */
public sealed interface DeviceCommand {

    String deviceId();

    /** A seized device is an exhibit and is not returned. */
    record SeizeDeviceCommand(@TargetAggregateIdentifier String deviceId, String caseId, String forceCode,
                              Actor actor, String description, String ownerChildRef, String exhibitReference)
            implements DeviceCommand {
    }

    record RecordDeviceNotSeizedCommand(@TargetAggregateIdentifier String deviceId, String caseId, String forceCode,
                                        Actor actor, String description, String ownerChildRef, String reason,
                                        boolean schoolMayUseDeletionPowers) implements DeviceCommand {
    }

    record RecordExaminationCommand(@TargetAggregateIdentifier String deviceId, String caseId, Actor actor,
                                    ExaminingUnit examinedBy, String examinationReference) implements DeviceCommand {
    }

    /** {@code grade} is given with GRADED only. */
    record RecordCaidStatusCommand(@TargetAggregateIdentifier String deviceId, String caseId, Actor actor,
                                   CaidStatus status, CaidGrade grade, String caidReference) implements DeviceCommand {
    }

    record SignpostReportRemoveCommand(@TargetAggregateIdentifier String deviceId, String caseId, Actor actor,
                                       String childRef, String reportRemoveReference) implements DeviceCommand {
    }

    record DisposeOfDeviceCommand(@TargetAggregateIdentifier String deviceId, String caseId, Actor actor,
                                  Disposal disposal, String rationale) implements DeviceCommand {
    }
}
