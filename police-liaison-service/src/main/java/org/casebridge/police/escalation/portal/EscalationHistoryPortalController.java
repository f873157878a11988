package org.casebridge.police.escalation.portal;

import java.time.Instant;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.history.AsOfTooEarlyException;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.problem.InvalidParameterException;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.escalation.query.EscalationHistory;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.escalation.query.EscalationViews.EscalationDetailView;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "View as at" on an escalation (ADR 0047): the escalation page as it stood at a moment the officer types or picks
 * from its timeline, marked as a historical view and without its next steps.
 */
@PortalController
class EscalationHistoryPortalController {

    private final EscalationHistory history;
    private final EscalationQueries queries;

    EscalationHistoryPortalController(EscalationHistory history, EscalationQueries queries) {
        this.history = history;
        this.queries = queries;
    }

    /**
     * The escalation as at {@code at} (an instant, as the timeline links give it) or as at the date and time typed in
     * the form's {@code asAt-*} fields; without either, or when they are refused, the live page's heading and the form.
     */
    @GetMapping("/portal/escalations/{caseId}/as-at")
    @PoliceAccess(Rule.READ_CASE)
    @RecordsAccess("escalation-as-of")
    String asAt(
            Actor actor,
            @PathVariable String caseId,
            @RequestParam(required = false) @Nullable String at,
            PortalForm form,
            Model model) {
        String caseName = queries.detail(caseId, actor).caseName();
        model.addAttribute("form", form);
        model.addAttribute("caseId", caseId);
        model.addAttribute("caseName", caseName);
        String instant = at;
        if (instant == null && form.values().keySet().stream().anyMatch(name -> name.startsWith("asAt-"))) {
            Instant typed = PortalDates.instant(form, "asAt", "the date you want to see the escalation as at");
            instant = typed == null ? null : typed.toString();
        }
        if (instant != null) {
            try {
                EscalationDetailView detail = history.asOf(caseId, instant, actor);
                model.addAttribute("e", detail);
                model.addAttribute("timeline", EscalationTimeline.of(detail));
                model.addAttribute("asOf", Instant.parse(instant));
                model.addAttribute("officer", false);
                model.addAttribute("supervisor", false);
                model.addAttribute("proposer", false);
                return "police/escalation";
            } catch (AsOfTooEarlyException e) {
                form.reject("asAt-day", "The police had not received the escalation yet at that time");
            } catch (InvalidParameterException e) {
                form.reject("asAt-day", e.getMessage());
            }
        }
        return "police/as-at";
    }
}
