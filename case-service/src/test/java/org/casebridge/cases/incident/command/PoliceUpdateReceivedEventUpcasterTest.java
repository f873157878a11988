package org.casebridge.cases.incident.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.PoliceUpdateKind;
import org.casebridge.cases.incident.api.PoliceUpdateReceivedEvent;
import org.casebridge.platform.axon.AxonPostgresConfiguration;
import org.junit.jupiter.api.Test;

/** A police update stored before transfers, devices, actions and rounds were recorded reads as revision 3. */
class PoliceUpdateReceivedEventUpcasterTest {

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonPostgresConfiguration.axonObjectMapper())
            .build();

    @Test
    void readsARevisionOneEventAsOneWithoutATransfer() {
        PoliceUpdateReceivedEvent current = new PoliceUpdateReceivedEvent(
                CaseFixtures.CASE_ID,
                CaseFixtures.URN,
                CaseActors.policeForce("WMP"),
                Instant.parse("2026-11-27T10:00:00Z"),
                "p-1",
                "org.casebridge.police.outcome-assigned.v1",
                PoliceUpdateKind.OUTCOME_DECIDED,
                Instant.parse("2026-11-27T09:00:00Z"),
                "Outcome 21",
                null);
        String revisionThree =
                new String(serializer.serialize(current, byte[].class).getData(), StandardCharsets.UTF_8);
        String revisionOne = revisionThree.replace(
                ",\"transferredTo\":null,\"schoolDeviceRef\":null,\"policeRef\":null,\"round\":null", "");
        assertThat(revisionOne).doesNotContain("transferredTo");

        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "SafeguardingCase",
                CaseFixtures.CASE_ID.toString(),
                3,
                "event-1",
                current.at(),
                PoliceUpdateReceivedEvent.class.getName(),
                "1",
                revisionOne.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = new PoliceUpdateReceivedEventUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.getFirst().getType().getRevision()).isEqualTo("3");
        Object read = serializer.deserialize(upcast.getFirst().getData());
        assertThat(read).isEqualTo(current);
    }

    @Test
    void aDeclineStoredAsOtherReadsAsADeclineThatNamesNoDevice() {
        String revisionTwo = "{\"caseId\":{\"value\":\"" + CaseFixtures.CASE_ID.value() + "\"},\"schoolUrn\":\""
                + CaseFixtures.URN + "\",\"by\":{\"id\":\"force:WMP\",\"role\":\"POLICE\",\"organisation\":\"WMP\"},"
                + "\"at\":\"2026-11-27T10:00:00Z\",\"policeEventId\":\"p-1\","
                + "\"eventType\":\"org.casebridge.police.escalation-declined.v1\",\"kind\":\"OTHER\","
                + "\"occurredAt\":\"2026-11-27T09:00:00Z\",\"rationale\":\"Referral declined by WMP\","
                + "\"transferredTo\":null}";
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "SafeguardingCase",
                CaseFixtures.CASE_ID.toString(),
                3,
                "event-1",
                Instant.parse("2026-11-27T10:00:00Z"),
                PoliceUpdateReceivedEvent.class.getName(),
                "2",
                revisionTwo.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = new PoliceUpdateReceivedEventUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .toList();

        PoliceUpdateReceivedEvent read = (PoliceUpdateReceivedEvent)
                serializer.deserialize(upcast.getFirst().getData());
        assertThat(read.kind()).isEqualTo(PoliceUpdateKind.ESCALATION_DECLINED);
        assertThat(read.schoolDeviceRef()).isNull();
        assertThat(read.round()).isNull();
    }

    @Test
    void leavesRevisionThreeAlone() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "SafeguardingCase",
                "c",
                0,
                "e",
                Instant.now(),
                PoliceUpdateReceivedEvent.class.getName(),
                "3",
                new byte[0],
                new byte[0]);
        assertThat(new PoliceUpdateReceivedEventUpcaster()
                        .canUpcast(new InitialEventRepresentation(stored, serializer)))
                .isFalse();
    }
}
