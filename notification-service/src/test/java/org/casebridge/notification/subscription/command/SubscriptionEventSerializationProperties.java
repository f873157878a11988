package org.casebridge.notification.subscription.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.platform.axon.AxonPostgresConfiguration;
import org.casebridge.platform.domain.ActedBy;

/** Subscription events survive the event store's serializer (the platform's Jackson mapper) unchanged. */
class SubscriptionEventSerializationProperties {

    private static final ActedBy BY = new ActedBy("sw.adeyemi", "AGENCY", "csc-hackney");

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonPostgresConfiguration.axonObjectMapper())
            .build();

    @Property
    void subscribedEventsRoundTrip(@ForAll("subscribed") SubscribedEvent event) {
        assertThat(roundTrip(event)).isEqualTo(event);
    }

    @Property
    void filterChangesRoundTrip(@ForAll("filters") SubscriptionFilter filter) {
        SubscriptionFiltersChangedEvent event = new SubscriptionFiltersChangedEvent(
                "s-1", "csc-hackney", filter, BY, Instant.parse("2026-11-28T10:00:00Z"));
        assertThat(roundTrip(event)).isEqualTo(event);
    }

    private Object roundTrip(Object event) {
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);
        return serializer.deserialize(serialized);
    }

    @Provide
    Arbitrary<SubscriptionFilter> filters() {
        Arbitrary<Set<String>> types = Arbitraries.of(
                        IntegrationEventTypes.all().keySet().toArray(String[]::new))
                .set()
                .ofMinSize(1)
                .ofMaxSize(5);
        Arbitrary<Set<String>> areas = Arbitraries.strings()
                .numeric()
                .ofLength(8)
                .map(digits -> "E" + digits)
                .set()
                .ofMaxSize(4);
        return Combinators.combine(types, areas, Arbitraries.of(CaseScope.class))
                .as(SubscriptionFilter::new);
    }

    @Provide
    Arbitrary<SubscribedEvent> subscribed() {
        Arbitrary<Channel> channels = Arbitraries.of(ChannelType.class)
                .map(type -> new Channel(type, type == ChannelType.EMAIL ? "a@b.example" : "https://h.example/x"));
        Arbitrary<LawfulBasis> bases = Combinators.combine(
                        Arbitraries.of(Article6Basis.class),
                        Arbitraries.of(Schedule1Condition.class).injectNull(0.1))
                .as(LawfulBasis::new);
        Arbitrary<Instant> times =
                Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochSecond);
        return Combinators.combine(
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                        filters(),
                        channels,
                        Arbitraries.strings().alpha().ofMaxLength(20).injectNull(0.3),
                        bases,
                        times)
                .as((id, filter, channel, secret, basis, at) ->
                        new SubscribedEvent(id, "csc-hackney", filter, channel, secret, basis, BY, at));
    }
}
