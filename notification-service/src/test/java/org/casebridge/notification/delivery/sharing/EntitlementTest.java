package org.casebridge.notification.delivery.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.events.police.CrimeRecordedEvent;
import org.casebridge.events.police.OutcomeAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEvent;
import org.casebridge.events.police.StrategyActionCompletedEvent;
import org.casebridge.events.police.StrategyMeetingConvenedEvent;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.notification.agency.AgencyDirectory;
import org.casebridge.notification.agency.AgencyKind;
import org.casebridge.notification.agency.DirectoryAgency;
import org.casebridge.notification.agency.ServicePeriod;
import org.casebridge.notification.agency.Share;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.CaseScope;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.SubscriptionStatus;
import org.casebridge.notification.subscription.query.SubscriptionView;
import org.junit.jupiter.api.Test;

/** The whole decision for one subscription: directory, rules and the subscription's own filters together. */
class EntitlementTest {

    private static final Instant T = Instant.parse("2026-11-28T09:00:00Z");
    private static final String HACKNEY = "E09000012";
    private static final String REFERRAL = IntegrationEventTypes.typeOf(ReferralMadeEvent.class);
    private static final String OUTCOME = IntegrationEventTypes.typeOf(OutcomeAssignedEvent.class);
    private static final String CRIME = IntegrationEventTypes.typeOf(CrimeRecordedEvent.class);
    private static final String MEETING = IntegrationEventTypes.typeOf(StrategyMeetingConvenedEvent.class);
    private static final String ACTION = IntegrationEventTypes.typeOf(StrategyActionAssignedEvent.class);
    private static final String ACTION_DONE = IntegrationEventTypes.typeOf(StrategyActionCompletedEvent.class);
    private static final ReferralMadeEvent REFERRAL_EVENT = referral(List.of("POLICE", "CHILDRENS_SOCIAL_CARE"));
    private static final OutcomeAssignedEvent OUTCOME_EVENT =
            new OutcomeAssignedEvent("c-1", "MPS", "OUTCOME_21", "21", T);
    private static final CrimeRecordedEvent CRIME_EVENT = new CrimeRecordedEvent(
            "c-1",
            "MPS",
            "86/02",
            List.of(
                    new CrimeRecordedEvent.ChildRole("child-1", "VICTIM"),
                    new CrimeRecordedEvent.ChildRole("child-2", "SUSPECT")),
            T);
    /** A Hackney case referred to police and social care an hour ago, the LADO invited to its meeting now. */
    private static final CaseFacts HACKNEY_CASE =
            new CaseFacts(HACKNEY, Map.of("lado-east-london", T), Map.of(), T.minusSeconds(3600));

    private static final CaseFacts POLICE_ONLY_CASE = new CaseFacts(HACKNEY, Map.of(), Map.of(), null);

    private static final AgencyDirectory DIRECTORY = AgencyDirectory.of(List.of(
            agency("csc-hackney", AgencyKind.CHILDRENS_SOCIAL_CARE, since("2020-04-01", HACKNEY)),
            agency("mash-hackney", AgencyKind.MASH, since("2020-04-01", HACKNEY)),
            agency("lado-east-london", AgencyKind.LADO, since("2020-04-01", HACKNEY, "E09000030")),
            agency("csc-tower-hamlets", AgencyKind.CHILDRENS_SOCIAL_CARE, since("2020-04-01", "E09000030")),
            agency("csc-newcomer", AgencyKind.CHILDRENS_SOCIAL_CARE, since("2026-12-01", HACKNEY))));

    private static DirectoryAgency agency(String id, AgencyKind kind, ServicePeriod period) {
        return new DirectoryAgency(id, id, kind, List.of(period));
    }

    private static ServicePeriod since(String date, String... areas) {
        return new ServicePeriod(Set.of(areas), LocalDate.parse(date), null);
    }

    private static ReferralMadeEvent referral(List<String> referredTo) {
        return new ReferralMadeEvent("c-1", "100001", HACKNEY, "MPS", referredTo, List.of(), List.of(), T);
    }

