package org.casebridge.police.escalation.portal;

import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalPages;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.escalation.command.EscalationCommand.LiftLegalHoldCommand;
import org.casebridge.police.escalation.command.EscalationCommand.SetLegalHoldCommand;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.escalation.query.EscalationViews.EscalationDetailView;
import org.casebridge.police.escalation.web.EscalationRequests;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The legal hold in the portal (ADR 0081): from the escalation, a supervisor or an auditor of the holding force sets
 * a hold with its reason, or lifts the one that is set, with the same commands as {@code POST
 * /api/escalations/{id}/legal-hold} and {@code .../lifting}. The page is the one form: it sets the hold when none is
 * set and lifts it when one is; a refusal is shown against the reason.
 */
@PortalController
class LegalHoldPortalController {

    private final EscalationQueries queries;
    private final CommandGateway commands;
    private final PortalPages pages;

    LegalHoldPortalController(EscalationQueries queries, CommandGateway commands, PortalPages pages) {
        this.queries = queries;
        this.commands = commands;
        this.pages = pages;
    }

    @GetMapping("/portal/escalations/{caseId}/legal-hold")
    @PoliceAccess(Rule.KEEP_LEGAL_HOLD)
    @RecordsAccess("escalation")
    String form(Actor actor, @PathVariable String caseId, Model model) {
        return page(queries.detail(caseId, actor), PortalForm.of(Map.of()), model);
    }

    @PostMapping("/portal/escalations/{caseId}/legal-hold")
    @PoliceAccess(Rule.KEEP_LEGAL_HOLD)
    @RecordsAccess("escalation")
    String setOrLift(
            Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        EscalationDetailView detail = queries.detail(caseId, actor);
        boolean lifting = detail.legalHold() != null;
        String reason = form.required(
                "reason", lifting ? "Enter why the legal hold is lifted" : "Enter why the escalation is held");
        form.limited(
                "reason",
                EscalationRequests.MAX_TEXT,
                "The reason must be " + EscalationRequests.MAX_TEXT + " characters or fewer");
        return pages.post(actor, form, redirect)
                .refusalsOn("reason")
                .run(() -> commands.sendAndWait(
                        lifting
                                ? new LiftLegalHoldCommand(caseId, actor.actedBy(), reason)
                                : new SetLegalHoldCommand(caseId, actor.actedBy(), reason)))
                .awaitVisible(() -> (queries.detail(caseId, actor).legalHold() == null) == lifting)
                .success(lifting ? "You lifted the legal hold" : "You set a legal hold on the escalation")
                .redirectTo("/portal/escalations/" + caseId)
                .orShow(() -> page(detail, form, model));
    }

    private static String page(EscalationDetailView detail, PortalForm form, Model model) {
        model.addAttribute("e", detail);
        model.addAttribute("form", form);
        return "police/legal-hold";
    }
}
