package org.casebridge.notification.portal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.CaseScope;
import org.casebridge.notification.subscription.command.Channel;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.LawfulBasis;
import org.casebridge.notification.subscription.command.SubscriptionFilter;
import org.casebridge.notification.subscription.query.SubscriptionView;
import org.casebridge.notification.subscription.service.SubscriptionService;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalDrafts;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalPages;
import org.casebridge.platform.portal.PortalPost;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agency's subscriptions: list, create (channel, filters, lawful basis), change filters, pause, resume and a new
 * webhook secret.
 * A webhook secret is shown once, in the banner of the page after the change, and never again.
 */
@PortalController
class SubscriptionPortalController {

    static final String DRAFT = "new-subscription";

    private final SubscriptionService subscriptions;
    private final PortalPages pages;
    private final PortalText text;

    SubscriptionPortalController(SubscriptionService subscriptions, PortalPages pages, PortalText text) {
        this.subscriptions = subscriptions;
        this.pages = pages;
        this.text = text;
    }

    @GetMapping("/portal/subscriptions")
    @RecordsAccess(value = "subscriptions", caseIdVariable = "")
    String list(Actor actor, Model model) {
        model.addAttribute("subscriptions", subscriptions.visible(actor));
        model.addAttribute("canChange", actor.role() == Actor.Role.AGENCY);
        model.addAttribute("everyAgency", actor.role() == Actor.Role.AUDITOR);
        return "agency/subscriptions";
    }

    @GetMapping("/portal/subscriptions/new")
    String newSubscription(Actor actor, Model model) {
        String agencyId = subscriptions.mayChange(actor);
        return form(model, pages.draft(actor, DRAFT), agencyId);
    }

    @PostMapping("/portal/subscriptions")
    String create(Actor actor, PortalForm form, Model model, RedirectAttributes redirect) {
        String agencyId = subscriptions.mayChange(actor);
        SubscriptionFilter filter = filter(form);
        ChannelType channelType = form.choice("channel", ChannelType.class, "Select how you want to receive them");
        String endpoint = null;
        if (channelType == ChannelType.WEBHOOK) {
            endpoint = form.required("url", "Enter the web address of your webhook");
            form.limited("url", 2048, "The web address must be 2048 characters or fewer");
        } else if (channelType == ChannelType.EMAIL) {
            endpoint = form.required("email", "Enter the email address to notify");
            form.limited("email", 254, "The email address must be 254 characters or fewer");
        }
        Channel channel = new Channel(channelType, endpoint);
        Article6Basis article6 =
                form.choice("article6", Article6Basis.class, "Select the Article 6 lawful basis for the share");
        Schedule1Condition schedule1 = form.choice(
                "schedule1Condition",
                Schedule1Condition.class,
                "Select the DPA 2018 Schedule 1 condition for the special category data");
        return refusals(pages.post(actor, form, redirect).draft(DRAFT))
                .send(() -> subscriptions.subscribe(actor, filter, channel, new LawfulBasis(article6, schedule1)))
                .success("Subscription created")
                .flash("webhookSecret", SubscriptionService.Subscribed::webhookSecret)
                .redirectTo(subscribed ->
                        "/portal/subscriptions/" + subscribed.subscription().subscriptionId())
                .orShow(() -> form(model, form, agencyId));
    }

    @GetMapping("/portal/subscriptions/{subscriptionId}")
    @RecordsAccess(value = "subscription", caseIdVariable = "")
    String subscription(Actor actor, @PathVariable String subscriptionId, Model model) {
        model.addAttribute("subscription", subscriptions.visible(actor, subscriptionId));
        model.addAttribute("canChange", actor.role() == Actor.Role.AGENCY);
        return "agency/subscription";
    }

    @PostMapping("/portal/subscriptions/{subscriptionId}/pause")
    String pause(Actor actor, @PathVariable String subscriptionId, RedirectAttributes redirect) {
        return pages.act(
                redirect,
                () -> subscriptions.pause(actor, subscriptionId).unchanged(),
                "Subscription paused: nothing is sent until you resume it",
                "The subscription was already paused: nothing is sent until you resume it",
                "/portal/subscriptions/" + subscriptionId);
    }

    @PostMapping("/portal/subscriptions/{subscriptionId}/resume")
    String resume(Actor actor, @PathVariable String subscriptionId, RedirectAttributes redirect) {
        return pages.act(
                redirect,
                () -> subscriptions.resume(actor, subscriptionId).unchanged(),
                "Subscription resumed",
                "The subscription was already receiving deliveries",
                "/portal/subscriptions/" + subscriptionId);
    }

    @PostMapping("/portal/subscriptions/{subscriptionId}/secret-rotation")
    String rotateSecret(Actor actor, @PathVariable String subscriptionId, RedirectAttributes redirect) {
        return pages.act(
                redirect,
                () -> redirect.addFlashAttribute("webhookSecret", subscriptions.rotateSecret(actor, subscriptionId)),
                "New webhook secret issued",
                "/portal/subscriptions/" + subscriptionId);
    }

