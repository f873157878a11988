package org.casebridge.cases.agency.portal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casebridge.cases.agency.AgencyActs;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalPages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case's page of other agencies' acts (ADR 0022): children's social care's acknowledgement of the referral with
 * its clock and overdue flag, section 47 enquiries, and the strategy actions the police gave the school, which its DSL
 * marks done. The same {@link AgencyActs} as the API; an auditor reads and gets "You cannot do this" on a write.
 */
@PortalController
public class AgencyActsPortalController {

    private final AgencyActs acts;
    private final PortalPages pages;

    public AgencyActsPortalController(AgencyActs acts, PortalPages pages) {
        this.acts = acts;
        this.pages = pages;
    }

    @GetMapping("/portal/cases/{caseId}/agencies")
    @RecordsAccess("case-agencies")
    String agencies(@PathVariable UUID caseId, Actor actor, Model model) {
        return agenciesPage(caseId, actor, PortalForm.of(Map.<String, List<String>>of()), model);
    }

    /** A refusal is shown in the error summary, linked to the action's button. */
    @PostMapping("/portal/cases/{caseId}/strategy-actions/{actionId}/completion")
    String markDone(
            @PathVariable UUID caseId,
            @PathVariable String actionId,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        PortalForm form = PortalForm.of(Map.<String, List<String>>of());
        return pages.post(actor, form, redirect)
                .refusalsOn("done-" + actionId)
                .send(() -> acts.markActionDone(actor, caseId, actionId))
                .awaitVisible(() -> acts.of(actor, caseId).strategyActions().stream()
                        .anyMatch(action -> action.actionId().equals(actionId) && !action.open()))
                .success(already -> marked(actor, caseId, actionId, already))
                .redirectTo("/portal/cases/" + caseId + "/agencies")
                .orShow(() -> agenciesPage(caseId, actor, form, model));
    }

    private String agenciesPage(UUID caseId, Actor actor, PortalForm form, Model model) {
        model.addAttribute("acts", acts.of(actor, caseId));
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("form", form);
        model.addAttribute("mayMarkDone", actor.role() == Actor.Role.SCHOOL_DSL);
        return "cases/agencies";
    }

    /** The banner names the action by what it is, never by its id. */
    private String marked(Actor actor, UUID caseId, String actionId, boolean already) {
        String what = acts.of(actor, caseId).strategyActions().stream()
                .filter(action -> action.actionId().equals(actionId))
                .map(action -> action.what())
                .findFirst()
                .orElse("The action");
        return already
                ? "Already done: " + what
                : "Marked done: " + what + ". The police complete it on the strategy meeting";
    }
}
