package org.casebridge.police.device.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.casebridge.police.shared.ForceAccess.optionalText;
import static org.casebridge.police.shared.ForceAccess.requireFact;
import static org.casebridge.police.shared.ForceAccess.requireOfficerOf;
import static org.casebridge.police.shared.ForceAccess.requireOfficerOfCase;
import static org.casebridge.police.shared.ForceAccess.requireRationale;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.police.device.command.DeviceCommand.DisposeOfDeviceCommand;
import org.casebridge.police.device.command.DeviceCommand.RecordCaidStatusCommand;
import org.casebridge.police.device.command.DeviceCommand.RecordDeviceNotSeizedCommand;
import org.casebridge.police.device.command.DeviceCommand.RecordExaminationCommand;
import org.casebridge.police.device.command.DeviceCommand.SeizeDeviceCommand;
import org.casebridge.police.device.command.DeviceCommand.SignpostReportRemoveCommand;
import org.casebridge.police.device.command.DeviceEvent.CaidStatusRecordedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceDisposedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceExaminedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceNotSeizedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceSeizedEvent;
import org.casebridge.police.device.command.DeviceEvent.ReportRemoveSignpostedEvent;
import org.casebridge.police.device.command.DeviceRuleViolations.CaidGradeRequiredException;
import org.casebridge.police.device.command.DeviceRuleViolations.CaidNotSubmittedException;
import org.casebridge.police.device.command.DeviceRuleViolations.CaidRequiresSeizedOrExaminedDeviceException;
import org.casebridge.police.device.command.DeviceRuleViolations.DeviceDisposedException;
import org.casebridge.police.device.command.DeviceRuleViolations.DeviceNotHeldException;
import org.casebridge.police.device.command.DeviceRuleViolations.SeizedDeviceNotReturnedException;
import org.casebridge.police.shared.InformationRequiredException;

/**
 * One device in a case and the decisions about it and its images. The first decision is whether it is seized;
 * everything after refers to images by reference only.
 */
@Aggregate
public class Device {

    private static final String WHAT = "device";

    @AggregateIdentifier
    private String deviceId;

    private String caseId;
    private String forceCode;
    private boolean seized;
    private boolean examined;
    private CaidStatus caidStatus;
    private boolean disposed;

    protected Device() {}

    @CommandHandler
    public Device(SeizeDeviceCommand command, Clock clock) {
        requireOfficerOf(command.actor(), command.forceCode(), WHAT, command.deviceId());
        apply(new DeviceSeizedEvent(
                command.deviceId(),
                requireFact(command.caseId(), "case"),
                command.forceCode(),
                requireFact(command.description(), "description of the device"),
                optionalText(command.ownerChildRef()),
                requireFact(command.exhibitReference(), "exhibit reference"),
                command.actor(),
                clock.instant()));
    }

    @CommandHandler
    public Device(RecordDeviceNotSeizedCommand command, Clock clock) {
        requireOfficerOf(command.actor(), command.forceCode(), WHAT, command.deviceId());
        apply(new DeviceNotSeizedEvent(
                command.deviceId(),
                requireFact(command.caseId(), "case"),
                command.forceCode(),
                requireFact(command.description(), "description of the device"),
                optionalText(command.ownerChildRef()),
                requireRationale(command.reason(), "leave a device unseized"),
                command.schoolMayUseDeletionPowers(),
                command.actor(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(RecordExaminationCommand command, Clock clock) {
        requireOpen(command.actor(), command.caseId());
        if (command.examinedBy() == null) {
            throw new InformationRequiredException("examining unit");
        }
        apply(new DeviceExaminedEvent(
                deviceId,
                caseId,
                forceCode,
                command.examinedBy(),
                requireFact(command.examinationReference(), "examination reference"),
                command.actor(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(RecordCaidStatusCommand command, Clock clock) {
        requireOpen(command.actor(), command.caseId());
        if (!seized && !examined) {
            throw new CaidRequiresSeizedOrExaminedDeviceException(deviceId);
        }
        CaidStatus status = command.status();
        if (status == null) {
            throw new InformationRequiredException("CAID status");
        }
        String reference = requireFact(command.caidReference(), "CAID reference");
        if ((status == CaidStatus.GRADED || status == CaidStatus.ADDED) && caidStatus == null) {
            throw new CaidNotSubmittedException(status);
        }
        if (status == CaidStatus.GRADED && command.grade() == null) {
            throw new CaidGradeRequiredException();
        }
        apply(new CaidStatusRecordedEvent(
                deviceId,
                caseId,
                forceCode,
                status,
                status == CaidStatus.GRADED ? command.grade() : null,
                reference,
                command.actor(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(SignpostReportRemoveCommand command, Clock clock) {
        requireOfficerOfCase(command.actor(), forceCode, caseId, command.caseId(), deviceId);
        apply(new ReportRemoveSignpostedEvent(
                deviceId,
                caseId,
                forceCode,
                requireFact(command.childRef(), "child"),
                requireFact(command.reportRemoveReference(), "Report Remove reference"),
                command.actor(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(DisposeOfDeviceCommand command, Clock clock) {
        requireOpen(command.actor(), command.caseId());
        if (command.disposal() == null) {
            throw new InformationRequiredException("disposal");
        }
        if (seized && command.disposal() == Disposal.RETURNED_AFTER_DELETION) {
            throw new SeizedDeviceNotReturnedException(deviceId);
        }
        if (!seized && !examined) {
            throw new DeviceNotHeldException(deviceId);
        }
        apply(new DeviceDisposedEvent(
                deviceId,
                caseId,
                forceCode,
                command.disposal(),
                requireRationale(command.rationale(), "dispose of a device"),
                command.actor(),
                clock.instant()));
    }

    private void requireOpen(ActedBy actor, String requestedCaseId) {
        requireOfficerOfCase(actor, forceCode, caseId, requestedCaseId, deviceId);
        if (disposed) {
            throw new DeviceDisposedException(deviceId);
        }
    }

    @EventSourcingHandler
    void on(DeviceSeizedEvent event) {
        deviceId = event.deviceId();
        caseId = event.caseId();
        forceCode = event.forceCode();
        seized = true;
    }

    @EventSourcingHandler
    void on(DeviceNotSeizedEvent event) {
        deviceId = event.deviceId();
        caseId = event.caseId();
        forceCode = event.forceCode();
    }

    @EventSourcingHandler
    void on(DeviceExaminedEvent event) {
        examined = true;
    }

    @EventSourcingHandler
    void on(CaidStatusRecordedEvent event) {
        caidStatus = event.status();
    }

    @EventSourcingHandler
    void on(DeviceDisposedEvent event) {
        disposed = true;
    }
}
