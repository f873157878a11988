package org.casebridge.police.escalation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.actor.Actor;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.escalation.command.EscalationCommand.ChangeChildRoleCommand;
import org.casebridge.police.escalation.command.EscalationCommand.ReclassifyCrimeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordVictimCrimeCommand;
import org.casebridge.police.escalation.web.EscalationRequests.ChangeChildRoleRequest;
import org.casebridge.police.escalation.web.EscalationRequests.ReclassifyCrimeRequest;
import org.casebridge.police.escalation.web.EscalationRequests.VictimCrimeRequest;
import org.casebridge.police.reference.HocrClassification;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Amendments to the crime record while the outcome is not assigned, each with the reason; the old value stays in
 * the escalation's history.
 */
@RestController
@RequestMapping("/api/escalations/{caseId}/crime")
@Tag(name = "Crime record amendments", description = "Reclassification, a child's role, one crime per victim")
class CrimeAmendmentController {

    private final CommandGateway commands;

    CrimeAmendmentController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/reclassification")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Reclassify the crime (HOCR section B style), with the reason",
            description = "Until the outcome is assigned; the earlier classification stays in the history.")
    void reclassify(Actor actor, @PathVariable String caseId, @Valid @RequestBody ReclassifyCrimeRequest request) {
        commands.sendAndWait(new ReclassifyCrimeCommand(
                caseId,
                actor.actedBy(),
                HocrClassification.fromCode(request.classification()).orElseThrow(),
                request.reason()));
    }

    @PostMapping("/child-roles")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Change a child's role in the crime record, with the reason",
            description = "Person involved to suspect (only where aggravating factors are recorded) and back, until"
                    + " the outcome is assigned; the earlier role stays in the history.")
    void changeRole(Actor actor, @PathVariable String caseId, @Valid @RequestBody ChangeChildRoleRequest request) {
        commands.sendAndWait(new ChangeChildRoleCommand(
                caseId, actor.actedBy(), request.childRef(), request.role(), request.reason()));
    }

    @PostMapping("/victim-crimes")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Record the crime of a further victim (HOCR: one crime per victim)",
            description = "For a child recorded as victim who has no crime yet; the case's crime counts for its first"
                    + " victim. Its own crime reference, in the force's format and unused.")
    void victimCrime(Actor actor, @PathVariable String caseId, @Valid @RequestBody VictimCrimeRequest request) {
        commands.sendAndWait(new RecordVictimCrimeCommand(
                caseId,
                actor.actedBy(),
                request.victimRef(),
                HocrClassification.fromCode(request.classification()).orElseThrow(),
                request.crimeReference(),
                request.recordedAt()));
    }
}
