package org.casebridge.notification.delivery.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.police.OutcomeAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEvent;
import org.casebridge.events.police.StrategyActionCompletedEvent;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.notification.delivery.intake.CaseFacts;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.CaseScope;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.SubscriptionStatus;
import org.casebridge.notification.subscription.query.SubscriptionView;
import org.junit.jupiter.api.Test;

class EntitlementTest {

    private static final Instant T = Instant.parse("2026-11-28T09:00:00Z");
    private static final String REFERRAL = IntegrationEventTypes.typeOf(ReferralMadeEvent.class);
    private static final String OUTCOME = IntegrationEventTypes.typeOf(OutcomeAssignedEvent.class);
    private static final String ACTION = IntegrationEventTypes.typeOf(StrategyActionAssignedEvent.class);
    private static final String ACTION_DONE = IntegrationEventTypes.typeOf(StrategyActionCompletedEvent.class);
    private static final ReferralMadeEvent REFERRAL_EVENT = new ReferralMadeEvent("c-1", "100001", "E09000012", "MPS",
            List.of("POLICE"), List.of(), List.of(), T);
    private static final OutcomeAssignedEvent OUTCOME_EVENT = new OutcomeAssignedEvent("c-1", "MPS", "OUTCOME_21",
            "21", T);
    private static final CaseFacts HACKNEY_CASE = new CaseFacts("E09000012", Map.of("lado-east-london", T), Map.of());

    private static SubscriptionView subscription(String agency, Set<String> types, Set<String> areas, CaseScope scope,
                                                 SubscriptionStatus status) {
        return new SubscriptionView("s-" + agency, agency, status, types, areas, scope, ChannelType.WEBHOOK,
                "https://example.org/hook", "secret", Article6Basis.PUBLIC_TASK, "DPA 2018 Sch 1 para 18", "u", T, T);
    }

    private static SubscriptionView allIn(String agency, String area, String... types) {
        return subscription(agency, Set.of(types), Set.of(area), CaseScope.ALL_IN_AREA, SubscriptionStatus.ACTIVE);
    }

    @Test
    void anAgencyOfTheCasesAreaIsEntitled() {
        assertThat(Entitlement.entitles(allIn("csc-hackney", "E09000012", REFERRAL), REFERRAL, REFERRAL_EVENT, T,
                HACKNEY_CASE)).isTrue();
    }

    @Test
    void anAgencyOfAnotherAreaIsNot() {
        assertThat(Entitlement.entitles(allIn("csc-tower-hamlets", "E09000030", REFERRAL), REFERRAL, REFERRAL_EVENT,
                T, HACKNEY_CASE)).isFalse();
    }

    @Test
    void aTypeOutsideTheSubscriptionIsNotSent() {
        assertThat(Entitlement.entitles(allIn("csc-hackney", "E09000012", REFERRAL), OUTCOME, OUTCOME_EVENT, T,
                HACKNEY_CASE)).isFalse();
    }

    @Test
    void aCaseWhoseAreaIsUnknownReachesNoAreaSubscription() {
        assertThat(Entitlement.entitles(allIn("csc-hackney", "E09000012", OUTCOME), OUTCOME, OUTCOME_EVENT, T,
                CaseFacts.unknown())).isFalse();
    }

    @Test
    void aPausedSubscriptionIsNotEntitled() {
        assertThat(Entitlement.entitles(subscription("csc-hackney", Set.of(REFERRAL), Set.of("E09000012"),
                CaseScope.ALL_IN_AREA, SubscriptionStatus.PAUSED), REFERRAL, REFERRAL_EVENT, T, HACKNEY_CASE))
                .isFalse();
    }

    @Test
    void involvedOnlyReachesAnInvolvedAgencyWhereverTheCaseIs() {
        SubscriptionView lado = subscription("lado-east-london", Set.of(OUTCOME), Set.of(), CaseScope.INVOLVED_ONLY,
                SubscriptionStatus.ACTIVE);
        assertThat(Entitlement.entitles(lado, OUTCOME, OUTCOME_EVENT, T, HACKNEY_CASE)).isTrue();
    }

    @Test
    void involvementEntitlesFromTheEventThatInvolvedTheAgencyOnwards() {
        SubscriptionView lado = subscription("lado-east-london", Set.of(REFERRAL), Set.of(), CaseScope.INVOLVED_ONLY,
                SubscriptionStatus.ACTIVE);
        ReferralMadeEvent earlier = new ReferralMadeEvent("c-1", "100001", "E09000012", "MPS", List.of("POLICE"),
                List.of(), List.of(), T.minusSeconds(3600));
        assertThat(Entitlement.entitles(lado, REFERRAL, earlier, T.minusSeconds(3600), HACKNEY_CASE)).isFalse();
    }

    @Test
    void involvedOnlyIgnoresAnAgencyThatIsNotInvolved() {
        SubscriptionView mash = subscription("mash-hackney", Set.of(OUTCOME), Set.of("E09000012"),
                CaseScope.INVOLVED_ONLY, SubscriptionStatus.ACTIVE);
        assertThat(Entitlement.entitles(mash, OUTCOME, OUTCOME_EVENT, T, HACKNEY_CASE)).isFalse();
    }

    @Test
    void involvedOnlyWithAreasAlsoNeedsTheArea() {
        SubscriptionView lado = subscription("lado-east-london", Set.of(OUTCOME), Set.of("E09000030"),
                CaseScope.INVOLVED_ONLY, SubscriptionStatus.ACTIVE);
        assertThat(Entitlement.entitles(lado, OUTCOME, OUTCOME_EVENT, T, HACKNEY_CASE)).isFalse();
    }

    @Test
    void anActionReachesItsOwnerOnly() {
        StrategyActionAssignedEvent action = new StrategyActionAssignedEvent("c-1", "MPS", "m-1", "a-1",
                "CHILDRENS_SOCIAL_CARE", "csc-hackney", T, T);
        assertThat(Entitlement.entitles(allIn("csc-hackney", "E09000012", ACTION), ACTION, action, T,
                HACKNEY_CASE))
                .isTrue();
        assertThat(Entitlement.entitles(allIn("mash-hackney", "E09000012", ACTION), ACTION, action, T,
                HACKNEY_CASE))
                .isFalse();
    }

    @Test
    void anActionsCompletionReachesItsOwnerOnly() {
        StrategyActionCompletedEvent done = new StrategyActionCompletedEvent("c-1", "MPS", "m-1", "a-1", T);
        CaseFacts facts = new CaseFacts("E09000012", Map.of("csc-hackney", T), Map.of("a-1", "csc-hackney"));
        assertThat(Entitlement.entitles(allIn("csc-hackney", "E09000012", ACTION_DONE), ACTION_DONE, done, T,
                facts))
                .isTrue();
        assertThat(Entitlement.entitles(allIn("mash-hackney", "E09000012", ACTION_DONE), ACTION_DONE, done, T,
                facts))
                .isFalse();
    }
}
