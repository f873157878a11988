package org.casebridge.notification.delivery.sharing;

import java.time.Instant;
import java.util.Optional;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.police.StrategyActionAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.events.police.StrategyActionCompletedEvent;
import org.casebridge.notification.agency.AgencyDirectory;
import org.casebridge.notification.agency.DirectoryAgency;
import org.casebridge.notification.agency.Entitled;
import org.casebridge.notification.agency.Involvement;
import org.casebridge.notification.agency.SharingRules;
import org.casebridge.notification.subscription.command.CaseScope;
import org.casebridge.notification.subscription.query.SubscriptionView;

/**
 * What a subscription entitles its agency to of an event: need to know, decided from the agency directory (the areas
 * the agency served when the event happened, and its kind), the sharing rules of that kind, what the events told us
 * about the case, and the subscription's own types, areas and scope, which can only narrow it.
 */
public final class Entitlement {

    private Entitlement() {}

    /** The rule that decides what the subscription entitles its agency to of the event, and its answer. */
    public static Entitled check(
            SubscriptionView subscription,
            String type,
            IntegrationEvent event,
            Instant eventTime,
            CaseFacts facts,
            AgencyDirectory directory) {
        if (!subscription.active() || !subscription.eventTypes().contains(type)) {
            return Entitled.nothing();
        }
        Optional<DirectoryAgency> agency = directory.find(subscription.agencyId());
        Optional<String> area = facts.area();
        if (agency.isEmpty()
                || area.isEmpty()
                || !agency.get().serves(area.get(), eventTime)
                || !subscription.areas().isEmpty() && !subscription.areas().contains(area.get())) {
            return Entitled.nothing();
        }
        Involvement involvement = involvement(subscription.agencyId(), event, eventTime, facts);
        if (subscription.scope() == CaseScope.INVOLVED_ONLY && involvement.compareTo(Involvement.INVOLVED) < 0) {
            return Entitled.nothing();
        }
        return new Entitled(
                agency.get().kind(),
                involvement,
                SharingRules.share(type, agency.get().kind(), involvement));
    }

    /** How far the agency was part of the case when the event happened. */
    public static Involvement involvement(String agencyId, IntegrationEvent event, Instant eventTime, CaseFacts facts) {
        boolean ownsThisAction = switch (event) {
            case StrategyActionAssignedEvent assigned -> agencyId.equals(assigned.ownerOrganisation());
            case StrategyActionAssignedEventV2 assigned -> agencyId.equals(assigned.ownerOrganisation());
            case StrategyActionCompletedEvent completed ->
                agencyId.equals(facts.actionOwners().get(completed.actionId()));
            default -> false;
        };
        if (ownsThisAction) {
            return Involvement.OWNS_THIS_ACTION;
        }
        if (facts.involvedAt(agencyId, eventTime)) {
            return Involvement.INVOLVED;
        }
        return facts.referredToChildrensSocialCareAt(eventTime)
                ? Involvement.REFERRED_TO_CHILDRENS_SOCIAL_CARE
                : Involvement.NONE;
    }
}
