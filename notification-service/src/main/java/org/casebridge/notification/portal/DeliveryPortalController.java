package org.casebridge.notification.portal;

import java.util.List;
import java.util.UUID;
import org.casebridge.notification.agency.Agencies;
import org.casebridge.notification.agency.ReadScope;
import org.casebridge.notification.delivery.query.AgencyCaseSummary;
import org.casebridge.notification.delivery.query.AgencyCaseView;
import org.casebridge.notification.delivery.query.AgencyCases;
import org.casebridge.notification.delivery.query.CaseNames;
import org.casebridge.notification.delivery.query.DeliveryLog;
import org.casebridge.notification.delivery.query.DeliveryView;
import org.casebridge.notification.delivery.web.DeliveryRequests;
import org.casebridge.notification.subscription.service.SubscriptionService;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalPages;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The delivery log, dead letters, sending one again, and the cases shared with the agency. */
@PortalController
class DeliveryPortalController {

    private static final int MAX_FILTER = 255;

    private final DeliveryLog log;
    private final DeliveryRequests requests;
    private final AgencyCases cases;
    private final SubscriptionService subscriptions;
    private final CaseNames caseNames;
    private final PortalPages pages;

    DeliveryPortalController(
            DeliveryLog log,
            DeliveryRequests requests,
            AgencyCases cases,
            SubscriptionService subscriptions,
            CaseNames caseNames,
            PortalPages pages) {
        this.log = log;
        this.requests = requests;
        this.cases = cases;
        this.subscriptions = subscriptions;
        this.caseNames = caseNames;
        this.pages = pages;
    }

    /** The page's deliveries, and each delivery's case by what the agency knows of it (ADR 0052). */
    private void deliveries(Model model, ReadScope scope, List<DeliveryView> deliveries) {
        model.addAttribute("deliveries", deliveries);
        model.addAttribute(
                "names",
                caseNames.of(
                        scope, deliveries.stream().map(DeliveryView::caseId).toList()));
    }

    @GetMapping("/portal/deliveries")
    @RecordsAccess(value = "deliveries", caseIdVariable = "")
    String deliveries(
            Actor actor,
            @RequestParam(required = false) String caseId,
            @RequestParam(required = false) String subscriptionId,
            Model model) {
        String caseFilter = filter(caseId);
        String subscriptionFilter = filter(subscriptionId);
        ReadScope scope = ReadScope.of(actor);
        deliveries(model, scope, log.deliveries(scope, caseFilter, subscriptionFilter));
        model.addAttribute("caseId", caseFilter);
        model.addAttribute("caseName", caseFilter == null ? null : caseNames.of(scope, caseFilter));
        model.addAttribute("subscriptionId", subscriptionFilter);
        model.addAttribute("canChange", actor.role() == Actor.Role.AGENCY);
        model.addAttribute("heading", "Delivery log");
        return "agency/deliveries";
    }

    @GetMapping("/portal/subscriptions/{subscriptionId}/dead-letters")
    @RecordsAccess(value = "dead-letters", caseIdVariable = "")
    String deadLetters(Actor actor, @PathVariable String subscriptionId, Model model) {
        subscriptions.visible(actor, subscriptionId);
        ReadScope scope = ReadScope.of(actor);
        deliveries(model, scope, log.deadLetters(scope, subscriptionId));
        model.addAttribute("caseName", null);
        model.addAttribute("subscriptionId", subscriptionId);
        model.addAttribute("canChange", actor.role() == Actor.Role.AGENCY);
        model.addAttribute("heading", "Failed deliveries");
        return "agency/deliveries";
    }

    @PostMapping("/portal/deliveries/{deliveryId}/redelivery")
    String redeliver(
            Actor actor,
            @PathVariable UUID deliveryId,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        String sent = pages.act(
                redirect,
                () -> requests.redeliver(Agencies.agencyOf(actor), actor.actedBy(), deliveryId),
                "The delivery will be sent again, with the same webhook-id",
                delivery -> UriComponentsBuilder.fromPath("/portal/deliveries")
                        .queryParam("subscriptionId", delivery.subscriptionId())
                        .build()
                        .toUriString(),
                "/portal/deliveries");
        if (!"dead-letters".equals(back)) {
            return sent;
        }
        DeliveryView delivery = log.delivery(Agencies.agencyOf(actor), deliveryId)
                .orElseThrow(() -> new NotFoundException("delivery", deliveryId.toString()));
        return "redirect:/portal/subscriptions/" + delivery.subscriptionId() + "/dead-letters";
    }

    @GetMapping("/portal/cases")
    @RecordsAccess(value = "agency-cases", caseIdVariable = "")
    String cases(Actor actor, Model model) {
        ReadScope scope = ReadScope.of(actor);
        List<AgencyCaseSummary> shared = cases.list(scope);
        model.addAttribute("cases", shared);
        model.addAttribute(
                "names",
                caseNames.of(
                        scope, shared.stream().map(AgencyCaseSummary::caseId).toList()));
        model.addAttribute("everyAgency", scope.everyAgency());
        return "agency/cases";
    }

    @GetMapping("/portal/cases/{caseId}")
    @RecordsAccess("agency-case")
    String entitledCase(Actor actor, @PathVariable String caseId, Model model) {
        ReadScope scope = ReadScope.of(actor);
        AgencyCaseView shown = cases.find(scope, caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        model.addAttribute("case", shown);
        model.addAttribute("name", caseNames.of(scope, caseId));
        return "agency/case";
    }

    private static String filter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > MAX_FILTER ? stripped.substring(0, MAX_FILTER) : stripped;
    }
}
