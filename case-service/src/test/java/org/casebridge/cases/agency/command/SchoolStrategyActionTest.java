package org.casebridge.cases.agency.command;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.cases.agency.command.SchoolStrategyActionCommand.MarkActionDoneCommand;
import org.casebridge.cases.agency.command.SchoolStrategyActionCommand.RecordActionAssignedCommand;
import org.casebridge.cases.agency.command.SchoolStrategyActionCommand.RecordActionCompletedCommand;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionAssignedEvent;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionCompletedEvent;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionMarkedDoneEvent;
import org.casebridge.cases.agency.command.SchoolStrategyActionViolations.NotTheActionsOwnerException;
import org.casebridge.platform.domain.ActedBy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a strategy action the police gave the school, one test per rule. */
class SchoolStrategyActionTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-09T17:00:00Z");
    private static final String CASE = "8ccb4417-2b1e-4a4e-9f0e-5d1b6a3c2e10";
    private static final String KEY = SchoolStrategyActionCommand.key(CASE, "action-1");
    private static final String URN = "100001";
    private static final ActedBy DSL = new ActedBy("dsl.clapton", "SCHOOL_DSL", URN);

    private FixtureConfiguration<SchoolStrategyAction> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SchoolStrategyAction.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The police's safety-plan action for the school, due by {@code DUE}, as the school service receives it. */
    private static RecordActionAssignedCommand assignment() {
        return new RecordActionAssignedCommand(
                KEY,
                CASE,
                URN,
                "MPS",
                "meeting-1",
                "action-1",
                "SAFETY_PLAN",
                "SCHOOL",
                URN,
                DUE,
                NOW.minusSeconds(3600));
    }

    private static SchoolActionAssignedEvent assigned() {
        return new SchoolActionAssignedEvent(
                KEY,
                CASE,
                URN,
                "MPS",
                "meeting-1",
                "action-1",
                "SAFETY_PLAN",
                "SCHOOL",
                URN,
                DUE,
                NOW.minusSeconds(3600));
    }

    @Test
    void thePolicesActionForTheSchoolIsRecordedOnce() {
        fixture.givenNoPriorActivity().when(assignment()).expectEvents(assigned());
    }

    @Test
    void aRedeliveredAssignmentChangesNothing() {
        fixture.given(assigned()).when(assignment()).expectNoEvents();
    }

    @Test
    void theOwningSchoolsDslMarksItDone() {
        fixture.given(assigned())
                .when(new MarkActionDoneCommand(KEY, DSL))
                .expectEvents(new SchoolActionMarkedDoneEvent(KEY, CASE, URN, "meeting-1", "action-1", DSL, NOW))
                .expectResultMessagePayload(false);
    }

    @Test
    void anotherSchoolsDslCannotMarkItDone() {
        fixture.given(assigned())
                .when(new MarkActionDoneCommand(KEY, new ActedBy("dsl.hollybank", "SCHOOL_DSL", "100002")))
                .expectException(NotTheActionsOwnerException.class);
    }

    @Test
    void onlyADslMarksItDone() {
        fixture.given(assigned())
                .when(new MarkActionDoneCommand(KEY, new ActedBy("auditor", "AUDITOR", URN)))
                .expectException(NotTheActionsOwnerException.class);
    }

    @Test
    void anActionIsMarkedDoneOnceAndASecondClickAnswersThatItWas() {
        fixture.given(assigned(), new SchoolActionMarkedDoneEvent(KEY, CASE, URN, "meeting-1", "action-1", DSL, NOW))
                .when(new MarkActionDoneCommand(KEY, DSL))
                .expectNoEvents()
                .expectResultMessagePayload(true);
    }

    @Test
    void anActionThePoliceCompletedIsAlreadyDone() {
        fixture.given(assigned(), new SchoolActionCompletedEvent(KEY, CASE, "action-1", NOW))
                .when(new MarkActionDoneCommand(KEY, DSL))
                .expectNoEvents()
                .expectResultMessagePayload(true);
    }

    @Test
    void anotherSchoolsDslCannotMarkADoneActionDoneEither() {
        fixture.given(assigned(), new SchoolActionMarkedDoneEvent(KEY, CASE, URN, "meeting-1", "action-1", DSL, NOW))
                .when(new MarkActionDoneCommand(KEY, new ActedBy("dsl.hollybank", "SCHOOL_DSL", "100002")))
                .expectException(NotTheActionsOwnerException.class)
                .expectNoEvents();
    }

    @Test
    void thePolicesCompletionIsRecordedOnce() {
        fixture.given(assigned())
                .when(new RecordActionCompletedCommand(KEY, NOW))
                .expectEvents(new SchoolActionCompletedEvent(KEY, CASE, "action-1", NOW));
    }

    @Test
    void aSecondCompletionChangesNothing() {
        fixture.given(assigned(), new SchoolActionCompletedEvent(KEY, CASE, "action-1", NOW))
                .when(new RecordActionCompletedCommand(KEY, NOW))
                .expectNoEvents();
    }
}
