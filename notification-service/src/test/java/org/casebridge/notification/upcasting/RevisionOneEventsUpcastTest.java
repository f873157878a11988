package org.casebridge.notification.upcasting;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.notification.delivery.audit.InformationSharedEvent;
import org.casebridge.notification.delivery.audit.InformationSharedEventUpcaster;
import org.casebridge.notification.referral.command.AgencyCaseEvent.StrategyActionNotedEvent;
import org.casebridge.notification.referral.command.StrategyActionNotedEventUpcaster;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.SubscribedEvent;
import org.casebridge.notification.subscription.command.SubscriptionEvent;
import org.casebridge.notification.subscription.command.SubscriptionEventUpcaster;
import org.casebridge.platform.axon.AxonPostgresConfiguration;
import org.casebridge.platform.domain.ActedBy;
import org.junit.jupiter.api.Test;

/**
 * The saved revision 1 fixtures, as the event store holds them, read through the service's upcasters (ADR 0024, ADR
 * 0025): who acted becomes an {@link ActedBy} of the agency, a free-text Article 9 condition the Schedule 1 condition
 * it cites, and a share without its controller reads with the controller, its basis and the rule unknown.
 */
class RevisionOneEventsUpcastTest {

    private static final ActedBy AGENCY_WORKER = new ActedBy("sw.adeyemi", "AGENCY", "csc-hackney");

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonPostgresConfiguration.axonObjectMapper())
            .build();
    private final EventUpcasterChain upcasters = new EventUpcasterChain(
            new SubscriptionEventUpcaster(),
            new InformationSharedEventUpcaster(),
            new StrategyActionNotedEventUpcaster());

    @Test
    void everySubscriptionEventOfRevisionOneNamesTheAgencyWorkerWhoActed() throws IOException {
        for (Class<?> type : SubscriptionEvent.class.getPermittedSubclasses()) {
            SubscriptionEvent read = (SubscriptionEvent) read(type, fixture(type));
            assertThat(read.by()).as(type.getSimpleName()).isEqualTo(AGENCY_WORKER);
        }
        assertThat(SubscriptionEvent.class.getPermittedSubclasses()).hasSize(7);
    }

    @Test
    void aFreeTextArticleNineConditionReadsAsTheScheduleOneConditionItCites() throws IOException {
        SubscribedEvent read = (SubscribedEvent) read(SubscribedEvent.class, fixture(SubscribedEvent.class));

        assertThat(read.lawfulBasis().article6()).isEqualTo(Article6Basis.PUBLIC_TASK);
        assertThat(read.lawfulBasis().schedule1Condition())
                .isEqualTo(Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK);
        assertThat(read.lawfulBasis().permitted()).isTrue();
    }

    @Test
    void aSubscriptionOnLegitimateInterestsOrFreeTextCitingNoConditionReadsButSharesNothing() throws IOException {
        String stored = fixture(SubscribedEvent.class)
                .replace("\"article6\":\"PUBLIC_TASK\"", "\"article6\":\"LEGITIMATE_INTERESTS\"")
                .replace("Schedule 1 Part 2 paragraph 18: safeguarding of children", "our local agreement");

        SubscribedEvent read = (SubscribedEvent) read(SubscribedEvent.class, stored);

        assertThat(read.lawfulBasis().article6()).isEqualTo(Article6Basis.LEGITIMATE_INTERESTS);
        assertThat(read.lawfulBasis().schedule1Condition()).isNull();
        assertThat(read.lawfulBasis().permitted()).isFalse();
        assertThat(read.by()).isEqualTo(AGENCY_WORKER);
    }

    @Test
    void aShareOfRevisionOneReadsWithItsConditionAndTheServiceAsWhoSharedAndNoControllerOrRule() throws IOException {
        InformationSharedEvent read =
                (InformationSharedEvent) read(InformationSharedEvent.class, fixture(InformationSharedEvent.class));

        assertThat(read.lawfulBasis().schedule1Condition())
                .isEqualTo(Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK);
        assertThat(read.sharedBy()).isEqualTo(new ActedBy("casebridge", ActedBy.SYSTEM, "casebridge"));
        assertThat(read.controller()).isNull();
        assertThat(read.controllerBasis()).isNull();
        assertThat(read.entitlement()).isNull();
        assertThat(read.eventId()).isEqualTo("event-1");
    }

    @Test
    void anActionNotedBeforeThePoliceSaidWhatItIsReadsAsOther() throws IOException {
        StrategyActionNotedEvent read = (StrategyActionNotedEvent)
                read(StrategyActionNotedEvent.class, fixture(StrategyActionNotedEvent.class));

        assertThat(read.actionType()).isEqualTo("OTHER");
        assertThat(read.actionId()).isEqualTo("action-1");
    }

    private Object read(Class<?> type, String payload) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "Subscription",
                "s-1",
                0,
                "event-1",
                Instant.parse("2026-11-28T10:00:00Z"),
                type.getName(),
                "1",
                payload.getBytes(UTF_8),
                "{}".getBytes(UTF_8));
        List<IntermediateEventRepresentation> upcast = upcasters
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .toList();
        assertThat(upcast).hasSize(1);
        assertThat(upcast.getFirst().getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(upcast.getFirst().getData());
    }

    private static String fixture(Class<?> type) throws IOException {
        try (InputStream in = RevisionOneEventsUpcastTest.class.getResourceAsStream(
                "/event-fixtures/" + type.getName() + "-1.json")) {
            assertThat(in)
                    .as("the saved revision 1 fixture of " + type.getSimpleName())
                    .isNotNull();
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
