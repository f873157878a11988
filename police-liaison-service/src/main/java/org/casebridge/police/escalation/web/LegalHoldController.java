package org.casebridge.police.escalation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.actor.Actor;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.escalation.command.EscalationCommand.LiftLegalHoldCommand;
import org.casebridge.police.escalation.command.EscalationCommand.SetLegalHoldCommand;
import org.casebridge.police.escalation.web.EscalationRequests.LegalHoldRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The legal hold on an escalation (ADR 0081), in the shape of the school's ({@code /api/cases/{id}/legal-hold} and
 * {@code .../lifting}): while it is set the case's personal data is not erased and its record is not put to its MoPI
 * review. Set and lifted by a supervisor or an auditor of the force that holds the escalation, with the reason.
 */
@RestController
@RequestMapping("/api/escalations/{caseId}/legal-hold")
@Tag(name = "Legal hold", description = "A hold on the erasure and the MoPI review of an escalation (ADR 0081)")
class LegalHoldController {

    private final CommandGateway commands;

    LegalHoldController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @PoliceAccess(Rule.KEEP_LEGAL_HOLD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Set a legal hold: no erasure of the personal data and no MoPI review until it is lifted",
            description = "A POLICE_SUPERVISOR of the force (another force's: 404), or an AUDITOR of that force (any"
                    + " other role or organisation: 403 legal-hold-keeper-required). 409 legal-hold-already-set"
                    + " while one is set; 409 personal-details-already-erased after the erasure. The reason is"
                    + " sealed under the case's key.")
    void set(Actor actor, @PathVariable String caseId, @Valid @RequestBody LegalHoldRequest request) {
        commands.sendAndWait(new SetLegalHoldCommand(caseId, actor.actedBy(), request.reason()));
    }

    @PostMapping("/lifting")
    @PoliceAccess(Rule.KEEP_LEGAL_HOLD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Lift the legal hold, with the reason",
            description = "The same callers as for setting it. 409 no-legal-hold when none is set.")
    void lift(Actor actor, @PathVariable String caseId, @Valid @RequestBody LegalHoldRequest request) {
        commands.sendAndWait(new LiftLegalHoldCommand(caseId, actor.actedBy(), request.reason()));
    }
}
