package org.casebridge.cases.outside;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.casebridge.cases.FixtureTextKeys;
import org.casebridge.platform.test.StoredEventFixtureChecks;
import org.casebridge.platform.test.StoredEventFixtures;
import org.junit.jupiter.api.Test;

/** The stored event of a read outside the school (ADR 0070) still reads back and writes again as saved. */
class OutsideReadEventFixturesTest extends StoredEventFixtureChecks {

    static final List<Object> EXAMPLES = List.of(new OutsideReadRecordedEvent(
            "8d2f4b61-3c5e-4a7f-9b1d-0e2c4a6f8b3d",
            "0b6f3f0e-2c1d-4a57-9d0e-5f7c1a2b3c4d",
            "POLICE",
            "WMP",
            "POLICE_FORCE",
            "POLICE_LIAISON",
            "ESCALATION",
            "DPA_2018_PART_3/S35_2_B/SCH8_PARA_4",
            Instant.parse("2026-12-03T09:05:00Z")));

    private static final StoredEventFixtures FIXTURES = StoredEventFixtures.of(
                    "org.casebridge.cases.outside", FixtureTextKeys.serializer(), EXAMPLES)
            .fixturesIn("event-fixtures-outside");

    @Test
    void theStoredEventTypeIsTheOutsideRead() {
        assertThat(FIXTURES.storedTypes()).containsExactly(OutsideReadRecordedEvent.class);
    }

    @Override
    protected StoredEventFixtures fixtures() {
        return FIXTURES;
    }
}
