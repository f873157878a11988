package org.casebridge.notification.delivery.audit;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.events.lawful.Controller;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.events.lawful.Schedule8Condition;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.Article6BasisNotForPublicAuthoritiesException;
import org.casebridge.notification.subscription.command.Article9ConditionRequiredException;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.ConsentIsTheWrongBasisException;
import org.casebridge.notification.subscription.command.LawfulBasis;
import org.casebridge.platform.domain.ActedBy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InformationShareTest {

    private static final Instant AT = Instant.parse("2026-11-28T09:45:00Z");
    private static final LawfulBasis BASIS = new LawfulBasis(
            Article6Basis.PUBLIC_TASK, Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK);
    private static final Controller FORCE = Controller.policeForce("MPS");
    private static final org.casebridge.events.lawful.LawfulBasis FORCE_BASIS =
            org.casebridge.events.lawful.LawfulBasis.lawEnforcement(
                    Schedule8Condition.PARA_4_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK);
    private static final SharingEntitlement RULE =
            new SharingEntitlement("CHILDRENS_SOCIAL_CARE", "REFERRED_TO_CHILDRENS_SOCIAL_CARE", "YES");

    private FixtureConfiguration<InformationShare> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InformationShare.class);
    }

    private static RecordInformationSharedCommand record(
            Controller controller,
            org.casebridge.events.lawful.LawfulBasis controllerBasis,
            LawfulBasis basis,
            SharingEntitlement entitlement) {
        return new RecordInformationSharedCommand(
                "share-1",
                "delivery-1",
                "sub-1",
                "csc-hackney",
                "event-1",
                "org.casebridge.police.outcome-assigned.v1",
                "c-1",
                ChannelType.WEBHOOK,
                controller,
                controllerBasis,
                basis,
                entitlement,
                AT);
    }

    private static RecordInformationSharedCommand record(LawfulBasis basis) {
        return record(FORCE, FORCE_BASIS, basis, RULE);
    }

    @Test
    void recordsAShareNamingItsControllerBothBasesAndTheRuleThatEntitledIt() {
        fixture.givenNoPriorActivity()
                .when(record(BASIS))
                .expectEvents(new InformationSharedEvent(
                        "share-1",
                        "delivery-1",
                        "sub-1",
                        "csc-hackney",
                        "event-1",
                        "org.casebridge.police.outcome-assigned.v1",
                        "c-1",
                        ChannelType.WEBHOOK,
                        FORCE,
                        "DPA_2018_PART_3/S35_2_B/SCH8_PARA_4",
                        BASIS,
                        RULE,
                        new ActedBy("casebridge/notification-service", "SYSTEM", "MPS"),
                        AT));
    }

    @Test
    void cannotRecordAShareWithoutAScheduleOneCondition() {
        refused(record(new LawfulBasis(Article6Basis.PUBLIC_TASK, null)), Article9ConditionRequiredException.class);
    }

    @Test
    void cannotRecordAShareOnConsent() {
        refused(
                record(new LawfulBasis(Article6Basis.CONSENT, BASIS.schedule1Condition())),
                ConsentIsTheWrongBasisException.class);
    }

    @Test
    void cannotRecordAShareOnLegitimateInterests() {
        refused(
                record(new LawfulBasis(Article6Basis.LEGITIMATE_INTERESTS, BASIS.schedule1Condition())),
                Article6BasisNotForPublicAuthoritiesException.class);
    }

    @Test
    void cannotRecordAShareThatNamesNoController() {
        refused(record(null, FORCE_BASIS, BASIS, RULE), ShareNotAccountableException.class);
    }

    @Test
    void cannotRecordAShareWithoutTheBasisItsControllerSharedOn() {
        refused(record(FORCE, null, BASIS, RULE), ShareNotAccountableException.class);
    }

    @Test
    void cannotRecordAShareNoRuleEntitled() {
        refused(
                record(FORCE, FORCE_BASIS, BASIS, new SharingEntitlement("HEALTH", "NONE", "NO")),
                ShareNotAccountableException.class);
    }

    /** The share is refused by the rule, and nothing is recorded. */
    private void refused(RecordInformationSharedCommand command, Class<? extends Exception> rule) {
        fixture.givenNoPriorActivity().when(command).expectNoEvents().expectException(rule);
    }
}
