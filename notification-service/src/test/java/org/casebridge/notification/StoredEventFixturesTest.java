package org.casebridge.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.casebridge.events.lawful.Controller;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.notification.delivery.audit.InformationSharedEvent;
import org.casebridge.notification.delivery.audit.InformationSharedEventUpcaster;
import org.casebridge.notification.delivery.audit.SharingEntitlement;
import org.casebridge.notification.referral.command.AgencyCaseEvent;
import org.casebridge.notification.referral.command.AllegationOutcome;
import org.casebridge.notification.referral.command.LadoAdult;
import org.casebridge.notification.referral.command.MeetingAttendee;
import org.casebridge.notification.referral.command.MeetingAttendeeRole;
import org.casebridge.notification.referral.command.Section47Outcome;
import org.casebridge.notification.referral.command.StrategyActionNotedEventUpcaster;
import org.casebridge.notification.report.PartnershipFact;
import org.casebridge.notification.report.PartnershipFactsRecordedEvent;
import org.casebridge.notification.retention.CopiesErasedEvent;
import org.casebridge.notification.retention.CopiesErasure;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.CaseScope;
import org.casebridge.notification.subscription.command.Channel;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.LawfulBasis;
import org.casebridge.notification.subscription.command.RedeliveryRequestedEvent;
import org.casebridge.notification.subscription.command.ReplayRequestedEvent;
import org.casebridge.notification.subscription.command.SubscribedEvent;
import org.casebridge.notification.subscription.command.SubscriptionEvent;
import org.casebridge.notification.subscription.command.SubscriptionEventUpcaster;
import org.casebridge.notification.subscription.command.SubscriptionFilter;
import org.casebridge.notification.subscription.command.SubscriptionFiltersChangedEvent;
import org.casebridge.notification.subscription.command.SubscriptionPausedEvent;
import org.casebridge.notification.subscription.command.SubscriptionResumedEvent;
import org.casebridge.notification.subscription.command.WebhookSecretRotatedEvent;
import org.casebridge.platform.axon.AxonPostgresConfiguration;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.test.FixtureKeys;
import org.casebridge.platform.test.StoredEventFixtureChecks;
import org.casebridge.platform.test.StoredEventFixtures;
import org.junit.jupiter.api.Test;

/**
 * Every subscription event and the information-sharing record, as the event store holds them today
 * (src/test/resources/event-fixtures), still read back with today's classes and the event store's serializer, and
 * write again as saved. Revision 1 of each (who acted as a bare user id, the Article 9 condition as free text, a share
 * without its controller) reads through the upcasters (ADR 0024, ADR 0025). The LADO's free text is read and written
 * sealed under fixed keys ({@link FixtureKeys}); the clear fixtures of revision 1 still read (ADR 0075).
 */
class StoredEventFixturesTest extends StoredEventFixtureChecks {

    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final Instant EARLIER = Instant.parse("2026-11-27T15:30:00Z");
    static final ActedBy WORKER = new ActedBy("sw.adeyemi", "AGENCY", "csc-hackney");
    static final SubscriptionFilter FILTER = new SubscriptionFilter(
            Set.of("org.casebridge.school.case-referred.v1", "org.casebridge.police.outcome-assigned.v1"),
            Set.of("E09000012"),
            CaseScope.ALL_IN_AREA);
    static final LawfulBasis BASIS = new LawfulBasis(
            Article6Basis.PUBLIC_TASK, Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK);
    static final ActedBy BY = new ActedBy("sw.adeyemi", "AGENCY", "csc-hackney");

    static final ActedBy LADO_OFFICER = new ActedBy("lado.osei", "AGENCY", "lado-east-london");

