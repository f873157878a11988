package org.casebridge.notification.subscription.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.CaseScope;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.SubscriptionStatus;
import org.casebridge.notification.subscription.query.SubscriptionView;
import org.casebridge.notification.subscription.service.SubscriptionService;

/** A subscription as its agency sees it. The webhook secret is never part of it. */
public record SubscriptionResponse(
        @Schema(example = "5b0e9a52-9d61-4f3e-a3b5-0d4a3e7c2f11")
        String subscriptionId,

        @Schema(example = "csc-hackney") String agencyId,
        SubscriptionStatus status,
        Set<String> eventTypes,
        Set<String> areas,
        CaseScope scope,
        Channel channel,
        LawfulBasis lawfulBasis,
        @Schema(example = "sw.adeyemi") String subscribedBy,
        Instant subscribedAt,
        Instant updatedAt,

        @Schema(
                description = "only in the answer to a pause or a resume: true when the subscription was already so"
                        + " and nothing was recorded (a second click, ADR 0093)")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Boolean unchanged) {

    /** Where deliveries go. */
    public record Channel(
            ChannelType type,

            @Schema(example = "https://hooks.hackney.example/casebridge")
            String endpoint) {}

    /**
     * The basis recorded on every share: the Article 6 basis and the Schedule 1 condition, with the Article 9
     * condition as people read it. {@code permitted} is false for a subscription stored before ADR 0024 on a basis no
     * longer accepted: nothing is shared under it.
     */
    public record LawfulBasis(
            Article6Basis article6,

            @Schema(example = "PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK")
            Schedule1Condition schedule1Condition,

            @Schema(
                    example = "Art 9(2)(g) with DPA 2018 Sch 1 Part 2 para 18 (safeguarding of children and of"
                            + " individuals at risk)")
            String article9Condition,

            boolean permitted) {}

    static SubscriptionResponse of(SubscriptionView view) {
        return of(view, null);
    }

    static SubscriptionResponse of(SubscriptionService.StatusChange change) {
        return of(change.subscription(), change.unchanged());
    }

    private static SubscriptionResponse of(SubscriptionView view, Boolean unchanged) {
        return new SubscriptionResponse(
                view.subscriptionId(),
                view.agencyId(),
                view.status(),
                new TreeSet<>(view.eventTypes()),
                new TreeSet<>(view.areas()),
                view.scope(),
                new Channel(view.channelType(), view.endpoint()),
                new LawfulBasis(
                        view.article6Basis(),
                        view.schedule1Condition(),
                        view.article9Condition(),
                        view.lawfulBasis().permitted()),
                view.subscribedBy(),
                view.subscribedAt(),
                view.updatedAt(),
                unchanged);
    }
}
