package org.casebridge.police.device.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.casebridge.police.shared.ForceAccess.optionalText;
import static org.casebridge.police.shared.ForceAccess.requireFact;
import static org.casebridge.police.shared.ForceAccess.requireOfficerOf;
import static org.casebridge.police.shared.ForceAccess.requireOfficerOfCase;
import static org.casebridge.police.shared.ForceAccess.requireRationale;

import java.time.Clock;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.police.device.command.DeviceCommand.DecideUnseizedDeviceAgainCommand;
import org.casebridge.police.device.command.DeviceCommand.DisposeOfDeviceCommand;
import org.casebridge.police.device.command.DeviceCommand.RecordCaidStatusCommand;
import org.casebridge.police.device.command.DeviceCommand.RecordDeviceNotSeizedCommand;
import org.casebridge.police.device.command.DeviceCommand.RecordExaminationCommand;
import org.casebridge.police.device.command.DeviceCommand.SeizeDeviceCommand;
import org.casebridge.police.device.command.DeviceCommand.SignpostReportRemoveCommand;
import org.casebridge.police.device.command.DeviceCommand.WithdrawSchoolDeletionCommand;
import org.casebridge.police.device.command.DeviceEvent.CaidStatusRecordedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceDisposedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceExaminedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceNotSeizedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceSeizedEvent;
import org.casebridge.police.device.command.DeviceEvent.ReportRemoveSignpostedEvent;
import org.casebridge.police.device.command.DeviceEvent.SchoolDeletionWithdrawnEvent;
import org.casebridge.police.device.command.DeviceEvent.SchoolDeviceNamedEvent;
import org.casebridge.police.device.command.DeviceEvent.UnseizedDeviceDecidedAgainEvent;
import org.casebridge.police.device.command.DeviceRuleViolations.CaidGradeRequiredException;
import org.casebridge.police.device.command.DeviceRuleViolations.CaidNotGradedException;
import org.casebridge.police.device.command.DeviceRuleViolations.CaidNotSubmittedException;
import org.casebridge.police.device.command.DeviceRuleViolations.CaidRequiresSeizedOrExaminedDeviceException;
import org.casebridge.police.device.command.DeviceRuleViolations.DeviceDisposedException;
import org.casebridge.police.device.command.DeviceRuleViolations.DeviceNotHeldException;
import org.casebridge.police.device.command.DeviceRuleViolations.DeviceNotReturnedAfterDeletionException;
import org.casebridge.police.device.command.DeviceRuleViolations.EscalationNotAcceptedForDeviceException;
import org.casebridge.police.device.command.DeviceRuleViolations.OutcomeNotAssignedForDisposalException;
import org.casebridge.police.device.command.DeviceRuleViolations.SchoolDeviceRefFormatException;
import org.casebridge.police.device.command.DeviceRuleViolations.SeizedDeviceNotDecidedAgainException;
import org.casebridge.police.device.command.DeviceRuleViolations.SeizedDeviceNotReturnedException;
import org.casebridge.police.shared.CaseStanding;
import org.casebridge.police.shared.InformationRequiredException;

/**
 * One device in a case and the decisions about it and its images. The first decision is whether it is seized;
 * everything after refers to images by reference only. A device that came from the school names the school's device
 * ({@code device-1}), so that "left to the school" applies to that device only.
 */
@Aggregate
public class Device {

    private static final String WHAT = "device";
    private static final Pattern SCHOOL_DEVICE_REF = Pattern.compile("device-[1-9][0-9]{0,3}");

    @AggregateIdentifier
    private String deviceId;

    private String caseId;
    private String forceCode;
    private boolean seized;
    private boolean examined;
    private CaidStatus caidStatus;
    private boolean graded;
    private boolean disposed;
    private String schoolDeviceRef;
    private boolean deletionLeftToSchool;

    protected Device() {}

    @CommandHandler
    public Device(SeizeDeviceCommand command, CaseStanding standing, Clock clock) {
        requireOfficerOf(command.actor(), command.forceCode(), WHAT, command.deviceId());
        String ref = schoolDeviceRef(command.schoolDeviceRef());
        requireAccepted(command.caseId(), standing);
        apply(new DeviceSeizedEvent(
                command.deviceId(),
                requireFact(command.caseId(), "case"),
                command.forceCode(),
                requireFact(command.description(), "description of the device"),
                optionalText(command.ownerChildRef()),
                requireFact(command.exhibitReference(), "exhibit reference"),
                command.actor(),
                clock.instant()));
        nameSchoolDevice(command.deviceId(), command.caseId(), command.forceCode(), ref, command.actor(), clock);
    }

