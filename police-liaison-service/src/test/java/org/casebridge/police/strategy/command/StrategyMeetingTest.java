package org.casebridge.police.strategy.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.casebridge.police.shared.CaseStanding;
import org.casebridge.police.shared.InformationRequiredException;
import org.casebridge.police.shared.PoliceRoleRequiredException;
import org.casebridge.police.shared.PoliceRoles;
import org.casebridge.police.shared.RationaleRequiredException;
import org.casebridge.police.shared.RecordNotFoundException;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.AssignActionCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.CompleteActionCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.ConveneStrategyMeetingCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.FlagActionOverdueCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.RecordAttendanceCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.RecordInformationSharedCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.RecordStrategyDecisionCommand;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionAssignedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionCompletedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionOverdueEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.InformationSharedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.StrategyDecisionRecordedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.StrategyMeetingConvenedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.StrategyMeetingHeldEvent;
import org.casebridge.police.strategy.command.StrategyMeetingRuleViolations.ActionDueInPastException;
import org.casebridge.police.strategy.command.StrategyMeetingRuleViolations.EscalationNotAcceptedForMeetingException;
import org.casebridge.police.strategy.command.StrategyMeetingRuleViolations.HeldInFutureException;
import org.casebridge.police.strategy.command.StrategyMeetingRuleViolations.Section47AnswerRequiredException;
import org.casebridge.police.strategy.command.StrategyMeetingRuleViolations.SocialCareNotInvitedException;
import org.casebridge.police.strategy.command.StrategyMeetingRuleViolations.StrategyMeetingAlreadyHeldException;
import org.casebridge.police.strategy.command.StrategyMeetingRuleViolations.StrategyMeetingNotHeldException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StrategyMeetingTest {

    /** Whether the case's escalation is accepted, as the meeting rules read it. */
    private final Standing standing = new Standing();

    static final class Standing implements CaseStanding {
        boolean accepted = true;

        @Override
        public boolean accepted(String caseId) {
            return accepted;
        }

        @Override
        public boolean outcomeAssigned(String caseId) {
            return false;
        }
    }

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final Instant SCHEDULED = Instant.parse("2026-11-28T14:00:00Z");
    static final String MEETING = "meeting-1";
    static final String CASE = "case-7f3a";
    static final String FORCE = "WMP";
    static final ActedBy OFFICER = new ActedBy("pc-4411", PoliceRoles.POLICE_LIAISON, FORCE);
    static final Participant SOCIAL_CARE =
            new Participant(OrganisationType.CHILDRENS_SOCIAL_CARE, "E08000025", "Social worker");
    static final Participant SCHOOL = new Participant(OrganisationType.SCHOOL, "137001", "DSL");
    static final Participant POLICE = new Participant(OrganisationType.POLICE, FORCE, "Safer Schools officer");
    static final Instant DUE = Instant.parse("2026-12-05T17:00:00Z");

    private FixtureConfiguration<StrategyMeeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StrategyMeeting.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(standing);
    }

    static StrategyMeetingConvenedEvent convened() {
        return new StrategyMeetingConvenedEvent(
                MEETING,
                CASE,
                FORCE,
                SCHEDULED,
                "Video call (Teams)",
                List.of(SOCIAL_CARE, SCHOOL, POLICE),
                OFFICER,
                NOW);
    }

    static StrategyMeetingHeldEvent held() {
        return new StrategyMeetingHeldEvent(
                MEETING, CASE, FORCE, NOW.minusSeconds(60), List.of(SOCIAL_CARE, SCHOOL), OFFICER, NOW);
    }

    /** The officer records decision-1 of the meeting. */
    static RecordStrategyDecisionCommand decide(
            DecisionTopic topic, String decision, Boolean startSection47, String rationale) {
        return new RecordStrategyDecisionCommand(
                MEETING, CASE, OFFICER, "decision-1", topic, decision, startSection47, rationale);
    }

    /** The meeting convened and held, with children's social care and the school attending. */
    TestExecutor<StrategyMeeting> givenHeld() {
        return fixture.given(convened(), held());
    }

    static ActionAssignedEvent actionAssigned() {
        return new ActionAssignedEvent(
                MEETING,
                CASE,
                FORCE,
                "action-1",
                StrategyActionType.SECTION_47_ENQUIRY,
                "Visit the family with a social worker",
                SOCIAL_CARE,
                DUE,
                OFFICER,
                NOW);
    }

    @Test
    void convenesAMeetingWithSocialCareInvited() {
        fixture.givenNoPriorActivity()
                .when(new ConveneStrategyMeetingCommand(
                        MEETING,
                        CASE,
                        FORCE,
                        OFFICER,
                        SCHEDULED,
                        "Video call (Teams)",
                        List.of(SOCIAL_CARE, SCHOOL, POLICE)))
                .expectEvents(convened());
    }

    @Test
    void socialCareMustBeInvited() {
        fixture.givenNoPriorActivity()
                .when(new ConveneStrategyMeetingCommand(
                        MEETING, CASE, FORCE, OFFICER, SCHEDULED, "Police station", List.of(SCHOOL, POLICE)))
                .expectNoEvents()
                .expectException(SocialCareNotInvitedException.class);
    }

    @Test
    void noMeetingIsConvenedOnAnEscalationDeclinedOrNotYetAccepted() {
        standing.accepted = false;
        fixture.givenNoPriorActivity()
                .when(new ConveneStrategyMeetingCommand(
                        MEETING, CASE, FORCE, OFFICER, SCHEDULED, "Police station", List.of(SCHOOL, POLICE)))
                .expectNoEvents()
                .expectException(EscalationNotAcceptedForMeetingException.class);
    }

    @Test
    void anotherForceCannotConveneOnTheCase() {
        fixture.givenNoPriorActivity()
                .when(new ConveneStrategyMeetingCommand(
                        MEETING,
                        CASE,
                        FORCE,
                        new ActedBy("pc-1", PoliceRoles.POLICE_LIAISON, "MET"),
                        SCHEDULED,
                        "Police station",
                        List.of(SOCIAL_CARE)))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void recordsWhoAttended() {
        fixture.given(convened())
                .when(new RecordAttendanceCommand(
                        MEETING, CASE, OFFICER, NOW.minusSeconds(60), List.of(SOCIAL_CARE, SCHOOL)))
                .expectEvents(held());
    }

    @Test
    void attendanceIsRecordedOnce() {
        givenHeld()
                .when(new RecordAttendanceCommand(MEETING, CASE, OFFICER, null, List.of(SOCIAL_CARE)))
                .expectNoEvents()
                .expectException(StrategyMeetingAlreadyHeldException.class);
    }

    @Test
    void aMeetingCannotBeHeldInTheFuture() {
        fixture.given(convened())
                .when(new RecordAttendanceCommand(MEETING, CASE, OFFICER, NOW.plusSeconds(60), List.of(SOCIAL_CARE)))
                .expectNoEvents()
                .expectException(HeldInFutureException.class);
    }

    @Test
    void recordsInformationSharedWithItsLawfulBasis() {
        givenHeld()
                .when(new RecordInformationSharedCommand(
                        MEETING,
                        CASE,
                        OFFICER,
                        "info-1",
                        SOCIAL_CARE,
                        "Family known to social care; no current plan",
                        LawfulBasis.PUBLIC_TASK_SAFEGUARDING))
                .expectEvents(new InformationSharedEvent(
                        MEETING,
                        CASE,
                        FORCE,
                        "info-1",
                        SOCIAL_CARE,
                        "Family known to social care; no current plan",
                        LawfulBasis.PUBLIC_TASK_SAFEGUARDING,
                        OFFICER,
                        NOW));
    }

    @Test
    void informationSharedNeedsALawfulBasis() {
        givenHeld()
                .when(new RecordInformationSharedCommand(MEETING, CASE, OFFICER, "info-1", SOCIAL_CARE, "Known", null))
                .expectNoEvents()
                .expectException(InformationRequiredException.class);
    }

    @Test
    void nothingIsSharedBeforeTheMeetingIsHeld() {
        fixture.given(convened())
                .when(new RecordInformationSharedCommand(
                        MEETING, CASE, OFFICER, "info-1", SOCIAL_CARE, "Known", LawfulBasis.LAW_ENFORCEMENT))
                .expectNoEvents()
                .expectException(StrategyMeetingNotHeldException.class);
    }

    @Test
    void decidesOnSection47EnquiriesWithARationale() {
        givenHeld()
                .when(decide(
                        DecisionTopic.SECTION_47_ENQUIRIES,
                        "Start s.47 enquiries",
                        true,
                        "Reasonable cause to suspect significant harm from coercion"))
                .expectEvents(new StrategyDecisionRecordedEvent(
                        MEETING,
                        CASE,
                        FORCE,
                        "decision-1",
                        DecisionTopic.SECTION_47_ENQUIRIES,
                        "Start s.47 enquiries",
                        true,
                        "Reasonable cause to suspect significant harm from coercion",
                        OFFICER,
                        NOW));
    }

    @Test
    void theSection47DecisionSaysYesOrNo() {
        givenHeld()
                .when(decide(DecisionTopic.SECTION_47_ENQUIRIES, "Discussed", null, "Because"))
                .expectNoEvents()
                .expectException(Section47AnswerRequiredException.class);
    }

    @Test
    void aDecisionNeedsARationale() {
        givenHeld()
                .when(decide(DecisionTopic.SUPPORT_PLAN, "Counselling via CAMHS", null, " "))
                .expectNoEvents()
                .expectException(RationaleRequiredException.class);
    }

    @Test
    void assignsAnActionToAnOrganisationWithADueDate() {
        givenHeld()
                .when(new AssignActionCommand(
                        MEETING,
                        CASE,
                        OFFICER,
                        "action-1",
                        StrategyActionType.SECTION_47_ENQUIRY,
                        "Visit the family with a social worker",
                        SOCIAL_CARE,
                        DUE))
                .expectEvents(actionAssigned());
    }

    @Test
    void anActionThatDoesNotSayWhatKindItIsIsOther() {
        givenHeld()
                .when(new AssignActionCommand(MEETING, CASE, OFFICER, "action-1", null, "Visit", SOCIAL_CARE, DUE))
                .expectEvents(new ActionAssignedEvent(
                        MEETING,
                        CASE,
                        FORCE,
                        "action-1",
                        StrategyActionType.OTHER,
                        "Visit",
                        SOCIAL_CARE,
                        DUE,
                        OFFICER,
                        NOW));
    }

    @Test
    void aRepeatedActionIdChangesNothing() {
        fixture.given(convened(), held(), actionAssigned())
                .when(new AssignActionCommand(
                        MEETING,
                        CASE,
                        OFFICER,
                        "action-1",
                        StrategyActionType.SECTION_47_ENQUIRY,
                        "Visit the family with a social worker",
                        SOCIAL_CARE,
                        DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anActionCannotBeDueInThePast() {
        givenHeld()
                .when(new AssignActionCommand(
                        MEETING,
                        CASE,
                        OFFICER,
                        "action-1",
                        StrategyActionType.OTHER,
                        "Visit",
                        SOCIAL_CARE,
                        NOW.minus(Duration.ofDays(1))))
                .expectNoEvents()
                .expectException(ActionDueInPastException.class);
    }

    @Test
    void completesAnAction() {
        fixture.given(convened(), held(), actionAssigned())
                .when(new CompleteActionCommand(MEETING, CASE, OFFICER, "action-1", "Visit done"))
                .expectEvents(new ActionCompletedEvent(MEETING, CASE, FORCE, "action-1", "Visit done", OFFICER, NOW))
                .expectResultMessagePayload(false);
    }

    @Test
    void aSecondCompletionAnswersThatItWasAndRecordsNothingNotEvenItsNote() {
        fixture.given(
                        convened(),
                        held(),
                        actionAssigned(),
                        new ActionCompletedEvent(MEETING, CASE, FORCE, "action-1", null, OFFICER, NOW))
                .when(new CompleteActionCommand(MEETING, CASE, OFFICER, "action-1", "Visit done after all"))
                .expectNoEvents()
                .expectResultMessagePayload(true);
    }

    @Test
    void anUnknownActionIsNotFound() {
        givenHeld()
                .when(new CompleteActionCommand(MEETING, CASE, OFFICER, "action-9", null))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void flagsAnOpenActionOverdue() {
        fixture.given(convened(), held(), actionAssigned())
                .when(new FlagActionOverdueCommand(MEETING, "action-1"))
                .expectEvents(new ActionOverdueEvent(MEETING, CASE, FORCE, "action-1", DUE, NOW));
    }

    @Test
    void aCompletedActionIsNeverOverdue() {
        fixture.given(
                        convened(),
                        held(),
                        actionAssigned(),
                        new ActionCompletedEvent(MEETING, CASE, FORCE, "action-1", null, OFFICER, NOW))
                .when(new FlagActionOverdueCommand(MEETING, "action-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aMeetingAskedForThroughAnotherCaseIsNotFound() {
        fixture.given(convened())
                .when(new RecordAttendanceCommand(MEETING, "case-other", OFFICER, null, List.of(SOCIAL_CARE)))
                .expectNoEvents()
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void anotherForcesMeetingIsNotFound() {
        fixture.given(convened(), held(), actionAssigned())
                .when(new CompleteActionCommand(
                        MEETING, CASE, new ActedBy("pc-1", PoliceRoles.POLICE_LIAISON, "MPS"), "action-1", null))
                .expectNoEvents()
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void anAuditorChangesNothing() {
        fixture.given(convened())
                .when(new RecordAttendanceCommand(
                        MEETING, CASE, new ActedBy("aud-1", PoliceRoles.AUDITOR, "AUDIT"), null, List.of(SOCIAL_CARE)))
                .expectNoEvents()
                .expectException(PoliceRoleRequiredException.class);
    }
}
