package org.casebridge.police.strategy.command;

import static org.casebridge.police.strategy.command.StrategyMeetingTest.CASE;
import static org.casebridge.police.strategy.command.StrategyMeetingTest.DUE;
import static org.casebridge.police.strategy.command.StrategyMeetingTest.FORCE;
import static org.casebridge.police.strategy.command.StrategyMeetingTest.MEETING;
import static org.casebridge.police.strategy.command.StrategyMeetingTest.NOW;
import static org.casebridge.police.strategy.command.StrategyMeetingTest.OFFICER;
import static org.casebridge.police.strategy.command.StrategyMeetingTest.convened;
import static org.casebridge.police.strategy.command.StrategyMeetingTest.held;

import java.time.Clock;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.CompleteOwnActionCommand;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionAssignedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionCompletedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingRuleViolations.NotTheActionsOwnerException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An action's owner, a school or an agency, completes it over Kafka only if it owns it (ADR 0022). */
class OwnerCompletionTest {

    private static final Participant CSC = new Participant(OrganisationType.CHILDRENS_SOCIAL_CARE, "csc-hackney", "SW");
    private static final Participant SCHOOL = new Participant(OrganisationType.SCHOOL, "100001", "DSL");
    private static final ActedBy CSC_AS_ORGANISATION = new ActedBy("agency:csc-hackney", "AGENCY", "csc-hackney");
    private static final ActedBy SCHOOL_AS_ORGANISATION = new ActedBy("school:100001", "SCHOOL_DSL", "100001");

    private FixtureConfiguration<StrategyMeeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StrategyMeeting.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ActionAssignedEvent assignedTo(String actionId, Participant owner) {
        return new ActionAssignedEvent(
                MEETING, CASE, FORCE, actionId, StrategyActionType.OTHER, "An action", owner, DUE, OFFICER, NOW);
    }

    @Test
    void socialCareCompletesTheActionItOwns() {
        fixture.given(convened(), held(), assignedTo("action-1", CSC))
                .when(new CompleteOwnActionCommand(
                        MEETING, CASE, "action-1", false, "csc-hackney", CSC_AS_ORGANISATION, NOW))
                .expectEvents(
                        new ActionCompletedEvent(MEETING, CASE, FORCE, "action-1", null, CSC_AS_ORGANISATION, NOW));
    }

    @Test
    void theSchoolCompletesTheActionItOwns() {
        fixture.given(convened(), held(), assignedTo("action-2", SCHOOL))
                .when(new CompleteOwnActionCommand(
                        MEETING, CASE, "action-2", true, "100001", SCHOOL_AS_ORGANISATION, NOW))
                .expectEvents(
                        new ActionCompletedEvent(MEETING, CASE, FORCE, "action-2", null, SCHOOL_AS_ORGANISATION, NOW));
    }

    @Test
    void anotherAgencyCannotCompleteIt() {
        fixture.given(convened(), held(), assignedTo("action-1", CSC))
                .when(new CompleteOwnActionCommand(
                        MEETING,
                        CASE,
                        "action-1",
                        false,
                        "csc-tower-hamlets",
                        new ActedBy("agency:csc-tower-hamlets", "AGENCY", "csc-tower-hamlets"),
                        NOW))
                .expectException(NotTheActionsOwnerException.class);
    }

    @Test
    void aSchoolCannotCompleteAnAgencysActionUnderTheSameId() {
        fixture.given(
                        convened(),
                        held(),
                        assignedTo("action-1", new Participant(OrganisationType.HEALTH, "100001", "")))
                .when(new CompleteOwnActionCommand(
                        MEETING, CASE, "action-1", true, "100001", SCHOOL_AS_ORGANISATION, NOW))
                .expectException(NotTheActionsOwnerException.class);
    }

    @Test
    void noOneCompletesThePolicesOwnActionThisWay() {
        Participant force = new Participant(OrganisationType.POLICE, "csc-hackney", "");
        fixture.given(convened(), held(), assignedTo("action-3", force))
                .when(new CompleteOwnActionCommand(
                        MEETING, CASE, "action-3", false, "csc-hackney", CSC_AS_ORGANISATION, NOW))
                .expectException(NotTheActionsOwnerException.class);
    }

    @Test
    void anUnknownActionIsNotFound() {
        fixture.given(convened(), held(), assignedTo("action-1", CSC))
                .when(new CompleteOwnActionCommand(
                        MEETING, CASE, "action-9", false, "csc-hackney", CSC_AS_ORGANISATION, NOW))
                .expectException(NotFoundException.class);
    }

    @Test
    void anActionAlreadyCompletedStaysCompletedOnce() {
        fixture.given(
                        convened(),
                        held(),
                        assignedTo("action-1", CSC),
                        new ActionCompletedEvent(MEETING, CASE, FORCE, "action-1", "Done", OFFICER, NOW))
                .when(new CompleteOwnActionCommand(
                        MEETING, CASE, "action-1", false, "csc-hackney", CSC_AS_ORGANISATION, NOW))
                .expectNoEvents();
    }
}
