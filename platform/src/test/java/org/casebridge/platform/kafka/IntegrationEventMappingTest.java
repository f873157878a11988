package org.casebridge.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.casebridge.events.police.DeviceDecisionRecordedEvent;
import org.casebridge.events.police.DeviceDecisionRecordedEventV2;
import org.junit.jupiter.api.Test;

class IntegrationEventMappingTest {

    private static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");

    private record Decided(String caseId, boolean expressibleInVersion1) {}

    private final IntegrationEventMapping mapping = IntegrationEventMapping.forTopic(
                    "police.events", "/casebridge/test")
            .map(
                    Decided.class,
                    d -> d.expressibleInVersion1()
                            ? new DeviceDecisionRecordedEvent(d.caseId(), "MPS", "d", "SEIZED", null, null, null, AT)
                            : null)
            .alsoAs(
                    Decided.class,
                    d -> new DeviceDecisionRecordedEventV2(
                            d.caseId(), "MPS", "d", "device-1", "SEIZED", null, null, null, AT))
            .build();

    @Test
    void aSecondVersionIsPublishedBesideTheFirstUnderItsOwnStableId() {
        var first = mapping.publications(new Decided("case-1", true), "event-1");
        var again = mapping.publications(new Decided("case-1", true), "event-1");

        assertThat(first).hasSize(2);
        assertThat(first.get(0).id()).isEqualTo("event-1");
        assertThat(first.get(0).event()).isInstanceOf(DeviceDecisionRecordedEvent.class);
        assertThat(first.get(1).event()).isInstanceOf(DeviceDecisionRecordedEventV2.class);
        assertThat(first.get(1).id())
                .isNotEqualTo("event-1")
                .isEqualTo(again.get(1).id());
        assertThat(mapping.publications(new Decided("case-1", true), "event-2")
                        .get(1)
                        .id())
                .isNotEqualTo(first.get(1).id());
    }

    @Test
    void aDecisionOnlyTheSecondVersionCanSayIsPublishedOnlyAsThat() {
        var publications = mapping.publications(new Decided("case-1", false), "event-1");

        assertThat(publications)
                .singleElement()
                .satisfies(p -> assertThat(p.event()).isInstanceOf(DeviceDecisionRecordedEventV2.class));
    }

    @Test
    void anotherVersionNeedsTheFirstMappingBeforeIt() {
        assertThatThrownBy(() -> IntegrationEventMapping.forTopic("police.events", "/casebridge/test")
                        .alsoAs(Decided.class, d -> null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