    private static SubscriptionView subscription(
            String agency, Set<String> types, Set<String> areas, CaseScope scope, SubscriptionStatus status) {
        return new SubscriptionView(
                "s-" + agency,
                agency,
                status,
                types,
                areas,
                scope,
                ChannelType.WEBHOOK,
                "https://example.org/hook",
                "secret",
                Article6Basis.PUBLIC_TASK,
                "DPA 2018 Sch 1 para 18",
                Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK,
                "u",
                T,
                T);
    }

    private static SubscriptionView allIn(String agency, String area, String... types) {
        return subscription(agency, Set.of(types), Set.of(area), CaseScope.ALL_IN_AREA, SubscriptionStatus.ACTIVE);
    }

    private static SubscriptionView involvedOnly(String agency, Set<String> areas, String... types) {
        return subscription(agency, Set.of(types), areas, CaseScope.INVOLVED_ONLY, SubscriptionStatus.ACTIVE);
    }

    private static Share share(
            SubscriptionView subscription, String type, IntegrationEvent event, Instant at, CaseFacts facts) {
        return Entitlement.check(subscription, type, event, at, facts, DIRECTORY)
                .share();
    }

    private static Share share(SubscriptionView subscription, String type, IntegrationEvent event, CaseFacts facts) {
        return share(subscription, type, event, T, facts);
    }

    @Test
    void socialCareOfTheCasesAreaHearsOfAReferralSentToIt() {
        assertThat(share(allIn("csc-hackney", HACKNEY, REFERRAL), REFERRAL, REFERRAL_EVENT, HACKNEY_CASE))
                .isEqualTo(Share.YES);
    }

    @Test
    void socialCareDoesNotHearOfAPoliceOnlyReferral() {
        assertThat(share(
                        allIn("csc-hackney", HACKNEY, REFERRAL),
                        REFERRAL,
                        referral(List.of("POLICE")),
                        POLICE_ONLY_CASE))
                .isEqualTo(Share.NO);
    }

    @Test
    void anAgencyOfAnotherAreaIsNot() {
        assertThat(share(allIn("csc-tower-hamlets", "E09000030", REFERRAL), REFERRAL, REFERRAL_EVENT, HACKNEY_CASE))
                .isEqualTo(Share.NO);
    }

    @Test
    void anAreaTheAgencyDidNotServeWhenTheEventHappenedIsNot() {
        assertThat(share(allIn("csc-newcomer", HACKNEY, REFERRAL), REFERRAL, REFERRAL_EVENT, HACKNEY_CASE))
                .isEqualTo(Share.NO);
        assertThat(share(
                        allIn("csc-newcomer", HACKNEY, REFERRAL),
                        REFERRAL,
                        REFERRAL_EVENT,
                        Instant.parse("2026-12-01T00:00:00Z"),
                        HACKNEY_CASE))
                .isEqualTo(Share.YES);
    }

    @Test
    void anAgencyOutsideTheDirectoryHearsNothing() {
        assertThat(share(allIn("csc-nowhere", HACKNEY, REFERRAL), REFERRAL, REFERRAL_EVENT, HACKNEY_CASE))
                .isEqualTo(Share.NO);
    }

    @Test
    void aTypeOutsideTheSubscriptionIsNotSent() {
        assertThat(share(allIn("csc-hackney", HACKNEY, REFERRAL), OUTCOME, OUTCOME_EVENT, HACKNEY_CASE))
                .isEqualTo(Share.NO);
    }

    @Test
    void aCaseWhoseAreaIsUnknownReachesNoOne() {
        assertThat(share(allIn("csc-hackney", HACKNEY, OUTCOME), OUTCOME, OUTCOME_EVENT, CaseFacts.unknown()))
                .isEqualTo(Share.NO);
        assertThat(share(
                        involvedOnly("lado-east-london", Set.of(), OUTCOME),
                        OUTCOME,
                        OUTCOME_EVENT,
                        new CaseFacts(null, Map.of("lado-east-london", T), Map.of(), null)))
                .isEqualTo(Share.NO);
    }

    @Test
    void aPausedSubscriptionIsNotEntitled() {
        assertThat(share(
                        subscription(
                                "csc-hackney",
                                Set.of(REFERRAL),
                                Set.of(HACKNEY),
                                CaseScope.ALL_IN_AREA,
                                SubscriptionStatus.PAUSED),
                        REFERRAL,
                        REFERRAL_EVENT,
                        HACKNEY_CASE))
                .isEqualTo(Share.NO);
    }

