package org.casebridge.police.strategy.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.platform.axon.AxonPostgresConfiguration;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionAssignedEvent;
import org.junit.jupiter.api.Test;

/** An action stored before the codes (revision 1, the saved fixture) reads as revision 2 of type OTHER. */
class ActionAssignedEventUpcasterTest {

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonPostgresConfiguration.axonObjectMapper())
            .build();

    @Test
    void anActionStoredBeforeTheCodesReadsAsOtherWithItsDescription() throws IOException {
        ActionAssignedEvent read =
                (ActionAssignedEvent) serializer.deserialize(upcast(stored("1")).getData());

        assertThat(read.actionType()).isEqualTo(StrategyActionType.OTHER);
        assertThat(read.description()).isEqualTo("Visit");
        assertThat(read.owner().type()).isEqualTo(OrganisationType.CHILDRENS_SOCIAL_CARE);
    }

    @Test
    void leavesRevisionTwoAlone() throws IOException {
        assertThat(new ActionAssignedEventUpcaster().canUpcast(new InitialEventRepresentation(stored("2"), serializer)))
                .isFalse();
    }

    private IntermediateEventRepresentation upcast(GenericDomainEventEntry<byte[]> stored) {
        List<IntermediateEventRepresentation> upcast = new ActionAssignedEventUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .toList();
        assertThat(upcast).hasSize(1);
        assertThat(upcast.getFirst().getType().getRevision()).isEqualTo("2");
        return upcast.getFirst();
    }

    private static GenericDomainEventEntry<byte[]> stored(String revision) throws IOException {
        String name = ActionAssignedEvent.class.getName();
        try (InputStream fixture =
                ActionAssignedEventUpcasterTest.class.getResourceAsStream("/event-fixtures/" + name + "-1.json")) {
            return new GenericDomainEventEntry<>(
                    "StrategyMeeting",
                    "m",
                    3,
                    "event-1",
                    Instant.parse("2026-11-28T10:00:00Z"),
                    name,
                    revision,
                    fixture.readAllBytes(),
                    "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
