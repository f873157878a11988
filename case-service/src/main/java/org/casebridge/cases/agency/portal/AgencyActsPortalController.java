package org.casebridge.cases.agency.portal;

import java.util.UUID;
import org.casebridge.cases.agency.AgencyActs;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalPages;
import org.casebridge.platform.problem.DomainRuleViolation;
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

    public AgencyActsPortalController(AgencyActs acts) {
        this.acts = acts;
    }

    @GetMapping("/portal/cases/{caseId}/agencies")
    @RecordsAccess("case-agencies")
    String agencies(@PathVariable UUID caseId, Actor actor, Model model) {
        model.addAttribute("acts", acts.of(actor, caseId));
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("mayMarkDone", actor.role() == Actor.Role.SCHOOL_DSL);
        return "cases/agencies";
    }

    @PostMapping("/portal/cases/{caseId}/strategy-actions/{actionId}/completion")
    String markDone(
            @PathVariable UUID caseId,
            @PathVariable String actionId,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        try {
            acts.markActionDone(actor, caseId, actionId);
        } catch (DomainRuleViolation violation) {
            if (violation.status() == 403) {
                throw violation;
            }
            model.addAttribute("error", violation.getMessage());
            return agencies(caseId, actor, model);
        }
        redirect.addFlashAttribute(
                PortalPages.SUCCESS,
                "Action " + actionId + " is marked done; the police complete it on the strategy meeting");
        return "redirect:/portal/cases/" + caseId + "/agencies";
    }
}
