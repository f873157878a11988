package org.casebridge.notification.portal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.notification.delivery.outbox.DeliveryStatus;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.CaseScope;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.SubscriptionStatus;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.portal.PortalOption;
import org.springframework.stereotype.Component;

/** Words the agency pages show for the service's codes; available to templates as {@code @portalText}. */
@Component("portalText")
public class PortalText {

    /** "org.casebridge.school.referral-made.v1" reads "Referral made (school)". */
    public String eventType(String type) {
        if (type == null || !type.startsWith("org.casebridge.")) {
            return type;
        }
        String[] parts = type.substring("org.casebridge.".length()).split("\\.");
        if (parts.length < 2) {
            return type;
        }
        String words = parts[1].replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " (" + parts[0] + ")";
    }

    public List<String> eventTypes(Collection<String> types) {
        return types.stream().map(this::eventType).toList();
    }

    public String when(Instant instant) {
        return PortalDates.shown(instant);
    }

    public String channel(ChannelType type) {
        return switch (type) {
            case WEBHOOK -> "Webhook";
            case EMAIL -> "Email";
            case KAFKA -> "Kafka topic";
        };
    }

    public String scope(CaseScope scope) {
        return switch (scope) {
            case ALL_IN_AREA -> "Every case in the areas";
            case INVOLVED_ONLY -> "Only cases the agency is involved in";
        };
    }

    public String status(SubscriptionStatus status) {
        return status == SubscriptionStatus.ACTIVE ? "Active" : "Paused";
    }

    public String deliveryStatus(DeliveryStatus status) {
        return switch (status) {
            case PENDING -> "Waiting to send";
            case DELIVERED -> "Delivered";
            case DEAD_LETTERED -> "Failed";
        };
    }

    /** The GOV.UK tag colour of a delivery status; the words carry the meaning, the colour only repeats it. */
    public String deliveryTag(DeliveryStatus status) {
        return switch (status) {
            case PENDING -> "govuk-tag--yellow";
            case DELIVERED -> "govuk-tag--green";
            case DEAD_LETTERED -> "govuk-tag--red";
        };
    }

    public String article6(Article6Basis basis) {
        return switch (basis) {
            case CONSENT -> "Consent";
            case CONTRACT -> "Contract";
            case LEGAL_OBLIGATION -> "Legal obligation";
            case VITAL_INTERESTS -> "Vital interests";
            case PUBLIC_TASK -> "Public task";
            case LEGITIMATE_INTERESTS -> "Legitimate interests";
        };
    }

    List<PortalOption> eventTypeOptions() {
        return IntegrationEventTypes.all().keySet().stream()
                .map(type -> new PortalOption(type, eventType(type), type))
                .toList();
    }

    List<PortalOption> scopeOptions() {
        return List.of(
                new PortalOption(
                        CaseScope.ALL_IN_AREA.name(),
                        scope(CaseScope.ALL_IN_AREA),
                        "Every case of a school in the local authorities you name"),
                new PortalOption(
                        CaseScope.INVOLVED_ONLY.name(),
                        scope(CaseScope.INVOLVED_ONLY),
                        "Cases the police invite you to a strategy meeting about or give you an action on, from then on"));
    }

    List<PortalOption> channelOptions() {
        return List.of(
                new PortalOption(
                        ChannelType.WEBHOOK.name(),
                        channel(ChannelType.WEBHOOK),
                        "Signed messages sent to your system's web address"),
                new PortalOption(
                        ChannelType.EMAIL.name(),
                        channel(ChannelType.EMAIL),
                        "A notice with a sign-in link; no case details in the email"),
                new PortalOption(
                        ChannelType.KAFKA.name(), channel(ChannelType.KAFKA), "Events on your agency's own topic"));
    }

    /**
     * Only the bases a public authority may share on for its task are offered: consent is never a basis for a
     * safeguarding share, and neither legitimate interests nor a contract fits a public authority's task (ADR 0024).
     */
    List<PortalOption> article6Options() {
        return List.of(
                new PortalOption(
                        Article6Basis.PUBLIC_TASK.name(),
                        article6(Article6Basis.PUBLIC_TASK),
                        "Usual for local authority and statutory safeguarding work"),
                new PortalOption(Article6Basis.LEGAL_OBLIGATION.name(), article6(Article6Basis.LEGAL_OBLIGATION)),
                new PortalOption(Article6Basis.VITAL_INTERESTS.name(), article6(Article6Basis.VITAL_INTERESTS)));
    }

    /** The DPA 2018 Schedule 1 conditions, safeguarding (para 18) first as the usual one. */
    List<PortalOption> schedule1Options() {
        return Stream.concat(
                        Stream.of(Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK),
                        Arrays.stream(Schedule1Condition.values())
                                .filter(condition -> condition
                                        != Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK))
                .map(condition -> new PortalOption(
                        condition.name(),
                        "Part " + condition.part() + " paragraph " + condition.paragraph() + ": " + condition.title(),
                        "UK GDPR Art " + condition.article9Point()))
                .toList();
    }
}