    @Test
    void involvedOnlyReachesAnInvolvedAgencyInAnyOfItsAreas() {
        assertThat(share(involvedOnly("lado-east-london", Set.of(), OUTCOME), OUTCOME, OUTCOME_EVENT, HACKNEY_CASE))
                .isEqualTo(Share.YES);
    }

    @Test
    void involvementEntitlesFromTheEventThatInvolvedTheAgencyOnwards() {
        assertThat(share(
                        involvedOnly("lado-east-london", Set.of(), REFERRAL),
                        REFERRAL,
                        REFERRAL_EVENT,
                        T.minusSeconds(3600),
                        HACKNEY_CASE))
                .isEqualTo(Share.NO);
    }

    @Test
    void involvedOnlyIgnoresAnAgencyThatIsNotInvolved() {
        assertThat(share(involvedOnly("mash-hackney", Set.of(HACKNEY), OUTCOME), OUTCOME, OUTCOME_EVENT, HACKNEY_CASE))
                .isEqualTo(Share.NO);
    }

    @Test
    void involvedOnlyWithAreasAlsoNeedsTheArea() {
        assertThat(share(
                        involvedOnly("lado-east-london", Set.of("E09000030"), OUTCOME),
                        OUTCOME,
                        OUTCOME_EVENT,
                        HACKNEY_CASE))
                .isEqualTo(Share.NO);
    }

    @Test
    void aChildsRoleGoesOnlyToAnInvolvedAgency() {
        assertThat(share(allIn("csc-hackney", HACKNEY, CRIME), CRIME, CRIME_EVENT, HACKNEY_CASE))
                .isEqualTo(Share.WITHOUT_CHILD_ROLES);
        assertThat(share(involvedOnly("lado-east-london", Set.of(), CRIME), CRIME, CRIME_EVENT, HACKNEY_CASE))
                .isEqualTo(Share.YES);
    }

    @Test
    void aMeetingReachesTheAgenciesItInvolves() {
        StrategyMeetingConvenedEvent meeting = new StrategyMeetingConvenedEvent(
                "c-1",
                "MPS",
                "m-1",
                T,
                List.of(new StrategyMeetingConvenedEvent.Organisation("LADO", "lado-east-london")),
                T);
        assertThat(share(involvedOnly("lado-east-london", Set.of(), MEETING), MEETING, meeting, HACKNEY_CASE))
                .isEqualTo(Share.YES);
        assertThat(share(allIn("csc-hackney", HACKNEY, MEETING), MEETING, meeting, HACKNEY_CASE))
                .isEqualTo(Share.NO);
    }

    @Test
    void anActionReachesItsOwnerOnly() {
        StrategyActionAssignedEvent action = new StrategyActionAssignedEvent(
                "c-1", "MPS", "m-1", "a-1", "CHILDRENS_SOCIAL_CARE", "csc-hackney", T, T);
        CaseFacts facts = new CaseFacts(HACKNEY, Map.of("csc-hackney", T, "mash-hackney", T), Map.of(), T);
        assertThat(share(allIn("csc-hackney", HACKNEY, ACTION), ACTION, action, facts))
                .isEqualTo(Share.YES);
        assertThat(share(allIn("mash-hackney", HACKNEY, ACTION), ACTION, action, facts))
                .isEqualTo(Share.NO);
    }

    @Test
    void anActionsCompletionReachesItsOwnerOnly() {
        StrategyActionCompletedEvent done = new StrategyActionCompletedEvent("c-1", "MPS", "m-1", "a-1", T);
        CaseFacts facts =
                new CaseFacts(HACKNEY, Map.of("csc-hackney", T, "mash-hackney", T), Map.of("a-1", "csc-hackney"), T);
        assertThat(share(allIn("csc-hackney", HACKNEY, ACTION_DONE), ACTION_DONE, done, facts))
                .isEqualTo(Share.YES);
        assertThat(share(allIn("mash-hackney", HACKNEY, ACTION_DONE), ACTION_DONE, done, facts))
                .isEqualTo(Share.NO);
    }
}
