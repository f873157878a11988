package org.casebridge.cases.agency.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionAssignedEvent;
import org.casebridge.platform.axon.AxonPostgresConfiguration;
import org.junit.jupiter.api.Test;

/** A school's action stored from {@code strategy-action-assigned.v1} (the saved revision 1) reads as OTHER. */
class SchoolActionAssignedEventUpcasterTest {

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonPostgresConfiguration.axonObjectMapper())
            .build();

    @Test
    void anActionLearntBeforeThePoliceSaidWhatItIsReadsAsOther() throws IOException {
        List<IntermediateEventRepresentation> upcast = new SchoolActionAssignedEventUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored("1"), serializer)))
                .toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.getFirst().getType().getRevision()).isEqualTo("2");
        SchoolActionAssignedEvent read = (SchoolActionAssignedEvent)
                serializer.deserialize(upcast.getFirst().getData());
        assertThat(read.actionType()).isEqualTo("OTHER");
        assertThat(read.actionId()).isEqualTo("action-1");
        assertThat(read.ownerType()).isEqualTo("SCHOOL");
    }

    @Test
    void leavesRevisionTwoAlone() throws IOException {
        assertThat(new SchoolActionAssignedEventUpcaster()
                        .canUpcast(new InitialEventRepresentation(stored("2"), serializer)))
                .isFalse();
    }

    private static GenericDomainEventEntry<byte[]> stored(String revision) throws IOException {
        String name = SchoolActionAssignedEvent.class.getName();
        try (InputStream fixture = SchoolActionAssignedEventUpcasterTest.class.getResourceAsStream(
                "/event-fixtures-agency/" + name + "-1.json")) {
            return new GenericDomainEventEntry<>(
                    "SchoolStrategyAction",
                    "c:action-1",
                    0,
                    "event-1",
                    Instant.parse("2026-12-02T10:00:00Z"),
                    name,
                    revision,
                    fixture.readAllBytes(),
                    "{}".getBytes(StandardCharsets.UTF_8));
        }
    }
}