    @CommandHandler
    public Device(RecordDeviceNotSeizedCommand command, CaseStanding standing, Clock clock) {
        requireOfficerOf(command.actor(), command.forceCode(), WHAT, command.deviceId());
        String ref = schoolDeviceRef(command.schoolDeviceRef());
        requireAccepted(command.caseId(), standing);
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
        nameSchoolDevice(command.deviceId(), command.caseId(), command.forceCode(), ref, command.actor(), clock);
    }

    private static String schoolDeviceRef(String given) {
        String ref = optionalText(given);
        if (ref != null && !SCHOOL_DEVICE_REF.matcher(ref).matches()) {
            throw new SchoolDeviceRefFormatException(ref);
        }
        return ref;
    }

    private static void requireAccepted(String caseId, CaseStanding standing) {
        requireFact(caseId, "case");
        if (!standing.accepted(caseId)) {
            throw new EscalationNotAcceptedForDeviceException(caseId);
        }
    }

    private static void nameSchoolDevice(
            String deviceId, String caseId, String forceCode, String ref, ActedBy actor, Clock clock) {
        if (ref != null) {
            apply(new SchoolDeviceNamedEvent(deviceId, caseId, forceCode, ref, actor, clock.instant()));
        }
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
        if (status == CaidStatus.ADDED && !graded) {
            throw new CaidNotGradedException(deviceId);
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
    public void handle(DisposeOfDeviceCommand command, CaseStanding standing, Clock clock) {
        requireOpen(command.actor(), command.caseId());
        if (command.disposal() == null) {
            throw new InformationRequiredException("disposal");
        }
        if (command.disposal() == Disposal.RETURNED_AFTER_DELETION) {
            if (seized) {
                throw new SeizedDeviceNotReturnedException(deviceId);
            }
            throw new DeviceNotReturnedAfterDeletionException(deviceId);
        }
        if (!seized && !examined) {
            throw new DeviceNotHeldException(deviceId);
        }
        if (!standing.outcomeAssigned(caseId)) {
            throw new OutcomeNotAssignedForDisposalException(deviceId, caseId);
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

    /**
     * A device the police did not seize is decided again in a later round, once the force has accepted it: a
     * re-escalation that withdrew what was left to the school is answered device by device.
     */
    @CommandHandler
    public void handle(DecideUnseizedDeviceAgainCommand command, CaseStanding standing, Clock clock) {
        requireOpen(command.actor(), command.caseId());
        if (seized) {
            throw new SeizedDeviceNotDecidedAgainException(deviceId);
        }
        requireAccepted(caseId, standing);
        apply(new UnseizedDeviceDecidedAgainEvent(
                deviceId,
                caseId,
                forceCode,
                requireRationale(command.reason(), "decide again about a device"),
                command.schoolMayUseDeletionPowers(),
                command.actor(),
                clock.instant()));
    }

    /** Replaying the same round changes nothing; a device the school may not delete from has nothing to withdraw. */
    @CommandHandler
    public void handle(WithdrawSchoolDeletionCommand command, Clock clock) {
        if (!deletionLeftToSchool || disposed || !caseId.equals(command.caseId())) {
            return;
        }
        apply(new SchoolDeletionWithdrawnEvent(
                deviceId, caseId, forceCode, schoolDeviceRef, command.round(), command.actor(), clock.instant()));
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
        deletionLeftToSchool = event.schoolMayUseDeletionPowers();
    }

    @EventSourcingHandler
    void on(SchoolDeviceNamedEvent event) {
        schoolDeviceRef = event.schoolDeviceRef();
    }

    @EventSourcingHandler
    void on(SchoolDeletionWithdrawnEvent event) {
        deletionLeftToSchool = false;
    }

    @EventSourcingHandler
    void on(UnseizedDeviceDecidedAgainEvent event) {
        deletionLeftToSchool = event.schoolMayUseDeletionPowers();
    }

    @EventSourcingHandler
    void on(DeviceExaminedEvent event) {
        examined = true;
    }

    @EventSourcingHandler
    void on(CaidStatusRecordedEvent event) {
        caidStatus = event.status();
        graded |= event.status() == CaidStatus.GRADED;
    }

    @EventSourcingHandler
    void on(DeviceDisposedEvent event) {
        disposed = true;
    }
}
