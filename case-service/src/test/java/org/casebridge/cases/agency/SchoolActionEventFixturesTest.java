package org.casebridge.cases.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.json.JacksonSerializer;
import org.casebridge.cases.agency.command.SchoolActionAssignedEventUpcaster;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionAssignedEvent;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionCompletedEvent;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionMarkedDoneEvent;
import org.casebridge.platform.axon.AxonPostgresConfiguration;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.test.StoredEventFixtureChecks;
import org.casebridge.platform.test.StoredEventFixtures;
import org.junit.jupiter.api.Test;

/** Every stored event of a school's strategy action, as the event store holds it, still reads back and writes again. */
class SchoolActionEventFixturesTest extends StoredEventFixtureChecks {

    static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");
    static final String CASE = "0b6f3f0e-2c1d-4a57-9d0e-5f7c1a2b3c4d";
    static final ActedBy DSL = new ActedBy("dsl.clapton", "SCHOOL_DSL", "100001");

    static final List<Object> EXAMPLES = List.of(
            new SchoolActionAssignedEvent(
                    CASE + ":action-1",
                    CASE,
                    "100001",
                    "MPS",
                    "meeting-1",
                    "action-1",
                    "SAFETY_PLAN",
                    "SCHOOL",
                    "100001",
                    AT.plusSeconds(86_400),
                    AT),
            new SchoolActionMarkedDoneEvent(CASE + ":action-1", CASE, "100001", "meeting-1", "action-1", DSL, AT),
            new SchoolActionCompletedEvent(CASE + ":action-1", CASE, "action-1", AT));

    /** Kept apart from the case's fixtures, which read back through the incident's upcasters. */
    private static final StoredEventFixtures FIXTURES = StoredEventFixtures.of(
                    "org.casebridge.cases.agency",
                    JacksonSerializer.builder()
                            .objectMapper(AxonPostgresConfiguration.axonObjectMapper())
                            .build(),
                    EXAMPLES)
            .fixturesIn("event-fixtures-agency")
            .upcastingWith(new SchoolActionAssignedEventUpcaster());

    @Test
    void theStoredEventTypesAreEverySchoolStrategyActionEvent() {
        assertThat(FIXTURES.storedTypes())
                .containsExactlyInAnyOrder(SchoolStrategyActionEvent.class.getPermittedSubclasses());
    }

    @Override
    protected StoredEventFixtures fixtures() {
        return FIXTURES;
    }
}
