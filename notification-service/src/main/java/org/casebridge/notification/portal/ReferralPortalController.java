package org.casebridge.notification.portal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casebridge.notification.agency.ReadScope;
import org.casebridge.notification.delivery.query.CaseName;
import org.casebridge.notification.delivery.query.CaseNames;
import org.casebridge.notification.referral.command.Section47Outcome;
import org.casebridge.notification.referral.query.AgencyCaseView;
import org.casebridge.notification.referral.service.AgencyCaseService;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.platform.portal.PortalPages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Children's social care's referrals and actions (ADR 0022): the referrals the agency directory routed to the agency,
 * with the one-working-day acknowledgement clock and its overdue flag, section 47 enquiries, and the strategy actions
 * the police gave it. The same {@link AgencyCaseService} as the API; a refused rule comes back as the page's banner.
 */
@PortalController
class ReferralPortalController {

    private final AgencyCaseService service;
    private final PortalPages pages;
    private final CaseNames caseNames;
    private final PortalText text;

    ReferralPortalController(AgencyCaseService service, PortalPages pages, CaseNames caseNames, PortalText text) {
        this.service = service;
        this.pages = pages;
        this.caseNames = caseNames;
        this.text = text;
    }

    @GetMapping("/portal/referrals")
    @RecordsAccess(value = "agency-referrals", caseIdVariable = "")
    String referrals(Actor actor, Model model) {
        List<AgencyCaseView> referrals = service.visible(actor);
        model.addAttribute("referrals", referrals);
        model.addAttribute("names", names(actor, referrals));
        model.addAttribute("everyAgency", ReadScope.of(actor).everyAgency());
        return "agency/referrals";
    }

    @GetMapping("/portal/referrals/{caseId}")
    @RecordsAccess("agency-referral")
    String referral(Actor actor, @PathVariable String caseId, Model model) {
        AgencyCaseView referral = service.get(actor, caseId);
        model.addAttribute("referral", referral);
        model.addAttribute("name", names(actor, List.of(referral)).get(referral.caseId()));
        model.addAttribute("canChange", actor.role() == Actor.Role.AGENCY);
        model.addAttribute(
                "outcomes",
                List.of(Section47Outcome.values()).stream()
                        .map(outcome -> new PortalOption(outcome.name(), text.words(outcome)))
                        .toList());
        return "agency/referral";
    }

    @PostMapping("/portal/referrals/{caseId}/acknowledgement")
    String acknowledge(Actor actor, @PathVariable String caseId, RedirectAttributes redirect) {
        return pages.act(
                redirect,
                () -> service.acknowledge(actor, caseId),
                "The referral is acknowledged",
                "The referral was already acknowledged",
                "/portal/referrals/" + caseId);
    }

    @PostMapping("/portal/referrals/{caseId}/section-47-enquiries")
    String startSection47(Actor actor, @PathVariable String caseId, RedirectAttributes redirect) {
        return pages.act(
                redirect,
                () -> service.startSection47(actor, caseId, null),
                "Section 47 enquiries are recorded as started",
                "Section 47 enquiries were already recorded as started",
                "/portal/referrals/" + caseId);
    }

    @PostMapping("/portal/referrals/{caseId}/section-47-outcome")
    String recordOutcome(
            Actor actor,
            @PathVariable String caseId,
            @RequestParam(required = false) String outcome,
            RedirectAttributes redirect) {
        Section47Outcome chosen = PortalOption.choice(Section47Outcome.class, outcome, null);
        return act(
                caseId,
                redirect,
                "The outcome of the section 47 enquiries is recorded",
                () -> service.recordSection47Outcome(actor, caseId, chosen));
    }

    @PostMapping("/portal/referrals/{caseId}/actions/{actionId}/completion")
    String completeAction(
            Actor actor, @PathVariable String caseId, @PathVariable String actionId, RedirectAttributes redirect) {
        String what = service.get(actor, caseId).actions().stream()
                .filter(action -> action.actionId().equals(actionId))
                .map(AgencyCaseView.Action::what)
                .findFirst()
                .orElse("The action");
        return pages.act(
                redirect,
                () -> service.completeAction(actor, caseId, actionId),
                "Action completed: " + what + ". The police record it on the strategy meeting",
                "Already completed: " + what,
                "/portal/referrals/" + caseId);
    }

    /**
     * Each case by what the agency knows: its referral's school and date, or, for a case it only has actions in, the
     * events it was sent (ADR 0052).
     */
    Map<String, CaseName> names(Actor actor, List<AgencyCaseView> referrals) {
        Map<String, CaseName> known = caseNames.of(
                ReadScope.of(actor),
                referrals.stream().map(AgencyCaseView::caseId).toList());
        return referrals.stream()
                .collect(Collectors.toMap(
                        AgencyCaseView::caseId,
                        referral -> sent(referral)
                                .map(name -> name.withReference(reference(known.get(referral.caseId()))))
                                .orElseGet(() -> known.get(referral.caseId())),
                        (first, second) -> first));
    }

    /** The name a referral gives the case: its school and when it was referred, to children's social care or the LADO. */
    private static Optional<CaseName> sent(AgencyCaseView referral) {
        if (referral.schoolUrn() == null) {
            return Optional.empty();
        }
        if (referral.referred()) {
            return Optional.of(new CaseName(
                    referral.caseId(),
                    referral.schoolUrn(),
                    referral.localAuthorityCode(),
                    referral.referredAt(),
                    referral.referredAt(),
                    null));
        }
        return Optional.ofNullable(referral.lado())
                .map(lado -> new CaseName(
                        referral.caseId(),
                        referral.schoolUrn(),
                        referral.localAuthorityCode(),
                        lado.referredAt(),
                        lado.referredAt(),
                        null));
    }

    private static String reference(CaseName known) {
        return known == null ? null : known.caseReference();
    }

    /** A button: the change, then the referral's page with the success banner, or the refusal in a banner. */
    private String act(String caseId, RedirectAttributes redirect, String done, Runnable change) {
        return pages.act(redirect, change, done, "/portal/referrals/" + caseId);
    }
}
