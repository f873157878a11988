package org.casebridge.cases.incident.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.casebridge.cases.incident.api.CaseReference;
import org.casebridge.cases.incident.api.IncidentReportedEvent;
import org.casebridge.platform.axon.AxonPostgresConfiguration;
import org.junit.jupiter.api.Test;

/** A report stored before references were allocated reads with the legacy reference derived from the event itself. */
class IncidentReportedEventUpcasterTest {

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonPostgresConfiguration.axonObjectMapper())
            .build();

    @Test
    void aRevisionOneReportReadsWithTheSchoolsUrnAndTheStartOfTheCaseId() throws IOException {
        IncidentReportedEvent read = (IncidentReportedEvent) upcast(fixture("1"), "1");

        assertThat(read.reference()).isEqualTo("137001-0B6F3F0E");
        assertThat(read.reference())
                .isEqualTo(CaseReference.legacy(read.schoolUrn(), read.caseId().value()));
        assertThat(read.rationale()).isEqualTo("Told the form tutor");
    }

    @Test
    void theLegacyReferenceIsTheSameOnEveryReadAndDiffersBetweenCases() throws IOException {
        byte[] stored = fixture("1");
        String first = ((IncidentReportedEvent) upcast(stored, "1")).reference();
        String again = ((IncidentReportedEvent) upcast(stored, "1")).reference();
        assertThat(again).isEqualTo(first);
        assertThat(CaseReference.legacy("137001", UUID.fromString("1b6f3f0e-2c1d-4a57-9d0e-5f7c1a2b3c4d")))
                .isNotEqualTo(first);
    }

    @Test
    void leavesRevisionTwoAlone() throws IOException {
        IncidentReportedEvent read = (IncidentReportedEvent) upcast(fixture("2"), "2");
        assertThat(read.reference()).isEqualTo("SHC-2026-0042");
    }

    private Object upcast(byte[] payload, String revision) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "SafeguardingCase",
                "0b6f3f0e-2c1d-4a57-9d0e-5f7c1a2b3c4d",
                0,
                "event-1",
                Instant.parse("2026-11-28T10:00:00Z"),
                IncidentReportedEvent.class.getName(),
                revision,
                payload,
                "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = new IncidentReportedEventUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .toList();
        assertThat(upcast).hasSize(1);
        assertThat(upcast.getFirst().getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(upcast.getFirst().getData());
    }

    private static byte[] fixture(String revision) throws IOException {
        try (InputStream in = IncidentReportedEventUpcasterTest.class.getResourceAsStream(
                "/event-fixtures/" + IncidentReportedEvent.class.getName() + "-" + revision + ".json")) {
            assertThat(in).isNotNull();
            return in.readAllBytes();
        }
    }
}