    static final List<Object> EXAMPLES = List.of(
            new SubscribedEvent(
                    "s-1",
                    "csc-hackney",
                    FILTER,
                    new Channel(ChannelType.WEBHOOK, "https://csc.hackney.example/casebridge"),
                    "v1:c2VjcmV0",
                    BASIS,
                    BY,
                    AT),
            new SubscriptionPausedEvent("s-1", "csc-hackney", BY, AT),
            new SubscriptionResumedEvent("s-1", "csc-hackney", BY, AT),
            new WebhookSecretRotatedEvent("s-1", "csc-hackney", "v1:bmV3LXNlY3JldA", BY, AT),
            new SubscriptionFiltersChangedEvent("s-1", "csc-hackney", FILTER, BY, AT),
            new ReplayRequestedEvent("s-1", "csc-hackney", EARLIER, BY, AT),
            new RedeliveryRequestedEvent("s-1", "csc-hackney", "delivery-1", "event-1", BY, AT),
            new InformationSharedEvent(
                    "share-1",
                    "delivery-1",
                    "s-1",
                    "csc-hackney",
                    "event-1",
                    "org.casebridge.school.case-referred.v1",
                    "0b6f3f0e-2c1d-4a57-9d0e-5f7c1a2b3c4d",
                    ChannelType.WEBHOOK,
                    Controller.school("100001"),
                    "UK_GDPR/PUBLIC_TASK/SCH1_PARA_18",
                    BASIS,
                    new SharingEntitlement("CHILDRENS_SOCIAL_CARE", "REFERRED_TO_CHILDRENS_SOCIAL_CARE", "YES"),
                    InformationSharedEvent.sharedFor(Controller.school("100001")),
                    AT),
            new AgencyCaseEvent.ReferralReceivedEvent(
                    "csc-hackney:c-1", "c-1", "csc-hackney", "100001", "E09000012", EARLIER, AT, EARLIER),
            new AgencyCaseEvent.ReferralAcknowledgedEvent(
                    "csc-hackney:c-1", "c-1", "csc-hackney", "100001", WORKER, AT, true),
            new AgencyCaseEvent.AcknowledgementOverdueEvent(
                    "csc-hackney:c-1", "c-1", "csc-hackney", "100001", EARLIER, AT),
            new AgencyCaseEvent.Section47EnquiriesStartedEvent(
                    "csc-hackney:c-1", "c-1", "csc-hackney", "100001", WORKER, EARLIER, AT),
            new AgencyCaseEvent.LadoReferralReceivedEvent(
                    "lado-east-london:c-1",
                    "c-1",
                    "lado-east-london",
                    "100001",
                    "E09000012",
                    List.of(new LadoAdult("adult-1", "SUPPLY_STAFF", "SUPPLY_AGENCY")),
                    2,
                    EARLIER,
                    true,
                    EARLIER,
                    AT,
                    AT),
            new AgencyCaseEvent.LadoReferralAcknowledgedEvent(
                    "lado-east-london:c-1", "c-1", "lado-east-london", "100001", LADO_OFFICER, AT, true),
            new AgencyCaseEvent.AllegationMeetingRecordedEvent(
                    "lado-east-london:c-1",
                    "c-1",
                    "lado-east-london",
                    "100001",
                    LADO_OFFICER,
                    LocalDate.parse("2026-11-30"),
                    List.of(new MeetingAttendee(MeetingAttendeeRole.HEADTEACHER, "Clapton Park Academy")),
                    "Police to investigate first",
                    AT),
            new AgencyCaseEvent.AllegationOutcomeRecordedEvent(
                    "lado-east-london:c-1",
                    "c-1",
                    "lado-east-london",
                    "100001",
                    LADO_OFFICER,
                    AllegationOutcome.UNFOUNDED,
                    "No basis for the allegation",
                    AT),
            new AgencyCaseEvent.Section47OutcomeRecordedEvent(
                    "csc-hackney:c-1",
                    "c-1",
                    "csc-hackney",
                    "100001",
                    Section47Outcome.CHILD_PROTECTION_CONFERENCE,
                    WORKER,
                    AT),
            new AgencyCaseEvent.StrategyActionNotedEvent(
                    "csc-hackney:c-1",
                    "c-1",
                    "csc-hackney",
                    "meeting-1",
                    "action-1",
                    "SECTION_47_ENQUIRY",
                    AT,
                    EARLIER),
            new AgencyCaseEvent.StrategyActionCompletedByAgencyEvent(
                    "csc-hackney:c-1", "c-1", "csc-hackney", "100001", "meeting-1", "action-1", WORKER, AT),
            new AgencyCaseEvent.StrategyActionConfirmedEvent("csc-hackney:c-1", "c-1", "csc-hackney", "action-1", AT),
            new AgencyCaseEvent.ReferralNotRoutedEvent("unrouted:c-1", "c-1", "100001", "E09000012", EARLIER),
            new AgencyCaseEvent.LadoAcknowledgementOverdueEvent(
                    "lado-east-london:c-1", "c-1", "lado-east-london", "100001", EARLIER, AT),
            new AgencyCaseEvent.LadoReferralNotRoutedEvent("unrouted-lado:c-1", "c-1", "100001", "E09000012", EARLIER),
            new AgencyCaseEvent.AgencyCaseFreeTextErasedEvent(
                    "lado-east-london:c-1",
                    "c-1",
                    "lado-east-london",
                    "100001",
                    "LADO_ALLEGATION_MALICIOUS",
                    LocalDate.parse("2026-11-27"),
                    new ActedBy("casebridge:retention", ActedBy.SYSTEM, "lado-east-london"),
                    AT,
                    "Retention period ended (a malicious allegation's record is removed once concluded, KCSIE"
                            + " Part 4; ADR 0075)"),
            new AgencyCaseEvent.PensionAgeRecordedEvent(
                    "lado-east-london:c-1",
                    "c-1",
                    "lado-east-london",
                    "100001",
                    "adult-1",
                    "2051-06-14",
                    LADO_OFFICER,
                    AT),
            new AgencyCaseEvent.RetentionConsentRecordedEvent(
                    "lado-east-london:c-1",
                    "c-1",
                    "lado-east-london",
                    "100001",
                    "adult-1",
                    LADO_OFFICER,
                    "Mr Doe asked in writing on 27 November for the record to be kept.",
                    EARLIER),
            new AgencyCaseEvent.RetentionConsentWithdrawnEvent(
                    "lado-east-london:c-1",
                    "c-1",
                    "lado-east-london",
                    "100001",
                    "adult-1",
                    LADO_OFFICER,
                    "Mr Doe wrote on 28 November that he no longer consents.",
                    AT),
            new PartnershipFactsRecordedEvent(
                    "event-1", "c-1", "E09000012", List.of(new PartnershipFact("OUTCOME", "21", EARLIER)), AT),
            new CopiesErasedEvent(
                    "erasure-1",
                    "c-1",
                    3,
                    2,
                    EARLIER,
                    CopiesErasure.retention("100001"),
                    AT,
                    "Retention period ended (copies of received events kept 1 year and of deliveries 1 year after the"
                            + " event, ADR 0069)"));

