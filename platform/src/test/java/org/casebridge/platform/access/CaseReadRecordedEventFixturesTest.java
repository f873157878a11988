package org.casebridge.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.json.JacksonSerializer;
import org.casebridge.platform.axon.AxonPostgresConfiguration;
import org.casebridge.platform.test.StoredEventFixtureChecks;
import org.casebridge.platform.test.StoredEventFixtures;
import org.junit.jupiter.api.Test;

/**
 * The read of a school's case that police-liaison-service and notification-service store for the school (ADR 0070)
 * still reads back and writes again as saved.
 */
class CaseReadRecordedEventFixturesTest extends StoredEventFixtureChecks {

    static final List<Object> EXAMPLES = List.of(new CaseReadRecordedEvent(
            "0b6f3f0e-2c1d-4a57-9d0e-5f7c1a2b3c4d",
            "103456",
            "WMP",
            "casebridge-audit",
            "AUDITOR",
            "AUDITOR",
            "ESCALATION",
            "DPA_2018_PART_3/S35_2_B/SCH8_PARA_4",
            Instant.parse("2026-12-03T09:05:00.123456Z")));

    private static final StoredEventFixtures FIXTURES = StoredEventFixtures.of(
                    Set.of(CaseReadRecordedEvent.class),
                    JacksonSerializer.builder()
                            .objectMapper(AxonPostgresConfiguration.axonObjectMapper())
                            .build(),
                    EXAMPLES)
            .fixturesIn("event-fixtures-access");

    @Test
    void theStoredEventTypeIsTheRead() {
        assertThat(FIXTURES.storedTypes()).containsExactly(CaseReadRecordedEvent.class);
    }

    @Override
    protected StoredEventFixtures fixtures() {
        return FIXTURES;
    }
}