    @GetMapping("/portal/subscriptions/{subscriptionId}/filters")
    String filters(Actor actor, @PathVariable String subscriptionId, Model model) {
        SubscriptionView current = subscriptions.ownedForChange(actor, subscriptionId);
        PortalForm form = pages.draft(actor, filtersDraft(subscriptionId));
        if (form.values().isEmpty()) {
            form.set("eventTypes", List.copyOf(current.eventTypes()))
                    .set("areas", String.join(", ", new TreeSet<>(current.areas())))
                    .set("scope", current.scope().name());
        }
        return filtersForm(model, form, current);
    }

    @PostMapping("/portal/subscriptions/{subscriptionId}/filters")
    String changeFilters(
            Actor actor,
            @PathVariable String subscriptionId,
            PortalForm form,
            Model model,
            RedirectAttributes redirect) {
        SubscriptionView current = subscriptions.ownedForChange(actor, subscriptionId);
        SubscriptionFilter filter = filter(form);
        return refusals(pages.post(actor, form, redirect).draft(filtersDraft(subscriptionId)))
                .run(() -> subscriptions.changeFilters(actor, subscriptionId, unchanged -> filter))
                .success("What this subscription receives has changed")
                .redirectTo("/portal/subscriptions/" + subscriptionId)
                .orShow(() -> filtersForm(model, form, current));
    }

    /** Which form field a refused rule is about; the rest go with the first field. */
    private static PortalPost refusals(PortalPost post) {
        return post.refusalsOn("eventTypes")
                .refusal("invalid-area-code", "areas")
                .refusal("area-required", "areas")
                .refusal("area-not-served", "areas")
                .refusal("scope-not-for-agency-kind", "scope")
                .refusal("webhook-url-rejected", "url")
                .refusal("invalid-email-address", "email")
                .refusal("agency-id-not-a-topic-name", "channel")
                .refusal("consent-is-the-wrong-basis", "article6")
                .refusal("article-6-basis-not-for-public-authorities", "article6")
                .refusal("article-9-condition-required", "schedule1Condition");
    }

    /** The filter questions both forms ask: the kinds of event, the areas and the cases. */
    private static SubscriptionFilter filter(PortalForm form) {
        if (form.values("eventTypes").isEmpty()) {
            form.reject("eventTypes", "Select at least one kind of event");
        }
        Set<String> areas = areas(form);
        CaseScope scope = form.choice("scope", CaseScope.class, "Select which cases you want to hear about");
        return new SubscriptionFilter(new LinkedHashSet<>(form.values("eventTypes")), areas, scope);
    }

    private static String filtersDraft(String subscriptionId) {
        String key = "filters-" + subscriptionId.toLowerCase(Locale.ROOT);
        return PortalDrafts.validKey(key) ? key : "filters";
    }

    private String filtersForm(Model model, PortalForm form, SubscriptionView subscription) {
        model.addAttribute("form", form);
        model.addAttribute("areasHint", areasHint(subscription.agencyId()) + " Separate codes with commas.");
        model.addAttribute("subscription", subscription);
        model.addAttribute("draftKey", filtersDraft(subscription.subscriptionId()));
        Set<String> offered = new LinkedHashSet<>(subscriptions.receivableTypes(subscription.agencyId()));
        offered.addAll(subscription.eventTypes());
        model.addAttribute("eventTypeOptions", text.eventTypeOptions(offered));
        model.addAttribute("scopeOptions", text.scopeOptions());
        return "agency/filters";
    }

    /** The local authority codes typed, separated by commas or spaces, in capitals. */
    private static Set<String> areas(PortalForm form) {
        Set<String> areas = new LinkedHashSet<>();
        String areaText = form.limited("areas", 1000, "Areas must be 1000 characters or fewer");
        if (areaText != null) {
            Arrays.stream(areaText.split("[,\\s]+"))
                    .filter(code -> !code.isBlank())
                    .forEach(code -> areas.add(code.strip().toUpperCase(Locale.ROOT)));
        }
        return areas;
    }

    /** The areas the agency directory gives the agency: the only ones it may name. */
    private String areasHint(String agencyId) {
        Set<String> served = subscriptions.areasServed(agencyId);
        return served.isEmpty()
                ? "The agency directory gives your agency no area: ask the service's administrators."
                : "Your agency serves " + text.areas(served) + " (from the agency directory).";
    }

    private String form(Model model, PortalForm form, String agencyId) {
        model.addAttribute("form", form);
        model.addAttribute(
                "areasHint",
                areasHint(agencyId) + " Separate codes with commas. Leave empty only if you "
                        + "want the cases you are involved in, in any of your areas.");
        model.addAttribute("eventTypeOptions", text.eventTypeOptions(subscriptions.receivableTypes(agencyId)));
        model.addAttribute("scopeOptions", text.scopeOptions());
        model.addAttribute("channelOptions", text.channelOptions());
        model.addAttribute("article6Options", text.article6Options());
        model.addAttribute("schedule1Options", text.schedule1Options());
        return "agency/new-subscription";
    }
}
