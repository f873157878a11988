package org.casebridge.police.escalation.portal;

import java.util.Map;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalPages;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.escalation.review.PersonalDetailsErasure;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The MoPI review's disposal decision in the supervisor's portal (ADR 0064, 0069): from an escalation whose crime
 * record is due for review, "Erase the personal data" asks "Are you sure?" with what goes and what stays, takes the
 * reason, and sends the same erasure as {@code POST /api/escalations/{id}/personal-details/erasure}. The aggregate
 * refuses it before the review is due ({@code review-not-due}), shown against the reason.
 */
@PortalController
class ErasurePortalController {

    private final EscalationQueries queries;
    private final PersonalDetailsErasure erasure;
    private final PortalPages pages;

    ErasurePortalController(EscalationQueries queries, PersonalDetailsErasure erasure, PortalPages pages) {
        this.queries = queries;
        this.erasure = erasure;
        this.pages = pages;
    }

    @GetMapping("/portal/escalations/{caseId}/personal-details/erasure")
    @PoliceAccess(Rule.DECIDE_OUTCOME)
    @RecordsAccess("escalation")
    String confirmation(Actor actor, @PathVariable String caseId, Model model) {
        return page(actor, caseId, PortalForm.of(Map.of()), model);
    }

    @PostMapping("/portal/escalations/{caseId}/personal-details/erasure")
    @PoliceAccess(Rule.DECIDE_OUTCOME)
    @RecordsAccess("escalation")
    String erase(Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        String reason = form.required("reason", "Enter the reason the review disposes of the personal data");
        form.limited("reason", 4000, "The reason must be 4000 characters or fewer");
        return pages.post(actor, form, redirect)
                .refusalsOn("reason")
                .send(() -> {
                    erasure.erase(caseId, actor.actedBy(), reason);
                    return caseId;
                })
                .success("You erased the escalation's personal data")
                .redirectTo("/portal/escalations/" + caseId)
                .orShow(() -> page(actor, caseId, form, model));
    }

    private String page(Actor actor, String caseId, PortalForm form, Model model) {
        model.addAttribute("e", queries.detail(caseId, actor));
        model.addAttribute("erased", erasure.erased(caseId));
        model.addAttribute("form", form);
        return "police/erasure";
    }
}
