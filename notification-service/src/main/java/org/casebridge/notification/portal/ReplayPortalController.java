package org.casebridge.notification.portal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.casebridge.notification.delivery.web.DeliveryRequests;
import org.casebridge.notification.subscription.query.SubscriptionView;
import org.casebridge.notification.subscription.service.SubscriptionService;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.portal.PortalDrafts;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.platform.portal.PortalPages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sending a subscription's events again from a point in time (a replay): the same {@link DeliveryRequests#replay}
 * the API's {@code POST /api/subscriptions/{id}/replay} calls, so the same rules refuse a date in the future or a
 * paused subscription. Only the owning agency may ask; an auditor is refused, another agency finds no such page.
 */
@PortalController
class ReplayPortalController {

    static final String FROM = "from";
    static final String CONFIRM = "confirm";
    static final String UNDERSTOOD = "UNDERSTOOD";

    private final SubscriptionService subscriptions;
    private final DeliveryRequests requests;
    private final PortalPages pages;

    ReplayPortalController(SubscriptionService subscriptions, DeliveryRequests requests, PortalPages pages) {
        this.subscriptions = subscriptions;
        this.requests = requests;
        this.pages = pages;
    }

    @GetMapping("/portal/subscriptions/{subscriptionId}/replay")
    String replayForm(Actor actor, @PathVariable String subscriptionId, Model model) {
        SubscriptionView subscription = subscriptions.ownedForChange(actor, subscriptionId);
        return form(model, pages.draft(actor, draft(subscriptionId)), subscription);
    }

    @PostMapping("/portal/subscriptions/{subscriptionId}/replay")
    String replay(
            Actor actor,
            @PathVariable String subscriptionId,
            PortalForm form,
            Model model,
            RedirectAttributes redirect) {
        SubscriptionView subscription = subscriptions.ownedForChange(actor, subscriptionId);
        Instant from = PortalDates.instant(form, FROM, "the date to send events again from");
        if (!form.has(CONFIRM, UNDERSTOOD)) {
            form.reject(CONFIRM, "Confirm that events already delivered will be sent again");
        }
        return pages.post(actor, form, redirect)
                .draft(draft(subscriptionId))
                .refusalsOn(FROM + "-day")
                .refusal(
                        "replay-from-in-the-future",
                        FROM + "-day",
                        "The date to send events again from must be in the past")
                .refusal(
                        "subscription-paused",
                        FROM + "-day",
                        "This subscription is paused. Resume it before sending events again")
                .refusal(
                        "replay-too-soon",
                        FROM + "-day",
                        "This subscription's events were sent again less than a minute ago. Wait a minute and "
                                + "try again")
                .send(() -> requests.replay(subscription.agencyId(), actor.actedBy(), subscriptionId, from))
                .success("Events since " + PortalDates.shown(from) + " will be sent again")
                .flash(
                        PortalPages.SUCCESS_TEXT,
                        replayed -> replayed.queued() == 1
                                ? "1 delivery is queued."
                                : replayed.queued() + " deliveries are queued.")
                .redirectTo("/portal/subscriptions/" + subscriptionId)
                .orShow(() -> form(model, form, subscription));
    }

    private static String draft(String subscriptionId) {
        String key = "replay-" + subscriptionId.toLowerCase(Locale.ROOT);
        return PortalDrafts.validKey(key) ? key : "replay";
    }

    private static String form(Model model, PortalForm form, SubscriptionView subscription) {
        model.addAttribute("form", form);
        model.addAttribute("subscription", subscription);
        model.addAttribute("draftKey", draft(subscription.subscriptionId()));
        model.addAttribute(
                "confirmOptions",
                List.of(new PortalOption(UNDERSTOOD, "I understand that events already delivered will be sent again")));
        return "agency/replay";
    }
}
