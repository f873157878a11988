package org.casebridge.police.device.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.device.command.DeviceCommand;
import org.casebridge.police.device.command.DeviceCommand.DecideUnseizedDeviceAgainCommand;
import org.casebridge.police.device.command.DeviceCommand.DisposeOfDeviceCommand;
import org.casebridge.police.device.command.DeviceCommand.RecordCaidStatusCommand;
import org.casebridge.police.device.command.DeviceCommand.RecordExaminationCommand;
import org.casebridge.police.device.command.DeviceCommand.SignpostReportRemoveCommand;
import org.casebridge.police.device.query.DeviceQueries;
import org.casebridge.police.device.query.DeviceView;
import org.casebridge.police.device.web.DeviceRequests.CaidRequest;
import org.casebridge.police.device.web.DeviceRequests.Created;
import org.casebridge.police.device.web.DeviceRequests.DecisionAgainRequest;
import org.casebridge.police.device.web.DeviceRequests.DeviceDecisionRequest;
import org.casebridge.police.device.web.DeviceRequests.DisposalRequest;
import org.casebridge.police.device.web.DeviceRequests.ExaminationRequest;
import org.casebridge.police.device.web.DeviceRequests.ReportRemoveRequest;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Devices of a force's case and the decisions about their images, by reference only. */
@RestController
@RequestMapping("/api/escalations/{caseId}/devices")
@Tag(
        name = "Devices and images",
        description =
                "Seizure, forensic examination, CAID, Report Remove and disposal;" + " references only, never imagery")
class DeviceController {

    private final CommandGateway commands;
    private final EscalationQueries escalations;
    private final DeviceQueries queries;

    DeviceController(CommandGateway commands, EscalationQueries escalations, DeviceQueries queries) {
        this.commands = commands;
        this.escalations = escalations;
        this.queries = queries;
    }

    @GetMapping
    @PoliceAccess(Rule.READ_CASE)
    @RecordsAccess("devices")
    @Operation(
            summary = "The devices of a case and every decision about them",
            description = "For the case's force and auditors; 404 for anyone else. The read is recorded.")
    List<DeviceView> devices(Actor actor, @PathVariable String caseId) {
        escalations.readableForce(caseId, actor);
        return queries.devicesOfCase(caseId);
    }

    @PostMapping
    @PoliceAccess(Rule.ACT_ON_CASE)
    @Operation(
            summary = "Record a device: seized (exhibit reference; not returned) or not seized (reason, and"
                    + " whether the school may use its deletion powers)")
    ResponseEntity<Created> record(
            Actor actor, @PathVariable String caseId, @Valid @RequestBody DeviceDecisionRequest request) {
        String force = escalations.actingForce(caseId, actor);
        String deviceId = UUID.randomUUID().toString();
        commands.sendAndWait(DeviceCommand.firstDecision(
                deviceId,
                caseId,
                force,
                actor.actedBy(),
                request.description(),
                request.ownerChildRef(),
                request.schoolDeviceRef(),
                request.seized(),
                request.exhibitReference(),
                request.notSeizedReason(),
                Boolean.TRUE.equals(request.schoolMayUseDeletionPowers())));
        return ResponseEntity.created(URI.create("/api/escalations/" + caseId + "/devices/" + deviceId))
                .body(new Created(deviceId));
    }

    @PostMapping("/{deviceId}/decision")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Decide again, in a later round, about a device the police did not seize",
            description = "Whether the school may now use its deletion powers on it, with the reason; how a device a"
                    + " re-escalation withdrew from the school is left to it again. Refused for a seized device and"
                    + " before the force accepted the round.")
    void decisionAgain(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String deviceId,
            @Valid @RequestBody DecisionAgainRequest request) {
        act(
                actor,
                caseId,
                () -> new DecideUnseizedDeviceAgainCommand(
                        deviceId, caseId, actor.actedBy(), request.reason(), request.schoolMayUseDeletionPowers()));
    }

    @PostMapping("/{deviceId}/examination")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record a forensic examination by the Hi Tech Crime Unit or digital forensics")
    void examination(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String deviceId,
            @Valid @RequestBody ExaminationRequest request) {
        act(
                actor,
                caseId,
                () -> new RecordExaminationCommand(
                        deviceId, caseId, actor.actedBy(), request.examinedBy(), request.examinationReference()));
    }

    @PostMapping("/{deviceId}/caid")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Record a CAID status by reference",
            description = "SUBMITTED, GRADED (with A/B/C), ADDED or NOT_ELIGIBLE; refused for a device neither seized"
                    + " nor examined.")
    void caid(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String deviceId,
            @Valid @RequestBody CaidRequest request) {
        act(
                actor,
                caseId,
                () -> new RecordCaidStatusCommand(
                        deviceId, caseId, actor.actedBy(), request.status(), request.grade(), request.caidReference()));
    }

    @PostMapping("/{deviceId}/report-remove")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record that Report Remove (Childline and IWF) was signposted, with its reference")
    void reportRemove(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String deviceId,
            @Valid @RequestBody ReportRemoveRequest request) {
        act(
                actor,
                caseId,
                () -> new SignpostReportRemoveCommand(
                        deviceId, caseId, actor.actedBy(), request.childRef(), request.reportRemoveReference()));
    }

    @PostMapping("/{deviceId}/disposal")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Record the final disposal with its rationale",
            description =
                    "DESTROYED or FORFEITED, once the case's outcome is assigned; a device is never returned after"
                            + " police deletion (RETURNED_AFTER_DELETION is refused).")
    void disposal(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String deviceId,
            @Valid @RequestBody DisposalRequest request) {
        act(
                actor,
                caseId,
                () -> new DisposeOfDeviceCommand(
                        deviceId, caseId, actor.actedBy(), request.disposal(), request.rationale()));
    }

    /** The caller must act for the case's force (404 for another force's case) before the command is made and sent. */
    private void act(Actor actor, String caseId, Supplier<DeviceCommand> command) {
        escalations.actingForce(caseId, actor);
        commands.sendAndWait(command.get());
    }
}