    private static final StoredEventFixtures FIXTURES = StoredEventFixtures.of(
                    "org.casebridge.notification",
                    AxonPostgresConfiguration.sealingSerializer(FixtureKeys.ALL::key),
                    EXAMPLES)
            .upcastingWith(new EventUpcasterChain(
                    new SubscriptionEventUpcaster(),
                    new InformationSharedEventUpcaster(),
                    new StrategyActionNotedEventUpcaster()))
            .leavingUnsetWhenUpcast(InformationSharedEvent.class, "1", "controller")
            .leavingUnsetWhenUpcast(InformationSharedEvent.class, "1", "controllerBasis")
            .leavingUnsetWhenUpcast(InformationSharedEvent.class, "1", "entitlement");

    @Test
    void
            theStoredEventTypesAreEverySubscriptionEventInformationSharedEveryAgencyCaseEventPartnershipFactsAndErasures() {
        assertThat(FIXTURES.storedTypes())
                .containsExactlyInAnyOrder(Stream.of(
                                Stream.of(SubscriptionEvent.class.getPermittedSubclasses()),
                                Stream.of(InformationSharedEvent.class),
                                Stream.of(AgencyCaseEvent.class.getPermittedSubclasses()),
                                Stream.of(PartnershipFactsRecordedEvent.class),
                                Stream.of(CopiesErasedEvent.class))
                        .flatMap(types -> types)
                        .toArray(Class<?>[]::new));
    }

    @Override
    protected StoredEventFixtures fixtures() {
        return FIXTURES;
    }
}
