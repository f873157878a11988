package org.casebridge.notification.subscription.command;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.containsString;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.notification.agency.AgencyDirectory;
import org.casebridge.notification.agency.AgencyKind;
import org.casebridge.notification.agency.DirectoryAgency;
import org.casebridge.notification.agency.ServicePeriod;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:30:00Z");
    private static final String ID = "sub-1";
    private static final String AGENCY = "csc-hackney";
    private static final ActedBy OFFICER = new ActedBy("worker-7", "AGENCY", "csc-hackney");
    private static final ActedBy SOMEONE_ELSE = new ActedBy("someone", "AGENCY", "lado-hackney");
    private static final String REFERRAL = "org.casebridge.school.referral-made.v1";
    private static final String OUTCOME = "org.casebridge.police.outcome-assigned.v1";
    private static final SubscriptionFilter FILTER =
            new SubscriptionFilter(Set.of(REFERRAL, OUTCOME), Set.of("E09000012"), CaseScope.ALL_IN_AREA);
    private static final LawfulBasis BASIS = new LawfulBasis(
            Article6Basis.PUBLIC_TASK, Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK);
    private static final Channel WEBHOOK = new Channel(ChannelType.WEBHOOK, "https://hooks.hackney.example/casebridge");

    /** Hackney's team also took Tower Hamlets on; it gave Westminster up at the end of 2025. */
    private static final AgencyDirectory DIRECTORY = AgencyDirectory.of(List.of(
            new DirectoryAgency(
                    AGENCY,
                    "Hackney Children's Social Care",
                    AgencyKind.CHILDRENS_SOCIAL_CARE,
                    List.of(
                            new ServicePeriod(Set.of("E09000012"), LocalDate.parse("2020-04-01"), null),
                            new ServicePeriod(Set.of("E09000030"), LocalDate.parse("2026-12-01"), null),
                            new ServicePeriod(
                                    Set.of("E09000033"),
                                    LocalDate.parse("2020-04-01"),
                                    LocalDate.parse("2026-01-01")))),
            new DirectoryAgency(
                    "lado-hackney",
                    "Hackney LADO",
                    AgencyKind.LADO,
                    List.of(new ServicePeriod(Set.of("E09000012"), LocalDate.parse("2020-04-01"), null)))));

    private FixtureConfiguration<Subscription> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subscription.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(WebhookEndpointPolicy.strict());
        fixture.registerInjectableResource(DIRECTORY);
    }

    private static SubscribeCommand subscribe(SubscriptionFilter filter, Channel channel, LawfulBasis basis) {
        return new SubscribeCommand(ID, AGENCY, OFFICER, filter, channel, "ciphertext", basis);
    }

    private static SubscribedEvent subscribed() {
        return new SubscribedEvent(ID, AGENCY, FILTER, WEBHOOK, "ciphertext", BASIS, OFFICER, NOW);
    }

    @Test
    void subscribesWithAWebhookKeepingOnlyTheEncryptedSecret() {
        fixture.givenNoPriorActivity()
                .when(subscribe(FILTER, WEBHOOK, BASIS))
                .expectSuccessfulHandlerExecution()
                .expectEvents(subscribed());
    }

    @Test
    void subscribesByEmailWithoutASecret() {
        Channel email = new Channel(ChannelType.EMAIL, "mash@hackney.example");
        fixture.givenNoPriorActivity()
                .when(subscribe(FILTER, email, BASIS))
                .expectEvents(new SubscribedEvent(ID, AGENCY, FILTER, email, null, BASIS, OFFICER, NOW));
    }

    @Test
    void subscribesByKafkaOnTheAgencysOwnTopicWhateverTheRequestSaid() {
        fixture.givenNoPriorActivity()
                .when(subscribe(FILTER, new Channel(ChannelType.KAFKA, "casebridge.school.events"), BASIS))
                .expectEvents(new SubscribedEvent(
                        ID,
                        AGENCY,
                        FILTER,
                        new Channel(ChannelType.KAFKA, "casebridge.agency.csc-hackney.events"),
                        null,
                        BASIS,
                        OFFICER,
                        NOW));
    }

    @Test
    void subscribesToInvolvedCasesWithoutAnArea() {
        SubscriptionFilter involved = new SubscriptionFilter(Set.of(OUTCOME), Set.of(), CaseScope.INVOLVED_ONLY);
        fixture.givenNoPriorActivity()
                .when(subscribe(involved, WEBHOOK, BASIS))
                .expectEvents(new SubscribedEvent(ID, AGENCY, involved, WEBHOOK, "ciphertext", BASIS, OFFICER, NOW));
    }

    @Test
    void cannotSubscribeToAnAreaTheDirectoryDoesNotGiveTheAgency() {
        fixture.givenNoPriorActivity()
                .when(subscribe(
                        new SubscriptionFilter(
                                Set.of(REFERRAL), Set.of("E09000012", "E08000025"), CaseScope.ALL_IN_AREA),
                        WEBHOOK,
                        BASIS))
                .expectNoEvents()
                .expectException(AreaNotServedException.class)
                .expectExceptionMessage(containsString("[E08000025]"));
    }

    @Test
    void cannotSubscribeToAnAreaTheAgencyNoLongerServes() {
        fixture.givenNoPriorActivity()
                .when(subscribe(
                        new SubscriptionFilter(Set.of(REFERRAL), Set.of("E09000033"), CaseScope.ALL_IN_AREA),
                        WEBHOOK,
                        BASIS))
                .expectNoEvents()
                .expectException(AreaNotServedException.class);
    }

    @Test
    void subscribesToAnAreaTheAgencyTakesOnLater() {
        SubscriptionFilter both =
                new SubscriptionFilter(Set.of(REFERRAL), Set.of("E09000012", "E09000030"), CaseScope.ALL_IN_AREA);
        fixture.givenNoPriorActivity()
                .when(subscribe(both, WEBHOOK, BASIS))
                .expectEvents(new SubscribedEvent(ID, AGENCY, both, WEBHOOK, "ciphertext", BASIS, OFFICER, NOW));
    }

    @Test
    void anAgencyOutsideTheDirectoryCannotSubscribe() {
        fixture.givenNoPriorActivity()
                .when(new SubscribeCommand(ID, "csc-nowhere", OFFICER, FILTER, WEBHOOK, "ciphertext", BASIS))
                .expectNoEvents()
                .expectException(AgencyNotInDirectoryException.class);
    }

    @Test
    void aLadoCannotFollowEveryCaseOfItsArea() {
        fixture.givenNoPriorActivity()
                .when(new SubscribeCommand(ID, "lado-hackney", OFFICER, FILTER, WEBHOOK, "ciphertext", BASIS))
                .expectNoEvents()
                .expectException(ScopeNotForAgencyKindException.class);
    }

    @Test
    void aLadoFollowsTheCasesItIsInvolvedIn() {
        SubscriptionFilter involved =
                new SubscriptionFilter(Set.of(OUTCOME), Set.of("E09000012"), CaseScope.INVOLVED_ONLY);
        fixture.givenNoPriorActivity()
                .when(new SubscribeCommand(ID, "lado-hackney", OFFICER, involved, WEBHOOK, "ciphertext", BASIS))
                .expectEvents(
                        new SubscribedEvent(ID, "lado-hackney", involved, WEBHOOK, "ciphertext", BASIS, OFFICER, NOW));
    }

    @Test
    void cannotSubscribeToNoEventType() {
        fixture.givenNoPriorActivity()
                .when(subscribe(
                        new SubscriptionFilter(Set.of(), Set.of("E09000012"), CaseScope.ALL_IN_AREA), WEBHOOK, BASIS))
                .expectNoEvents()
                .expectException(NoEventTypesException.class);
    }

    @Test
    void cannotSubscribeToAnUnknownEventType() {
        fixture.givenNoPriorActivity()
                .when(subscribe(
                        new SubscriptionFilter(
                                Set.of(REFERRAL, "org.casebridge.school.pupil-names.v1"),
                                Set.of("E09000012"),
                                CaseScope.ALL_IN_AREA),
                        WEBHOOK,
                        BASIS))
                .expectNoEvents()
                .expectException(UnknownEventTypeException.class);
    }

    @Test
    void cannotSubscribeToAllCasesInNoArea() {
        fixture.givenNoPriorActivity()
                .when(subscribe(
                        new SubscriptionFilter(Set.of(REFERRAL), Set.of(), CaseScope.ALL_IN_AREA), WEBHOOK, BASIS))
                .expectNoEvents()
                .expectException(AreaRequiredException.class);
    }

    @Test
    void cannotSubscribeToAnAreaThatIsNotALocalAuthorityCode() {
        fixture.givenNoPriorActivity()
                .when(subscribe(
                        new SubscriptionFilter(Set.of(REFERRAL), Set.of("Hackney"), CaseScope.ALL_IN_AREA),
                        WEBHOOK,
                        BASIS))
                .expectNoEvents()
                .expectException(InvalidAreaCodeException.class);
    }

    @Test
    void cannotSubscribeAnHttpWebhookOutsideTheLocalProfile() {
        fixture.givenNoPriorActivity()
                .when(subscribe(FILTER, new Channel(ChannelType.WEBHOOK, "http://hooks.hackney.example/x"), BASIS))
                .expectNoEvents()
                .expectException(WebhookUrlRejectedException.class);
    }

    @Test
    void cannotSubscribeAWebhookOnALoopbackAddress() {
        fixture.givenNoPriorActivity()
                .when(subscribe(FILTER, new Channel(ChannelType.WEBHOOK, "https://127.0.0.1:8443/x"), BASIS))
                .expectNoEvents()
                .expectException(WebhookUrlRejectedException.class);
    }

    @Test
    void cannotSubscribeAWebhookOnAPrivateAddress() {
        fixture.givenNoPriorActivity()
                .when(subscribe(FILTER, new Channel(ChannelType.WEBHOOK, "https://10.1.2.3/x"), BASIS))
                .expectNoEvents()
                .expectException(WebhookUrlRejectedException.class);
    }

    @Test
    void cannotSubscribeAWebhookOnLocalhost() {
        fixture.givenNoPriorActivity()
                .when(subscribe(FILTER, new Channel(ChannelType.WEBHOOK, "https://localhost/x"), BASIS))
                .expectNoEvents()
                .expectException(WebhookUrlRejectedException.class);
    }

    @Test
    void theLocalProfileAllowsAnHttpReceiverOnThisMachine() {
        Channel local = new Channel(ChannelType.WEBHOOK, "http://localhost:9999/hook");
        FixtureConfiguration<Subscription> localFixture = new AggregateTestFixture<>(Subscription.class);
        localFixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        localFixture.registerInjectableResource(WebhookEndpointPolicy.local());
        localFixture.registerInjectableResource(DIRECTORY);
        localFixture
                .givenNoPriorActivity()
                .when(subscribe(FILTER, local, BASIS))
                .expectEvents(new SubscribedEvent(ID, AGENCY, FILTER, local, "ciphertext", BASIS, OFFICER, NOW));
    }

    @Test
    void cannotSubscribeByEmailWithoutAnAddress() {
        fixture.givenNoPriorActivity()
                .when(subscribe(FILTER, new Channel(ChannelType.EMAIL, "mash at hackney"), BASIS))
                .expectNoEvents()
                .expectException(InvalidEmailAddressException.class);
    }

    @Test
    void cannotSubscribeByKafkaWhenTheAgencyIdCannotNameATopic() {
        fixture.givenNoPriorActivity()
                .when(new SubscribeCommand(
                        ID, "csc hackney/1", OFFICER, FILTER, new Channel(ChannelType.KAFKA, null), null, BASIS))
                .expectNoEvents()
                .expectException(AgencyIdNotATopicNameException.class);
    }

    @Test
    void cannotShareOnConsent() {
        fixture.givenNoPriorActivity()
                .when(subscribe(FILTER, WEBHOOK, new LawfulBasis(Article6Basis.CONSENT, BASIS.schedule1Condition())))
                .expectNoEvents()
                .expectException(ConsentIsTheWrongBasisException.class);
    }

    @Test
    void cannotShareWithoutAScheduleOneCondition() {
        fixture.givenNoPriorActivity()
                .when(subscribe(FILTER, WEBHOOK, new LawfulBasis(Article6Basis.PUBLIC_TASK, null)))
                .expectNoEvents()
                .expectException(Article9ConditionRequiredException.class);
    }

    @Test
    void aPublicAuthorityCannotShareOnLegitimateInterests() {
        fixture.givenNoPriorActivity()
                .when(subscribe(
                        FILTER,
                        WEBHOOK,
                        new LawfulBasis(Article6Basis.LEGITIMATE_INTERESTS, BASIS.schedule1Condition())))
                .expectNoEvents()
                .expectException(Article6BasisNotForPublicAuthoritiesException.class);
    }

    @Test
    void aPublicAuthorityCannotShareOnAContract() {
        fixture.givenNoPriorActivity()
                .when(subscribe(FILTER, WEBHOOK, new LawfulBasis(Article6Basis.CONTRACT, BASIS.schedule1Condition())))
                .expectNoEvents()
                .expectException(Article6BasisNotForPublicAuthoritiesException.class);
    }

    @Test
    void sharesOnALegalObligationWithItsScheduleOneCondition() {
        LawfulBasis statutory = new LawfulBasis(
                Article6Basis.LEGAL_OBLIGATION, Schedule1Condition.PARA_6_STATUTORY_AND_GOVERNMENT_PURPOSES);
        fixture.givenNoPriorActivity()
                .when(subscribe(FILTER, WEBHOOK, statutory))
                .expectEvents(new SubscribedEvent(ID, AGENCY, FILTER, WEBHOOK, "ciphertext", statutory, OFFICER, NOW));
    }

    @Test
    void recordsWhoActedWithTheirRoleAndAgency() {
        fixture.given(subscribed())
                .when(new PauseSubscriptionCommand(ID, AGENCY, OFFICER))
                .expectEventsMatching(exactSequenceOf(
                        messageWithPayload(matches(
                                event -> ((SubscriptionEvent) event).by().equals(OFFICER))),
                        andNoMore()));
    }

    @Test
    void pausesAnActiveSubscription() {
        fixture.given(subscribed())
                .when(new PauseSubscriptionCommand(ID, AGENCY, OFFICER))
                .expectEvents(new SubscriptionPausedEvent(ID, AGENCY, OFFICER, NOW))
                .expectResultMessagePayload(false);
    }

    @Test
    void aSecondPauseRecordsNothingAndSaysItWasAlreadyPaused() {
        fixture.given(subscribed(), new SubscriptionPausedEvent(ID, AGENCY, OFFICER, NOW))
                .when(new PauseSubscriptionCommand(ID, AGENCY, OFFICER))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(true);
    }

    @Test
    void anotherAgencyCannotSeeTheSubscriptionToPauseIt() {
        fixture.given(subscribed())
                .when(new PauseSubscriptionCommand(ID, "lado-hackney", SOMEONE_ELSE))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void resumesAPausedSubscription() {
        fixture.given(subscribed(), new SubscriptionPausedEvent(ID, AGENCY, OFFICER, NOW))
                .when(new ResumeSubscriptionCommand(ID, AGENCY, OFFICER))
                .expectEvents(new SubscriptionResumedEvent(ID, AGENCY, OFFICER, NOW))
                .expectResultMessagePayload(false);
    }

    @Test
    void resumingASubscriptionThatIsReceivingRecordsNothingAndSaysSo() {
        fixture.given(
                        subscribed(),
                        new SubscriptionPausedEvent(ID, AGENCY, OFFICER, NOW),
                        new SubscriptionResumedEvent(ID, AGENCY, OFFICER, NOW))
                .when(new ResumeSubscriptionCommand(ID, AGENCY, OFFICER))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(true);
    }

    @Test
    void anotherAgencyCannotResume() {
        fixture.given(subscribed(), new SubscriptionPausedEvent(ID, AGENCY, OFFICER, NOW))
                .when(new ResumeSubscriptionCommand(ID, "lado-hackney", SOMEONE_ELSE))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void rotatesTheWebhookSecret() {
        fixture.given(subscribed())
                .when(new RotateWebhookSecretCommand(ID, AGENCY, OFFICER, "new-ciphertext"))
                .expectEvents(new WebhookSecretRotatedEvent(ID, AGENCY, "new-ciphertext", OFFICER, NOW));
    }

    @Test
    void cannotRotateTheSecretOfAnEmailSubscription() {
        fixture.given(new SubscribedEvent(
                        ID,
                        AGENCY,
                        FILTER,
                        new Channel(ChannelType.EMAIL, "mash@hackney.example"),
                        null,
                        BASIS,
                        OFFICER,
                        NOW))
                .when(new RotateWebhookSecretCommand(ID, AGENCY, OFFICER, "new-ciphertext"))
                .expectNoEvents()
                .expectException(SecretRotationRequiresWebhookException.class);
    }

    @Test
    void anotherAgencyCannotRotateTheSecret() {
        fixture.given(subscribed())
                .when(new RotateWebhookSecretCommand(ID, "lado-hackney", SOMEONE_ELSE, "new-ciphertext"))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void changesFilters() {
        SubscriptionFilter wider = new SubscriptionFilter(
                Set.of(REFERRAL, OUTCOME), Set.of("E09000012", "E09000030"), CaseScope.ALL_IN_AREA);
        fixture.given(subscribed())
                .when(new ChangeSubscriptionFiltersCommand(ID, AGENCY, OFFICER, wider))
                .expectEvents(new SubscriptionFiltersChangedEvent(ID, AGENCY, wider, OFFICER, NOW));
    }

    @Test
    void changingToTheSameFiltersRecordsNothing() {
        fixture.given(subscribed())
                .when(new ChangeSubscriptionFiltersCommand(ID, AGENCY, OFFICER, FILTER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotChangeFiltersToAnUnknownEventType() {
        fixture.given(subscribed())
                .when(new ChangeSubscriptionFiltersCommand(
                        ID,
                        AGENCY,
                        OFFICER,
                        new SubscriptionFilter(
                                Set.of("org.casebridge.police.everything.v1"),
                                Set.of("E09000012"),
                                CaseScope.ALL_IN_AREA)))
                .expectNoEvents()
                .expectException(UnknownEventTypeException.class);
    }

    @Test
    void cannotChangeFiltersToAllCasesInNoArea() {
        fixture.given(subscribed())
                .when(new ChangeSubscriptionFiltersCommand(
                        ID, AGENCY, OFFICER, new SubscriptionFilter(Set.of(REFERRAL), Set.of(), CaseScope.ALL_IN_AREA)))
                .expectNoEvents()
                .expectException(AreaRequiredException.class);
    }

    @Test
    void cannotChangeFiltersToAnAreaTheDirectoryDoesNotGiveTheAgency() {
        fixture.given(subscribed())
                .when(new ChangeSubscriptionFiltersCommand(
                        ID,
                        AGENCY,
                        OFFICER,
                        new SubscriptionFilter(Set.of(REFERRAL), Set.of("E08000025"), CaseScope.ALL_IN_AREA)))
                .expectNoEvents()
                .expectException(AreaNotServedException.class);
    }

    @Test
    void anotherAgencyCannotChangeFilters() {
        fixture.given(subscribed())
                .when(new ChangeSubscriptionFiltersCommand(ID, "lado-hackney", SOMEONE_ELSE, FILTER))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void recordsAReplayRequest() {
        Instant from = NOW.minus(Duration.ofDays(2));
        fixture.given(subscribed())
                .when(new RequestReplayCommand(ID, AGENCY, OFFICER, from))
                .expectEvents(new ReplayRequestedEvent(ID, AGENCY, from, OFFICER, NOW));
    }

    @Test
    void replaysAtMostOnceAMinute() {
        Instant from = NOW.minus(Duration.ofDays(1));
        fixture.given(subscribed(), new ReplayRequestedEvent(ID, AGENCY, from, OFFICER, NOW.minusSeconds(30)))
                .when(new RequestReplayCommand(ID, AGENCY, OFFICER, from))
                .expectNoEvents()
                .expectException(ReplayTooSoonException.class);
        fixture.given(subscribed(), new ReplayRequestedEvent(ID, AGENCY, from, OFFICER, NOW.minusSeconds(60)))
                .when(new RequestReplayCommand(ID, AGENCY, OFFICER, from))
                .expectEvents(new ReplayRequestedEvent(ID, AGENCY, from, OFFICER, NOW));
    }

    @Test
    void cannotReplayFromTheFuture() {
        fixture.given(subscribed())
                .when(new RequestReplayCommand(ID, AGENCY, OFFICER, NOW.plusSeconds(60)))
                .expectNoEvents()
                .expectException(ReplayFromFutureException.class);
    }

    @Test
    void cannotReplayIntoAPausedSubscription() {
        fixture.given(subscribed(), new SubscriptionPausedEvent(ID, AGENCY, OFFICER, NOW))
                .when(new RequestReplayCommand(ID, AGENCY, OFFICER, NOW.minusSeconds(60)))
                .expectNoEvents()
                .expectException(SubscriptionPausedException.class);
    }

    @Test
    void anotherAgencyCannotReplay() {
        fixture.given(subscribed())
                .when(new RequestReplayCommand(ID, "lado-hackney", SOMEONE_ELSE, NOW.minusSeconds(60)))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void recordsARedeliveryRequest() {
        fixture.given(subscribed())
                .when(new RequestRedeliveryCommand(ID, AGENCY, OFFICER, "delivery-1", "event-1"))
                .expectEvents(new RedeliveryRequestedEvent(ID, AGENCY, "delivery-1", "event-1", OFFICER, NOW));
    }

    @Test
    void anotherAgencyCannotRequestARedelivery() {
        fixture.given(subscribed())
                .when(new RequestRedeliveryCommand(ID, "lado-hackney", SOMEONE_ELSE, "delivery-1", "event-1"))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }
}
