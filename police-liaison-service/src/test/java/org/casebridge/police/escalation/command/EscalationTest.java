package org.casebridge.police.escalation.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.casebridge.police.escalation.command.EscalationCommand.AcceptEscalationCommand;
import org.casebridge.police.escalation.command.EscalationCommand.AssessAggravatingFactorsCommand;
import org.casebridge.police.escalation.command.EscalationCommand.ChangeChildRoleCommand;
import org.casebridge.police.escalation.command.EscalationCommand.DeclineEscalationCommand;
import org.casebridge.police.escalation.command.EscalationCommand.ErasePersonalDetailsCommand;
import org.casebridge.police.escalation.command.EscalationCommand.FlagCrimeRecordForReviewCommand;
import org.casebridge.police.escalation.command.EscalationCommand.FlagStrategyMeetingOverdueCommand;
import org.casebridge.police.escalation.command.EscalationCommand.LiftLegalHoldCommand;
import org.casebridge.police.escalation.command.EscalationCommand.ProposeOutcomeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.ReceiveEscalationCommand;
import org.casebridge.police.escalation.command.EscalationCommand.ReclassifyCrimeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordCaseReferenceCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordCrimeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordDisclosureStatementCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordSchoolChildChangeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordSchoolClosureCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordVictimCrimeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.SendBackOutcomeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.SetLegalHoldCommand;
import org.casebridge.police.escalation.command.EscalationCommand.SignOffOutcomeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.StopStrategyMeetingClockCommand;
import org.casebridge.police.escalation.command.EscalationCommand.TransferEscalationCommand;
import org.casebridge.police.escalation.command.EscalationEvent.AggravatingFactorsAssessedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.CaseReferenceLearnedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.ChildRoleChangedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.CrimeReclassifiedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.CrimeRecordDueForReviewEvent;
import org.casebridge.police.escalation.command.EscalationEvent.CrimeRecordedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.DisclosureStatementGivenEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationAcceptedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationDeclinedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationReceivedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationRoundOpenedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationTransferredEvent;
import org.casebridge.police.escalation.command.EscalationEvent.LegalHoldLiftedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.LegalHoldSetEvent;
import org.casebridge.police.escalation.command.EscalationEvent.NoFactorsReasonRecordedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.OutcomeAssignedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.OutcomeProposedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.OutcomeSentBackEvent;
import org.casebridge.police.escalation.command.EscalationEvent.PersonalDetailsErasedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.SchoolChildChangedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.SchoolClosedCaseEvent;
import org.casebridge.police.escalation.command.EscalationEvent.StrategyMeetingClockStoppedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.StrategyMeetingOverdueEvent;
import org.casebridge.police.escalation.command.EscalationEvent.VictimCrimeRecordedEvent;
import org.casebridge.police.escalation.command.EscalationRuleViolations.AdultCautionRequiresAdultException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.AggravatingFactorRepeatedException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.AggravatingFactorsNotAssessedException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.ChildRolesIncompleteException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.CrimeAlreadyRecordedException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.CrimeNotRecordedException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.CrimeReferenceFormatException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.CrimeReferenceInUseException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.DisclosureStatementNotForOutcomeException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.DiversionaryActivityRequiredException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.EscalationAlreadyAcceptedException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.EscalationDeclinedException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.EscalationNotAcceptedException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.LegalHoldAlreadySetException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.LegalHoldKeeperRequiredException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.NoFactorsReasonRequiredException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.NoLegalHoldException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.NoOutcomeProposalException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.NotAVictimException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.Outcome21WithAggravatingFactorsException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.OutcomeAlreadyAssignedException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.OutcomeNotAssignedException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.OutcomeProposalPendingException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.PersonalDetailsAlreadyErasedException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.ReviewNotDueException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.SanctionRequiresSuspectException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.SelfSignOffException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.SupervisorRequiredException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.SuspectRequiresAggravatingFactorsException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.TimeInFutureException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.TransferToSameForceException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.UnderLegalHoldException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.UnknownForceException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.VictimCrimeAlreadyRecordedException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.YouthCautionRequiresChildSuspectException;
import org.casebridge.police.reference.ForceDirectory;
import org.casebridge.police.reference.HocrClassification;
import org.casebridge.police.reference.OutcomeCode;
import org.casebridge.police.shared.InformationRequiredException;
import org.casebridge.police.shared.PoliceRoleRequiredException;
import org.casebridge.police.shared.PoliceRoles;
import org.casebridge.police.shared.RationaleRequiredException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EscalationTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final Instant REFERRED_AT = Instant.parse("2026-11-28T09:00:00Z");
    static final String CASE = "case-7f3a";
    static final String FORCE = "WMP";
    static final String SCHOOL_URN = "137001";
    static final ActedBy SCHOOL = new ActedBy(SCHOOL_URN, PoliceRoles.SCHOOL_DSL, SCHOOL_URN);
    static final ActedBy OFFICER = new ActedBy("pc-4411", PoliceRoles.POLICE_LIAISON, FORCE);
    static final ActedBy SECOND_OFFICER = new ActedBy("pc-5120", PoliceRoles.POLICE_LIAISON, FORCE);
    static final ActedBy SUPERVISOR = new ActedBy("ps-0917", PoliceRoles.POLICE_SUPERVISOR, FORCE);
    static final ActedBy OTHER_FORCE_OFFICER = new ActedBy("pc-0001", PoliceRoles.POLICE_LIAISON, "MET");
    static final List<ReferredChild> CHILDREN = List.of(
            new ReferredChild("child-1", 14, "Year 9", List.of("PICTURED")),
            new ReferredChild("child-2", 14, "Year 9", List.of("RECEIVED", "SHARED")));
    static final List<ChildRoleAssignment> NON_AGGRAVATED_ROLES = List.of(
            new ChildRoleAssignment("child-1", ChildRole.VICTIM),
            new ChildRoleAssignment("child-2", ChildRole.PERSON_INVOLVED));
    static final List<FactorFinding> COERCION = List.of(new FactorFinding(
            AggravatingFactor.COERCION_OR_BLACKMAIL, "Threatened to post the image unless sent more"));

    private final Map<String, String> claimedReferences = new HashMap<>();
    private FixtureConfiguration<Escalation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Escalation.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(ForceDirectory.defaults());
        fixture.registerInjectableResource(StrategyMeetingClock.defaults());
        fixture.registerInjectableResource((CrimeReferenceRegistry) (force, reference, caseId) -> claimedReferences
                .computeIfAbsent(force + "|" + reference, key -> caseId)
                .equals(caseId));
    }

    static EscalationReceivedEvent received(List<String> criteria) {
        return new EscalationReceivedEvent(
                CASE,
                FORCE,
                SCHOOL_URN,
                "E08000025",
                criteria,
                CHILDREN,
                REFERRED_AT,
                StrategyMeetingClock.defaults().dueBy(REFERRED_AT, criteria),
                SCHOOL,
                NOW);
    }

    static EscalationReceivedEvent received() {
        return received(List.of("COERCION_OR_GROOMING_OR_CAPACITY"));
    }

    static EscalationAcceptedEvent accepted() {
        return new EscalationAcceptedEvent(CASE, FORCE, OFFICER, NOW);
    }

    static CrimeRecordedEvent crimeRecorded(List<ChildRoleAssignment> roles) {
        return new CrimeRecordedEvent(
                CASE, FORCE, HocrClassification.TAKE_MAKE_DISTRIBUTE, "20/123456/26", NOW, roles, OFFICER, NOW);
    }

    static AggravatingFactorsAssessedEvent assessed(List<FactorFinding> findings) {
        boolean aggravated = !findings.isEmpty();
        return new AggravatingFactorsAssessedEvent(
                CASE,
                FORCE,
                findings,
                aggravated ? PolicePath.POLICE_IN_CONTROL : PolicePath.SUPPORT_VICTIMS_AND_ASSIST_SCHOOL,
                aggravated,
                OFFICER,
                NOW);
    }

    static OutcomeProposedEvent outcome21Proposed() {
        return new OutcomeProposedEvent(
                CASE,
                FORCE,
                OutcomeCode.OUTCOME_21,
                "Consensual exchange between peers; school handling; no public interest",
                null,
                OFFICER,
                NOW);
    }

    static OutcomeAssignedEvent outcome21Assigned() {
        return new OutcomeAssignedEvent(
                CASE,
                FORCE,
                OutcomeCode.OUTCOME_21,
                "Consensual exchange between peers; school handling; no public interest",
                null,
                OFFICER,
                SUPERVISOR,
                NOW);
    }

    static ReceiveEscalationCommand receive(List<String> criteria) {
        return new ReceiveEscalationCommand(CASE, FORCE, SCHOOL_URN, "E08000025", criteria, CHILDREN, REFERRED_AT);
    }

    /** child-1 and child-2 of the referral in these roles. */
    static List<ChildRoleAssignment> roles(ChildRole child1, ChildRole child2) {
        return List.of(new ChildRoleAssignment("child-1", child1), new ChildRoleAssignment("child-2", child2));
    }

    /** The officer records the crime as 86/02 under the force's reference 20/123456/26, now. */
    static RecordCrimeCommand recordCrime(List<ChildRoleAssignment> roles) {
        return new RecordCrimeCommand(
                CASE, OFFICER, HocrClassification.TAKE_MAKE_DISTRIBUTE, "20/123456/26", null, roles);
    }

    /** The school's referral, accepted by the officer. */
    TestExecutor<Escalation> givenAccepted() {
        return fixture.given(received(), accepted());
    }

    /** Accepted, and the crime recorded with child-1 the victim and child-2 a person involved. */
    TestExecutor<Escalation> givenTheCrimeRecorded() {
        return fixture.given(received(), accepted(), crimeRecorded(NON_AGGRAVATED_ROLES));
    }

    /** The crime recorded and the aggravating factors assessed as none: ready for an outcome. */
    TestExecutor<Escalation> givenTheCrimeAndNoAggravatingFactors() {
        return fixture.given(received(), accepted(), crimeRecorded(NON_AGGRAVATED_ROLES), assessed(List.of()));
    }

    /** Ready for an outcome, and the officer proposed Outcome 21: waiting for a supervisor's sign-off. */
    TestExecutor<Escalation> givenOutcome21Proposed() {
        return fixture.given(
                received(), accepted(), crimeRecorded(NON_AGGRAVATED_ROLES), assessed(List.of()), outcome21Proposed());
    }

    /** Outcome 21 proposed and signed off: the escalation's outcome is assigned. */
    TestExecutor<Escalation> givenOutcome21Assigned() {
        return fixture.given(
                received(),
                accepted(),
                crimeRecorded(NON_AGGRAVATED_ROLES),
                assessed(List.of()),
                outcome21Proposed(),
                outcome21Assigned());
    }

    @Test
    void receivesAReferralWithAStrategyMeetingClockOf72Hours() {
        fixture.givenNoPriorActivity()
                .when(receive(List.of("COERCION_OR_GROOMING_OR_CAPACITY")))
                .expectEvents(received())
                .expectSuccessfulHandlerExecution();
        assertThat(received().strategyMeetingDueBy()).isEqualTo(REFERRED_AT.plus(Duration.ofHours(72)));
    }

    @Test
    void givesAChildAtImmediateRiskASameDayClock() {
        fixture.givenNoPriorActivity()
                .when(receive(List.of("IMMEDIATE_RISK_OF_HARM")))
                .expectEvents(received(List.of("IMMEDIATE_RISK_OF_HARM")));
        assertThat(received(List.of("IMMEDIATE_RISK_OF_HARM")).strategyMeetingDueBy())
                .isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
    }

    @Test
    void ignoresTheSameReferralDeliveredTwice() {
        fixture.given(received())
                .when(receive(List.of("COERCION_OR_GROOMING_OR_CAPACITY")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    static final Instant ESCALATED_AGAIN_AT = Instant.parse("2026-11-28T09:40:00Z");

    static ReceiveEscalationCommand reEscalate(List<String> criteria) {
        return new ReceiveEscalationCommand(
                CASE, FORCE, SCHOOL_URN, "E08000025", criteria, CHILDREN, ESCALATED_AGAIN_AT);
    }

    static EscalationRoundOpenedEvent roundOpened(
            List<String> criteria,
            List<String> newlyMet,
            EscalationStatus previousStatus,
            OutcomeCode previousOutcome) {
        return new EscalationRoundOpenedEvent(
                CASE,
                FORCE,
                2,
                criteria,
                newlyMet,
                CHILDREN,
                previousStatus,
                previousOutcome,
                ESCALATED_AGAIN_AT,
                newlyMet.isEmpty() ? null : StrategyMeetingClock.defaults().dueBy(ESCALATED_AGAIN_AT, criteria),
                SCHOOL,
                NOW);
    }

    @Test
    void aReEscalationStartsTheStrategyMeetingClockAgainWhenACriterionIsNewlyMet() {
        List<String> criteria = List.of("COERCION_OR_GROOMING_OR_CAPACITY", "IMMEDIATE_RISK_OF_HARM");
        fixture.given(received(), accepted(), assessed(List.of()))
                .when(reEscalate(criteria))
                .expectEvents(
                        roundOpened(criteria, List.of("IMMEDIATE_RISK_OF_HARM"), EscalationStatus.ACCEPTED, null));
        assertThat(roundOpened(criteria, List.of("IMMEDIATE_RISK_OF_HARM"), EscalationStatus.ACCEPTED, null)
                        .strategyMeetingDueBy())
                .isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
    }

    @Test
    void aReEscalationOfADeclinedEscalationOpensANewRoundNewInTheInbox() {
        List<String> criteria = List.of("COERCION_OR_GROOMING_OR_CAPACITY");
        fixture.given(received(), new EscalationDeclinedEvent(CASE, FORCE, "No police role", OFFICER, NOW))
                .when(reEscalate(criteria))
                .expectEvents(roundOpened(criteria, List.of(), EscalationStatus.DECLINED, null));
        fixture.given(
                        received(),
                        new EscalationDeclinedEvent(CASE, FORCE, "No police role", OFFICER, NOW),
                        roundOpened(criteria, List.of(), EscalationStatus.DECLINED, null))
                .when(new AcceptEscalationCommand(CASE, SECOND_OFFICER))
                .expectEvents(new EscalationAcceptedEvent(CASE, FORCE, SECOND_OFFICER, NOW));
    }

    @Test
    void aReEscalationAfterTheOutcomeOpensANewRoundThatMayEndInANewOutcome() {
        List<String> criteria = List.of("COERCION_OR_GROOMING_OR_CAPACITY");
        givenOutcome21Assigned()
                .when(reEscalate(criteria))
                .expectEvents(roundOpened(criteria, List.of(), EscalationStatus.ACCEPTED, OutcomeCode.OUTCOME_21));
        fixture.given(
                        received(),
                        accepted(),
                        crimeRecorded(NON_AGGRAVATED_ROLES),
                        assessed(List.of()),
                        outcome21Proposed(),
                        outcome21Assigned(),
                        roundOpened(criteria, List.of(), EscalationStatus.ACCEPTED, OutcomeCode.OUTCOME_21),
                        accepted())
                .when(new ProposeOutcomeCommand(
                        CASE,
                        OFFICER,
                        OutcomeCode.NO_FURTHER_ACTION,
                        "The new facts change nothing for the police",
                        null))
                .expectEvents(new OutcomeProposedEvent(
                        CASE,
                        FORCE,
                        OutcomeCode.NO_FURTHER_ACTION,
                        "The new facts change nothing for the police",
                        null,
                        OFFICER,
                        NOW));
    }

    @Test
    void theSameReEscalationDeliveredTwiceOpensOneRound() {
        List<String> criteria = List.of("COERCION_OR_GROOMING_OR_CAPACITY");
        fixture.given(received(), roundOpened(criteria, List.of(), EscalationStatus.NEW, null))
                .when(reEscalate(criteria))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aLaterRoundMayBeDeclinedThoughTheCrimeIsRecorded() {
        List<String> criteria = List.of("COERCION_OR_GROOMING_OR_CAPACITY");
        fixture.given(
                        received(),
                        accepted(),
                        crimeRecorded(NON_AGGRAVATED_ROLES),
                        roundOpened(criteria, List.of(), EscalationStatus.ACCEPTED, null))
                .when(new DeclineEscalationCommand(CASE, OFFICER, "Nothing new for the police in this information"))
                .expectEvents(new EscalationDeclinedEvent(
                        CASE, FORCE, "Nothing new for the police in this information", OFFICER, NOW));
    }

    @Test
    void theSchoolsReferenceForTheCaseIsLearnedOnceAndAgainOnlyIfItDiffers() {
        CaseReferenceLearnedEvent learned = new CaseReferenceLearnedEvent(CASE, FORCE, "CPA-2026-0042", SCHOOL, NOW);
        fixture.given(received())
                .when(new RecordCaseReferenceCommand(CASE, SCHOOL_URN, "CPA-2026-0042"))
                .expectEvents(learned);
        fixture.given(received(), learned)
                .when(new RecordCaseReferenceCommand(CASE, SCHOOL_URN, "CPA-2026-0042"))
                .expectNoEvents();
        fixture.given(received(), learned)
                .when(new RecordCaseReferenceCommand(CASE, SCHOOL_URN, " "))
                .expectNoEvents();
        fixture.given(received(), learned)
                .when(new RecordCaseReferenceCommand(CASE, SCHOOL_URN, "CPA-2026-0043"))
                .expectEvents(new CaseReferenceLearnedEvent(CASE, FORCE, "CPA-2026-0043", SCHOOL, NOW));
    }

    @Test
    void theSchoolsClosureIsRecordedOnTheEscalation() {
        Instant closedAt = NOW.minusSeconds(60);
        givenAccepted()
                .when(new RecordSchoolClosureCommand(CASE, SCHOOL_URN, true, closedAt))
                .expectEvents(new SchoolClosedCaseEvent(CASE, FORCE, true, closedAt, SCHOOL, NOW));
    }

    @Test
    void aChildTheSchoolAddsLaterIsOnTheEscalationAndCanBeGivenARole() {
        ReferredChild found = new ReferredChild("child-9", 13, "Year 8", List.of("RECEIVED"));
        Instant addedAt = NOW.minusSeconds(120);
        SchoolChildChangedEvent added = new SchoolChildChangedEvent(CASE, FORCE, null, found, addedAt, SCHOOL, NOW);
        givenTheCrimeRecorded()
                .when(new RecordSchoolChildChangeCommand(CASE, SCHOOL_URN, null, found, addedAt))
                .expectEvents(added);
        fixture.given(received(), accepted(), crimeRecorded(NON_AGGRAVATED_ROLES), added)
                .when(new ChangeChildRoleCommand(
                        CASE, OFFICER, "child-9", ChildRole.PERSON_INVOLVED, "Received it from child-1"))
                .expectEvents(new ChildRoleChangedEvent(
                        CASE,
                        FORCE,
                        "child-9",
                        null,
                        ChildRole.PERSON_INVOLVED,
                        "Received it from child-1",
                        OFFICER,
                        NOW));
    }

    @Test
    void theSchoolsCorrectionOfAChildKeepsTheOldValueBesideTheNew() {
        ReferredChild before = new ReferredChild("child-1", 14, "Year 9", List.of("PICTURED"));
        ReferredChild after = new ReferredChild("child-1", 12, "Year 7", List.of("PICTURED"));
        givenAccepted()
                .when(new RecordSchoolChildChangeCommand(CASE, SCHOOL_URN, before, after, NOW.minusSeconds(60)))
                .expectEvents(
                        new SchoolChildChangedEvent(CASE, FORCE, before, after, NOW.minusSeconds(60), SCHOOL, NOW));
    }

    @Test
    void theFirstOfficerToAcceptWins() {
        fixture.given(received())
                .when(new AcceptEscalationCommand(CASE, OFFICER))
                .expectEvents(accepted());
    }

    @Test
    void aSecondAcceptanceIsRefusedNamingWhoAccepted() {
        givenAccepted()
                .when(new AcceptEscalationCommand(CASE, SECOND_OFFICER))
                .expectNoEvents()
                .expectException(EscalationAlreadyAcceptedException.class)
                .expectExceptionMessage("Escalation case-7f3a was already accepted by pc-4411.");
    }

    @Test
    void theSameOfficerAcceptingAgainChangesNothing() {
        givenAccepted()
                .when(new AcceptEscalationCommand(CASE, OFFICER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherForceDoesNotSeeTheEscalation() {
        fixture.given(received())
                .when(new AcceptEscalationCommand(CASE, OTHER_FORCE_OFFICER))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void schoolStaffCannotAccept() {
        fixture.given(received())
                .when(new AcceptEscalationCommand(CASE, new ActedBy("dsl-1", PoliceRoles.SCHOOL_DSL, FORCE)))
                .expectNoEvents()
                .expectException(PoliceRoleRequiredException.class);
    }

    @Test
    void declinesWithAReason() {
        fixture.given(received())
                .when(new DeclineEscalationCommand(CASE, OFFICER, "Incident happened in Wales; see transfer"))
                .expectEvents(new EscalationDeclinedEvent(
                        CASE, FORCE, "Incident happened in Wales; see transfer", OFFICER, NOW));
    }

    @Test
    void cannotDeclineWithoutAReason() {
        fixture.given(received())
                .when(new DeclineEscalationCommand(CASE, OFFICER, "  "))
                .expectNoEvents()
                .expectException(RationaleRequiredException.class);
    }

    @Test
    void nothingIsRecordedOnADeclinedEscalation() {
        fixture.given(received(), new EscalationDeclinedEvent(CASE, FORCE, "Duplicate referral", OFFICER, NOW))
                .when(new AcceptEscalationCommand(CASE, OFFICER))
                .expectNoEvents()
                .expectException(EscalationDeclinedException.class);
    }

    @Test
    void transfersToAnotherForceWithAReason() {
        givenAccepted()
                .when(new TransferEscalationCommand(CASE, OFFICER, "DPP", "The children live in Dyfed-Powys"))
                .expectEvents(new EscalationTransferredEvent(
                        CASE, FORCE, "DPP", "The children live in Dyfed-Powys", OFFICER, NOW));
    }

    @Test
    void afterATransferTheNewForceAcceptsIt() {
        ActedBy dyfedOfficer = new ActedBy("pc-77", PoliceRoles.POLICE_LIAISON, "DPP");
        fixture.given(
                        received(),
                        accepted(),
                        new EscalationTransferredEvent(CASE, FORCE, "DPP", "Lives there", OFFICER, NOW))
                .when(new AcceptEscalationCommand(CASE, dyfedOfficer))
                .expectEvents(new EscalationAcceptedEvent(CASE, "DPP", dyfedOfficer, NOW));
    }

    @Test
    void cannotTransferWithoutAReason() {
        fixture.given(received())
                .when(new TransferEscalationCommand(CASE, OFFICER, "DPP", null))
                .expectNoEvents()
                .expectException(RationaleRequiredException.class);
    }

    @Test
    void cannotTransferToAnUnknownForce() {
        fixture.given(received())
                .when(new TransferEscalationCommand(CASE, OFFICER, "XYZ", "Wrong area"))
                .expectNoEvents()
                .expectException(UnknownForceException.class);
    }

    @Test
    void cannotTransferToItsOwnForce() {
        fixture.given(received())
                .when(new TransferEscalationCommand(CASE, OFFICER, FORCE, "Wrong area"))
                .expectNoEvents()
                .expectException(TransferToSameForceException.class);
    }

    @Test
    void cannotTransferOnceTheCrimeIsRecorded() {
        givenTheCrimeRecorded()
                .when(new TransferEscalationCommand(CASE, OFFICER, "DPP", "Wrong area"))
                .expectNoEvents()
                .expectException(CrimeAlreadyRecordedException.class);
    }

    @Test
    void recordsTheCrimeWithEachChildsRole() {
        givenAccepted()
                .when(new RecordCrimeCommand(
                        CASE,
                        OFFICER,
                        HocrClassification.TAKE_MAKE_DISTRIBUTE,
                        " 20/123456/26 ",
                        null,
                        NON_AGGRAVATED_ROLES))
                .expectEvents(crimeRecorded(NON_AGGRAVATED_ROLES));
    }

    @Test
    void cannotRecordTheCrimeBeforeAccepting() {
        fixture.given(received())
                .when(new RecordCrimeCommand(
                        CASE, OFFICER, HocrClassification.POSSESSION, "20/123456/26", null, NON_AGGRAVATED_ROLES))
                .expectNoEvents()
                .expectException(EscalationNotAcceptedException.class);
    }

    @Test
    void refusesACrimeReferenceOutsideTheForceFormat() {
        givenAccepted()
                .when(new RecordCrimeCommand(
                        CASE, OFFICER, HocrClassification.POSSESSION, "4012345/26", null, NON_AGGRAVATED_ROLES))
                .expectNoEvents()
                .expectException(CrimeReferenceFormatException.class)
                .expectExceptionMessage("That is not a crime reference of WMP; they look like 20/123456/26.");
    }

    @Test
    void refusesACrimeReferenceAnotherCaseOfTheForceUses() {
        claimedReferences.put("WMP|20/123456/26", "another-case");
        givenAccepted()
                .when(new RecordCrimeCommand(
                        CASE, OFFICER, HocrClassification.POSSESSION, "20/123456/26", null, NON_AGGRAVATED_ROLES))
                .expectNoEvents()
                .expectException(CrimeReferenceInUseException.class);
    }

    @Test
    void aChildInANonAggravatedCaseIsNotASuspect() {
        fixture.given(received(), accepted(), assessed(List.of()))
                .when(recordCrime(roles(ChildRole.VICTIM, ChildRole.SUSPECT)))
                .expectNoEvents()
                .expectException(SuspectRequiresAggravatingFactorsException.class);
    }

    @Test
    void aChildMayBeASuspectWhereAggravatingFactorsAreRecorded() {
        List<ChildRoleAssignment> roles = roles(ChildRole.VICTIM, ChildRole.SUSPECT);
        fixture.given(received(), accepted(), assessed(COERCION))
                .when(recordCrime(roles))
                .expectEvents(crimeRecorded(roles));
    }

    @Test
    void everyChildOfTheReferralGetsExactlyOneRole() {
        givenAccepted()
                .when(recordCrime(List.of(
                        new ChildRoleAssignment("child-1", ChildRole.VICTIM),
                        new ChildRoleAssignment("child-9", ChildRole.PERSON_INVOLVED))))
                .expectNoEvents()
                .expectException(ChildRolesIncompleteException.class);
    }

    @Test
    void theCrimeIsRecordedOnce() {
        givenTheCrimeRecorded()
                .when(new RecordCrimeCommand(
                        CASE, OFFICER, HocrClassification.POSSESSION, "20/654321/26", null, NON_AGGRAVATED_ROLES))
                .expectNoEvents()
                .expectException(CrimeAlreadyRecordedException.class);
    }

    // Issue 14 item 4: a police record reaching its MoPI review date goes to review, never deleted (ADR 0053).

    @Test
    void aCrimeRecordReachingItsMoPiReviewDateIsMarkedDueForReviewAsTheForce() {
        LocalDate dueOn = LocalDate.of(2026, 11, 28);
        fixture.given(received(), accepted(), crimeRecorded(NON_AGGRAVATED_ROLES))
                .when(new FlagCrimeRecordForReviewCommand(CASE, 1, dueOn))
                .expectEvents(new CrimeRecordDueForReviewEvent(
                        CASE,
                        FORCE,
                        crimeRecorded(NON_AGGRAVATED_ROLES).classification(),
                        1,
                        dueOn,
                        new ActedBy(Escalation.MOPI_REVIEW, ActedBy.SYSTEM, FORCE),
                        NOW));
    }

    static CrimeRecordDueForReviewEvent dueForReview() {
        return new CrimeRecordDueForReviewEvent(
                CASE,
                FORCE,
                HocrClassification.TAKE_MAKE_DISTRIBUTE,
                1,
                LocalDate.of(2026, 11, 1),
                new ActedBy(Escalation.MOPI_REVIEW, ActedBy.SYSTEM, FORCE),
                NOW);
    }

    @Test
    void aSupervisorErasesTheCasesPersonalDataOnTheReviewOfItsCrimeRecordOnce() {
        fixture.given(received(), accepted(), crimeRecorded(NON_AGGRAVATED_ROLES), dueForReview())
                .when(new ErasePersonalDetailsCommand(CASE, SUPERVISOR, "MoPI review: no further policing purpose"))
                .expectEvents(new PersonalDetailsErasedEvent(
                        CASE, FORCE, "MoPI review: no further policing purpose", SUPERVISOR, NOW));
        fixture.given(
                        received(),
                        accepted(),
                        crimeRecorded(NON_AGGRAVATED_ROLES),
                        dueForReview(),
                        new PersonalDetailsErasedEvent(CASE, FORCE, "Reviewed", SUPERVISOR, NOW))
                .when(new ErasePersonalDetailsCommand(CASE, SUPERVISOR, "Reviewed again"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void personalDataIsNeverErasedBeforeTheCrimeRecordIsDueForReview() {
        fixture.given(received(), accepted(), crimeRecorded(NON_AGGRAVATED_ROLES))
                .when(new ErasePersonalDetailsCommand(CASE, SUPERVISOR, "No further policing purpose"))
                .expectException(ReviewNotDueException.class)
                .expectNoEvents();
    }

    @Test
    void onlyASupervisorOfTheForceErasesPersonalDataWithAReason() {
        fixture.given(received(), accepted(), crimeRecorded(NON_AGGRAVATED_ROLES), dueForReview())
                .when(new ErasePersonalDetailsCommand(CASE, OFFICER, "No further policing purpose"))
                .expectException(SupervisorRequiredException.class);
        fixture.given(received(), accepted(), crimeRecorded(NON_AGGRAVATED_ROLES), dueForReview())
                .when(new ErasePersonalDetailsCommand(CASE, SUPERVISOR, " "))
                .expectException(RationaleRequiredException.class);
    }

    @Test
    void aReviewDateIsMarkedOnce() {
        LocalDate dueOn = LocalDate.of(2026, 11, 1);
        fixture.given(
                        received(),
                        accepted(),
                        crimeRecorded(NON_AGGRAVATED_ROLES),
                        new CrimeRecordDueForReviewEvent(
                                CASE,
                                FORCE,
                                HocrClassification.TAKE_MAKE_DISTRIBUTE,
                                1,
                                dueOn,
                                new ActedBy(Escalation.MOPI_REVIEW, ActedBy.SYSTEM, FORCE),
                                NOW))
                .when(new FlagCrimeRecordForReviewCommand(CASE, 1, dueOn))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void noReviewIsDueBeforeItsDate() {
        fixture.given(received(), accepted(), crimeRecorded(NON_AGGRAVATED_ROLES))
                .when(new FlagCrimeRecordForReviewCommand(CASE, 1, LocalDate.of(2026, 11, 30)))
                .expectNoEvents()
                .expectException(TimeInFutureException.class);
    }

    @Test
    void anEscalationWithNoCrimeRecordedHasNoRecordToReview() {
        fixture.given(received(), accepted())
                .when(new FlagCrimeRecordForReviewCommand(CASE, 1, LocalDate.of(2026, 11, 1)))
                .expectNoEvents()
                .expectException(CrimeNotRecordedException.class);
    }

    @Test
    void anEscalationDeclinedWithNoCrimeGoesToItsGroupThreeReview() {
        LocalDate dueOn = LocalDate.of(2026, 11, 1);
        fixture.given(received(), new EscalationDeclinedEvent(CASE, FORCE, "No police role", OFFICER, NOW))
                .when(new FlagCrimeRecordForReviewCommand(CASE, 3, dueOn))
                .expectEvents(new CrimeRecordDueForReviewEvent(
                        CASE, FORCE, null, 3, dueOn, new ActedBy(Escalation.MOPI_REVIEW, ActedBy.SYSTEM, FORCE), NOW));
    }

    // ADR 0076: an escalation transferred to a force that never declines it nor records a crime has a review clock.

    static final ActedBy DYFED_OFFICER = new ActedBy("pc-77", PoliceRoles.POLICE_LIAISON, "DPP");
    static final ActedBy DYFED_SUPERVISOR = new ActedBy("ps-78", PoliceRoles.POLICE_SUPERVISOR, "DPP");

    static EscalationTransferredEvent transferredToDyfed() {
        return new EscalationTransferredEvent(CASE, FORCE, "DPP", "The children live in Dyfed-Powys", OFFICER, NOW);
    }

    static CrimeRecordDueForReviewEvent transferDueForReview() {
        return new CrimeRecordDueForReviewEvent(
                CASE,
                "DPP",
                null,
                3,
                LocalDate.of(2026, 11, 1),
                new ActedBy(Escalation.MOPI_REVIEW, ActedBy.SYSTEM, "DPP"),
                NOW);
    }

    @Test
    void anEscalationTransferredAndNeverActedOnGoesToItsGroupThreeReviewAsTheReceivingForce() {
        LocalDate dueOn = LocalDate.of(2026, 11, 1);
        fixture.given(received(), accepted(), transferredToDyfed())
                .when(new FlagCrimeRecordForReviewCommand(CASE, 3, dueOn))
                .expectEvents(new CrimeRecordDueForReviewEvent(
                        CASE, "DPP", null, 3, dueOn, new ActedBy(Escalation.MOPI_REVIEW, ActedBy.SYSTEM, "DPP"), NOW));
    }

    @Test
    void anEscalationTransferredAndAcceptedButNeitherDeclinedNorRecordedKeepsItsTransferClock() {
        LocalDate dueOn = LocalDate.of(2026, 11, 1);
        fixture.given(received(), transferredToDyfed(), new EscalationAcceptedEvent(CASE, "DPP", DYFED_OFFICER, NOW))
                .when(new FlagCrimeRecordForReviewCommand(CASE, 3, dueOn))
                .expectEvents(new CrimeRecordDueForReviewEvent(
                        CASE, "DPP", null, 3, dueOn, new ActedBy(Escalation.MOPI_REVIEW, ActedBy.SYSTEM, "DPP"), NOW));
    }

    @Test
    void aSupervisorOfTheReceivingForceErasesATransferredEscalationOnItsReviewAndTheSendingForceCannot() {
        fixture.given(received(), transferredToDyfed(), transferDueForReview())
                .when(new ErasePersonalDetailsCommand(CASE, DYFED_SUPERVISOR, "MoPI review: never acted on"))
                .expectEvents(new PersonalDetailsErasedEvent(
                        CASE, "DPP", "MoPI review: never acted on", DYFED_SUPERVISOR, NOW));
        fixture.given(received(), transferredToDyfed(), transferDueForReview())
                .when(new ErasePersonalDetailsCommand(CASE, SUPERVISOR, "MoPI review: never acted on"))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void aTransferredEscalationIsNeverErasedBeforeItsReview() {
        fixture.given(received(), transferredToDyfed())
                .when(new ErasePersonalDetailsCommand(CASE, DYFED_SUPERVISOR, "No further policing purpose"))
                .expectNoEvents()
                .expectException(ReviewNotDueException.class);
    }

    @Test
    void aCrimeRecordedAfterATransferredEscalationFellDueStartsItsOwnClock() {
        fixture.given(
                        received(),
                        transferredToDyfed(),
                        transferDueForReview(),
                        new EscalationAcceptedEvent(CASE, "DPP", DYFED_OFFICER, NOW),
                        new CrimeRecordedEvent(
                                CASE,
                                "DPP",
                                HocrClassification.TAKE_MAKE_DISTRIBUTE,
                                "DP/123456/26",
                                NOW,
                                NON_AGGRAVATED_ROLES,
                                DYFED_OFFICER,
                                NOW))
                .when(new ErasePersonalDetailsCommand(CASE, DYFED_SUPERVISOR, "No further policing purpose"))
                .expectNoEvents()
                .expectException(ReviewNotDueException.class);
    }

    @Test
    void aDeclineAfterATransferredEscalationFellDueStartsItsOwnClock() {
        fixture.given(
                        received(),
                        transferredToDyfed(),
                        transferDueForReview(),
                        new EscalationDeclinedEvent(CASE, "DPP", "No police role", DYFED_OFFICER, NOW))
                .when(new ErasePersonalDetailsCommand(CASE, DYFED_SUPERVISOR, "No further policing purpose"))
                .expectNoEvents()
                .expectException(ReviewNotDueException.class);
    }

    @Test
    void theCrimeCannotBeRecordedInTheFuture() {
        givenAccepted()
                .when(new RecordCrimeCommand(
                        CASE,
                        OFFICER,
                        HocrClassification.POSSESSION,
                        "20/123456/26",
                        NOW.plusSeconds(3600),
                        NON_AGGRAVATED_ROLES))
                .expectNoEvents()
                .expectException(TimeInFutureException.class);
    }

    @Test
    void noAggravatingFactorsMeansSupportTheVictimsAndAssistTheSchool() {
        fixture.given(received(List.of("UNDER_13_SEXUAL_ACTS")), accepted(), crimeRecorded(NON_AGGRAVATED_ROLES))
                .when(new AssessAggravatingFactorsCommand(CASE, OFFICER, List.of()))
                .expectEvents(assessed(List.of()));
    }

    @Test
    void noAggravatingFactorsNeedsAReasonWhenTheSchoolReportedACriterionPointingToOne() {
        fixture.given(received(List.of("ADULT_INVOLVED")), accepted(), crimeRecorded(NON_AGGRAVATED_ROLES))
                .when(new AssessAggravatingFactorsCommand(CASE, OFFICER, List.of(), "No"))
                .expectNoEvents()
                .expectException(NoFactorsReasonRequiredException.class);
    }

    @Test
    void noAggravatingFactorsAgainstTheSchoolsCriteriaRecordsWhy() {
        String reason = "The 'adult' is a 17-year-old pupil of the same school";
        givenTheCrimeRecorded()
                .when(new AssessAggravatingFactorsCommand(CASE, OFFICER, List.of(), reason))
                .expectEvents(
                        new NoFactorsReasonRecordedEvent(
                                CASE, FORCE, List.of("COERCION_OR_GROOMING_OR_CAPACITY"), reason, OFFICER, NOW),
                        assessed(List.of()));
    }

    @Test
    void anyAggravatingFactorPutsThePoliceInControlAndRequiresAStrategyMeeting() {
        givenAccepted()
                .when(new AssessAggravatingFactorsCommand(CASE, OFFICER, COERCION))
                .expectEvents(assessed(COERCION));
        assertThat(assessed(COERCION).strategyMeetingRequired()).isTrue();
        assertThat(assessed(COERCION).path()).isEqualTo(PolicePath.POLICE_IN_CONTROL);
    }

    @Test
    void eachAggravatingFactorNeedsNotes() {
        givenAccepted()
                .when(new AssessAggravatingFactorsCommand(
                        CASE, OFFICER, List.of(new FactorFinding(AggravatingFactor.GROOMING, ""))))
                .expectNoEvents()
                .expectException(InformationRequiredException.class);
    }

    @Test
    void anAggravatingFactorIsListedOnce() {
        givenAccepted()
                .when(new AssessAggravatingFactorsCommand(
                        CASE,
                        OFFICER,
                        List.of(
                                new FactorFinding(AggravatingFactor.GROOMING, "Messages over weeks"),
                                new FactorFinding(AggravatingFactor.GROOMING, "Gifts"))))
                .expectNoEvents()
                .expectException(AggravatingFactorRepeatedException.class);
    }

    @Test
    void noFactorsCannotBeAssessedWhileAChildIsRecordedAsSuspect() {
        List<ChildRoleAssignment> roles = List.of(
                new ChildRoleAssignment("child-1", ChildRole.VICTIM),
                new ChildRoleAssignment("child-2", ChildRole.SUSPECT));
        fixture.given(received(), accepted(), assessed(COERCION), crimeRecorded(roles))
                .when(new AssessAggravatingFactorsCommand(CASE, OFFICER, List.of()))
                .expectNoEvents()
                .expectException(SuspectRequiresAggravatingFactorsException.class);
    }

    @Test
    void proposesOutcome21WithAPublicInterestRationale() {
        givenTheCrimeAndNoAggravatingFactors()
                .when(new ProposeOutcomeCommand(
                        CASE,
                        OFFICER,
                        OutcomeCode.OUTCOME_21,
                        "Consensual exchange between peers; school handling; no public interest",
                        null))
                .expectEvents(outcome21Proposed());
    }

    @Test
    void outcome21IsRefusedWhileAggravatingFactorsAreRecorded() {
        fixture.given(received(), accepted(), assessed(COERCION), crimeRecorded(NON_AGGRAVATED_ROLES))
                .when(new ProposeOutcomeCommand(
                        CASE, OFFICER, OutcomeCode.OUTCOME_21, "Not in the public interest", null))
                .expectNoEvents()
                .expectException(Outcome21WithAggravatingFactorsException.class);
    }

    @Test
    void outcome21IsNotRefusedForKnownVulnerabilitiesPreviousIncidentsOrOther() {
        List<FactorFinding> findings = List.of(
                new FactorFinding(AggravatingFactor.KNOWN_VULNERABILITIES, "Child-1 has an EHCP"),
                new FactorFinding(AggravatingFactor.PREVIOUS_INCIDENTS, "One earlier, handled in school"),
                new FactorFinding(AggravatingFactor.OTHER, "Shared in a group chat of six"));
        fixture.given(received(), accepted(), assessed(findings), crimeRecorded(NON_AGGRAVATED_ROLES))
                .when(new ProposeOutcomeCommand(
                        CASE,
                        OFFICER,
                        OutcomeCode.OUTCOME_21,
                        "Consensual exchange between peers; school handling; no public interest",
                        null))
                .expectEvents(outcome21Proposed());
    }

    @Test
    void outcome21IsRefusedForEachFactorDomainNames() {
        for (AggravatingFactor factor : List.of(
                AggravatingFactor.EXPLOITATION,
                AggravatingFactor.GROOMING,
                AggravatingFactor.COERCION_OR_BLACKMAIL,
                AggravatingFactor.PROFIT_MOTIVE,
                AggravatingFactor.MALICIOUS_INTENT,
                AggravatingFactor.PERSISTENT_OR_REPEATED,
                AggravatingFactor.ADULT_INVOLVEMENT)) {
            fixture.given(
                            received(),
                            accepted(),
                            assessed(List.of(new FactorFinding(factor, "Found"))),
                            crimeRecorded(NON_AGGRAVATED_ROLES))
                    .when(new ProposeOutcomeCommand(
                            CASE, OFFICER, OutcomeCode.OUTCOME_21, "Not in the public interest", null))
                    .expectNoEvents()
                    .expectException(Outcome21WithAggravatingFactorsException.class);
        }
    }

    @Test
    void anAdultsCautionGetsTheAdultCaution() {
        List<FactorFinding> adult = List.of(new FactorFinding(AggravatingFactor.ADULT_INVOLVEMENT, "Sender is 19"));
        fixture.given(received(), accepted(), assessed(adult), crimeRecorded(NON_AGGRAVATED_ROLES))
                .when(new ProposeOutcomeCommand(CASE, OFFICER, OutcomeCode.ADULT_CAUTION, null, null))
                .expectEvents(
                        new OutcomeProposedEvent(CASE, FORCE, OutcomeCode.ADULT_CAUTION, null, null, OFFICER, NOW));
        assertThat(OutcomeCode.ADULT_CAUTION.homeOfficeCode()).contains("3");
        assertThat(OutcomeCode.CAUTION.homeOfficeCode()).contains("2");
    }

    @Test
    void theYouthCautionIsNotGivenToTheInvolvedAdult() {
        List<FactorFinding> adult = List.of(new FactorFinding(AggravatingFactor.ADULT_INVOLVEMENT, "Sender is 19"));
        fixture.given(received(), accepted(), assessed(adult), crimeRecorded(NON_AGGRAVATED_ROLES))
                .when(new ProposeOutcomeCommand(CASE, OFFICER, OutcomeCode.CAUTION, null, null))
                .expectNoEvents()
                .expectException(YouthCautionRequiresChildSuspectException.class);
    }

    @Test
    void anAdultCautionNeedsAnInvolvedAdult() {
        List<ChildRoleAssignment> roles = List.of(
                new ChildRoleAssignment("child-1", ChildRole.VICTIM),
                new ChildRoleAssignment("child-2", ChildRole.SUSPECT));
        fixture.given(received(), accepted(), assessed(COERCION), crimeRecorded(roles))
                .when(new ProposeOutcomeCommand(CASE, OFFICER, OutcomeCode.ADULT_CAUTION, null, null))
                .expectNoEvents()
                .expectException(AdultCautionRequiresAdultException.class);
    }

    @Test
    void reclassifiesTheCrimeWithAReasonKeepingTheOldClassification() {
        givenTheCrimeRecorded()
                .when(new ReclassifyCrimeCommand(
                        CASE, OFFICER, HocrClassification.POSSESSION, "Child-2 received but did not share"))
                .expectEvents(new CrimeReclassifiedEvent(
                        CASE,
                        FORCE,
                        HocrClassification.TAKE_MAKE_DISTRIBUTE,
                        HocrClassification.POSSESSION,
                        "Child-2 received but did not share",
                        OFFICER,
                        NOW));
    }

    @Test
    void aReclassificationNeedsAReason() {
        givenTheCrimeRecorded()
                .when(new ReclassifyCrimeCommand(CASE, OFFICER, HocrClassification.POSSESSION, " "))
                .expectNoEvents()
                .expectException(RationaleRequiredException.class);
    }

    @Test
    void nothingIsAmendedOnceTheOutcomeIsAssigned() {
        givenOutcome21Assigned()
                .when(new ReclassifyCrimeCommand(
                        CASE, OFFICER, HocrClassification.POSSESSION, "Child-2 received but did not share"))
                .expectNoEvents()
                .expectException(OutcomeAlreadyAssignedException.class);
    }

    @Test
    void aPersonInvolvedBecomesASuspectWhenFactorsEmergeAndBack() {
        fixture.given(received(), accepted(), crimeRecorded(NON_AGGRAVATED_ROLES), assessed(COERCION))
                .when(new ChangeChildRoleCommand(
                        CASE, OFFICER, "child-2", ChildRole.SUSPECT, "Child-2 threatened to post the image"))
                .expectEvents(new ChildRoleChangedEvent(
                        CASE,
                        FORCE,
                        "child-2",
                        ChildRole.PERSON_INVOLVED,
                        ChildRole.SUSPECT,
                        "Child-2 threatened to post the image",
                        OFFICER,
                        NOW));
        fixture.given(
                        received(),
                        accepted(),
                        crimeRecorded(NON_AGGRAVATED_ROLES),
                        assessed(COERCION),
                        new ChildRoleChangedEvent(
                                CASE,
                                FORCE,
                                "child-2",
                                ChildRole.PERSON_INVOLVED,
                                ChildRole.SUSPECT,
                                "Child-2 threatened to post the image",
                                OFFICER,
                                NOW))
                .when(new ChangeChildRoleCommand(
                        CASE, OFFICER, "child-2", ChildRole.PERSON_INVOLVED, "The threat came from an adult"))
                .expectEvents(new ChildRoleChangedEvent(
                        CASE,
                        FORCE,
                        "child-2",
                        ChildRole.SUSPECT,
                        ChildRole.PERSON_INVOLVED,
                        "The threat came from an adult",
                        OFFICER,
                        NOW));
    }

    @Test
    void aChildIsNotMadeASuspectWithoutAggravatingFactors() {
        givenTheCrimeAndNoAggravatingFactors()
                .when(new ChangeChildRoleCommand(
                        CASE, OFFICER, "child-2", ChildRole.SUSPECT, "Child-2 shared it with the year group"))
                .expectNoEvents()
                .expectException(SuspectRequiresAggravatingFactorsException.class);
    }

    @Test
    void recordsOneCrimePerVictim() {
        List<ChildRoleAssignment> twoVictims = List.of(
                new ChildRoleAssignment("child-1", ChildRole.VICTIM),
                new ChildRoleAssignment("child-2", ChildRole.VICTIM));
        fixture.given(received(), accepted(), crimeRecorded(twoVictims))
                .when(new RecordVictimCrimeCommand(
                        CASE, OFFICER, "child-2", HocrClassification.TAKE_MAKE_DISTRIBUTE, "20/123457/26", null))
                .expectEvents(new VictimCrimeRecordedEvent(
                        CASE,
                        FORCE,
                        "child-2",
                        HocrClassification.TAKE_MAKE_DISTRIBUTE,
                        "20/123457/26",
                        NOW,
                        OFFICER,
                        NOW));
    }

    @Test
    void aVictimHasOneCrimeOnly() {
        List<ChildRoleAssignment> twoVictims = List.of(
                new ChildRoleAssignment("child-1", ChildRole.VICTIM),
                new ChildRoleAssignment("child-2", ChildRole.VICTIM));
        fixture.given(received(), accepted(), crimeRecorded(twoVictims))
                .when(new RecordVictimCrimeCommand(
                        CASE, OFFICER, "child-1", HocrClassification.TAKE_MAKE_DISTRIBUTE, "20/123457/26", null))
                .expectNoEvents()
                .expectException(VictimCrimeAlreadyRecordedException.class);
        givenTheCrimeRecorded()
                .when(new RecordVictimCrimeCommand(
                        CASE, OFFICER, "child-2", HocrClassification.TAKE_MAKE_DISTRIBUTE, "20/123457/26", null))
                .expectNoEvents()
                .expectException(NotAVictimException.class);
    }

    @Test
    void outcome21NeedsARationale() {
        givenTheCrimeAndNoAggravatingFactors()
                .when(new ProposeOutcomeCommand(CASE, OFFICER, OutcomeCode.OUTCOME_21, null, null))
                .expectNoEvents()
                .expectException(RationaleRequiredException.class);
    }

    @Test
    void anOutcomeIsRefusedBeforeTheCrimeIsRecorded() {
        fixture.given(received(), accepted(), assessed(List.of()))
                .when(new ProposeOutcomeCommand(
                        CASE, OFFICER, OutcomeCode.OUTCOME_21, "Not in the public interest", null))
                .expectNoEvents()
                .expectException(CrimeNotRecordedException.class);
    }

    @Test
    void anOutcomeIsRefusedBeforeTheAggravatingFactorsAreAssessed() {
        givenTheCrimeRecorded()
                .when(new ProposeOutcomeCommand(
                        CASE, OFFICER, OutcomeCode.OUTCOME_21, "Not in the public interest", null))
                .expectNoEvents()
                .expectException(AggravatingFactorsNotAssessedException.class);
    }

    @Test
    void proposesOutcome22WithTheDiversionaryActivity() {
        fixture.given(received(), accepted(), assessed(COERCION), crimeRecorded(NON_AGGRAVATED_ROLES))
                .when(new ProposeOutcomeCommand(
                        CASE,
                        OFFICER,
                        OutcomeCode.OUTCOME_22,
                        null,
                        "Completed the Safer Schools consent and online safety programme"))
                .expectEvents(new OutcomeProposedEvent(
                        CASE,
                        FORCE,
                        OutcomeCode.OUTCOME_22,
                        null,
                        "Completed the Safer Schools consent and online safety programme",
                        OFFICER,
                        NOW));
    }

    @Test
    void outcome22NeedsTheDiversionaryActivity() {
        givenTheCrimeAndNoAggravatingFactors()
                .when(new ProposeOutcomeCommand(CASE, OFFICER, OutcomeCode.OUTCOME_22, "Education helps", " "))
                .expectNoEvents()
                .expectException(DiversionaryActivityRequiredException.class);
    }

    @Test
    void aChargeNeedsAChildRecordedAsSuspect() {
        fixture.given(received(), accepted(), assessed(COERCION), crimeRecorded(NON_AGGRAVATED_ROLES))
                .when(new ProposeOutcomeCommand(CASE, OFFICER, OutcomeCode.CHARGE, null, null))
                .expectNoEvents()
                .expectException(SanctionRequiresSuspectException.class);
    }

    @Test
    void aChargeMayBeProposedAgainstAnInvolvedAdult() {
        List<FactorFinding> adult = List.of(new FactorFinding(AggravatingFactor.ADULT_INVOLVEMENT, "Sender is 19"));
        fixture.given(received(), accepted(), assessed(adult), crimeRecorded(NON_AGGRAVATED_ROLES))
                .when(new ProposeOutcomeCommand(CASE, OFFICER, OutcomeCode.CHARGE, null, null))
                .expectEvents(new OutcomeProposedEvent(CASE, FORCE, OutcomeCode.CHARGE, null, null, OFFICER, NOW));
    }

    @Test
    void oneProposalWaitsForSignOffAtATime() {
        givenOutcome21Proposed()
                .when(new ProposeOutcomeCommand(
                        CASE, SECOND_OFFICER, OutcomeCode.NO_FURTHER_ACTION, "No evidence", null))
                .expectNoEvents()
                .expectException(OutcomeProposalPendingException.class);
    }

    @Test
    void aSupervisorWhoDidNotProposeItSignsOffAndTheOutcomeIsAssigned() {
        givenOutcome21Proposed()
                .when(new SignOffOutcomeCommand(CASE, SUPERVISOR))
                .expectEvents(outcome21Assigned());
    }

    @Test
    void aSupervisorCannotSignOffTheirOwnProposal() {
        OutcomeProposedEvent ownProposal = new OutcomeProposedEvent(
                CASE, FORCE, OutcomeCode.OUTCOME_21, "Not in the public interest", null, SUPERVISOR, NOW);
        fixture.given(received(), accepted(), crimeRecorded(NON_AGGRAVATED_ROLES), assessed(List.of()), ownProposal)
                .when(new SignOffOutcomeCommand(CASE, SUPERVISOR))
                .expectNoEvents()
                .expectException(SelfSignOffException.class);
    }

    @Test
    void aLiaisonOfficerCannotSignOff() {
        givenOutcome21Proposed()
                .when(new SignOffOutcomeCommand(CASE, SECOND_OFFICER))
                .expectNoEvents()
                .expectException(SupervisorRequiredException.class);
    }

    @Test
    void aLiaisonOfficerIsRefusedBeforeAnythingAboutTheProposalIsSaid() {
        givenTheCrimeAndNoAggravatingFactors()
                .when(new SignOffOutcomeCommand(CASE, SECOND_OFFICER))
                .expectNoEvents()
                .expectException(SupervisorRequiredException.class);
    }

    @Test
    void anAuditorChangesNothing() {
        fixture.given(received())
                .when(new AcceptEscalationCommand(CASE, new ActedBy("aud-1", PoliceRoles.AUDITOR, "AUDIT")))
                .expectNoEvents()
                .expectException(PoliceRoleRequiredException.class);
    }

    @Test
    void thereIsNothingToSignOffWithoutAProposal() {
        givenTheCrimeAndNoAggravatingFactors()
                .when(new SignOffOutcomeCommand(CASE, SUPERVISOR))
                .expectNoEvents()
                .expectException(NoOutcomeProposalException.class);
    }

    @Test
    void outcome21CannotBeSignedOffOnceAggravatingFactorsAreFound() {
        fixture.given(
                        received(),
                        accepted(),
                        crimeRecorded(NON_AGGRAVATED_ROLES),
                        assessed(List.of()),
                        outcome21Proposed(),
                        assessed(COERCION))
                .when(new SignOffOutcomeCommand(CASE, SUPERVISOR))
                .expectNoEvents()
                .expectException(Outcome21WithAggravatingFactorsException.class);
    }

    @Test
    void aSupervisorSendsAProposalBackWithAReason() {
        givenOutcome21Proposed()
                .when(new SendBackOutcomeCommand(CASE, SUPERVISOR, "Speak to the school about previous incidents"))
                .expectEvents(new OutcomeSentBackEvent(
                        CASE,
                        FORCE,
                        OutcomeCode.OUTCOME_21,
                        OFFICER,
                        "Speak to the school about previous incidents",
                        SUPERVISOR,
                        NOW));
    }

    @Test
    void sendingBackNeedsAReason() {
        givenOutcome21Proposed()
                .when(new SendBackOutcomeCommand(CASE, SUPERVISOR, ""))
                .expectNoEvents()
                .expectException(RationaleRequiredException.class);
    }

    @Test
    void anAssignedOutcomeIsFinal() {
        givenOutcome21Assigned()
                .when(new ProposeOutcomeCommand(CASE, OFFICER, OutcomeCode.NO_FURTHER_ACTION, "Changed mind", null))
                .expectNoEvents()
                .expectException(OutcomeAlreadyAssignedException.class);
    }

    @Test
    void recordsTheDisclosureStatementGivenToTheSchoolAndParents() {
        givenOutcome21Assigned()
                .when(new RecordDisclosureStatementCommand(
                        CASE,
                        OFFICER,
                        List.of(
                                DisclosureRecipient.SCHOOL,
                                DisclosureRecipient.PARENTS_OR_CARERS,
                                DisclosureRecipient.SCHOOL),
                        "NPCC-2016-outcome-21",
                        NOW.minusSeconds(600)))
                .expectEvents(new DisclosureStatementGivenEvent(
                        CASE,
                        FORCE,
                        List.of(DisclosureRecipient.SCHOOL, DisclosureRecipient.PARENTS_OR_CARERS),
                        "NPCC-2016-outcome-21",
                        NOW.minusSeconds(600),
                        OFFICER,
                        NOW));
    }

    @Test
    void theDisclosureStatementFollowsAnAssignedOutcome() {
        givenOutcome21Proposed()
                .when(new RecordDisclosureStatementCommand(
                        CASE, OFFICER, List.of(DisclosureRecipient.SCHOOL), "NPCC-2016-outcome-21", null))
                .expectNoEvents()
                .expectException(OutcomeNotAssignedException.class);
    }

    @Test
    void theDisclosureStatementIsNotGivenAfterACharge() {
        List<FactorFinding> adult = List.of(new FactorFinding(AggravatingFactor.ADULT_INVOLVEMENT, "Sender is 19"));
        fixture.given(
                        received(),
                        accepted(),
                        assessed(adult),
                        crimeRecorded(NON_AGGRAVATED_ROLES),
                        new OutcomeProposedEvent(CASE, FORCE, OutcomeCode.CHARGE, null, null, OFFICER, NOW),
                        new OutcomeAssignedEvent(CASE, FORCE, OutcomeCode.CHARGE, null, null, OFFICER, SUPERVISOR, NOW))
                .when(new RecordDisclosureStatementCommand(
                        CASE, OFFICER, List.of(DisclosureRecipient.SCHOOL), "NPCC-2016-outcome-21", null))
                .expectNoEvents()
                .expectException(DisclosureStatementNotForOutcomeException.class);
    }

    @Test
    void flagsTheStrategyMeetingOverdueWhenTheClockRunsOut() {
        fixture.given(received(), accepted(), assessed(COERCION))
                .when(new FlagStrategyMeetingOverdueCommand(CASE))
                .expectEvents(
                        new StrategyMeetingOverdueEvent(CASE, FORCE, received().strategyMeetingDueBy(), NOW));
    }

    @Test
    void aMeetingHeldByTheTimeItWasDueStopsTheClockInTime() {
        Instant dueBy = received().strategyMeetingDueBy();
        fixture.given(received(), accepted(), assessed(COERCION))
                .when(new StopStrategyMeetingClockCommand(CASE, "meeting-1", dueBy))
                .expectEvents(new StrategyMeetingClockStoppedEvent(CASE, FORCE, "meeting-1", dueBy, dueBy, true, NOW));
    }

    @Test
    void aMeetingHeldAfterTheTimeBeforeTheClockFiredStopsItLateAndNothingIsOverdueAfter() {
        Instant dueBy = received().strategyMeetingDueBy();
        Instant late = dueBy.plusSeconds(60);
        fixture.given(
                        received(),
                        accepted(),
                        assessed(COERCION),
                        new StrategyMeetingClockStoppedEvent(CASE, FORCE, "meeting-1", dueBy, late, false, NOW))
                .when(new FlagStrategyMeetingOverdueCommand(CASE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(received(), accepted(), assessed(COERCION))
                .when(new StopStrategyMeetingClockCommand(CASE, "meeting-1", late))
                .expectEvents(new StrategyMeetingClockStoppedEvent(CASE, FORCE, "meeting-1", dueBy, late, false, NOW));
    }

    @Test
    void aRoundsClockIsMetOrMissedOnceSoALaterMeetingOrAnOverdueClockChangesNothing() {
        Instant dueBy = received().strategyMeetingDueBy();
        fixture.given(
                        received(),
                        accepted(),
                        assessed(COERCION),
                        new StrategyMeetingOverdueEvent(CASE, FORCE, dueBy, NOW))
                .when(new StopStrategyMeetingClockCommand(CASE, "meeting-1", NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(
                        received(),
                        accepted(),
                        assessed(COERCION),
                        new StrategyMeetingClockStoppedEvent(CASE, FORCE, "meeting-1", dueBy, dueBy, true, NOW))
                .when(new StopStrategyMeetingClockCommand(CASE, "meeting-2", dueBy))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aMeetingNoneRequiredStopsNoClock() {
        fixture.given(received(), accepted(), assessed(List.of()))
                .when(new StopStrategyMeetingClockCommand(CASE, "meeting-1", NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void noMeetingIsOverdueWhenNoneIsRequired() {
        fixture.given(received(), accepted(), assessed(List.of()))
                .when(new FlagStrategyMeetingOverdueCommand(CASE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // Issue 14 item 4: a legal hold on the escalation stops its erasure and its review (ADR 0081).

    static final ActedBy FORCE_AUDITOR = new ActedBy("ig-0042", PoliceRoles.AUDITOR, FORCE);
    static final ActedBy PLATFORM_AUDITOR = new ActedBy("auditor-1", PoliceRoles.AUDITOR, "casebridge-audit");
    static final ActedBy OTHER_FORCE_SUPERVISOR = new ActedBy("ps-0002", PoliceRoles.POLICE_SUPERVISOR, "MET");
    static final String HOLD_REASON = "IOPC inquiry into the handling of the referral";

    static LegalHoldSetEvent holdSet() {
        return new LegalHoldSetEvent(CASE, FORCE, HOLD_REASON, SUPERVISOR, NOW);
    }

    @Test
    void aSupervisorOrAnAuditorOfTheHoldingForceSetsALegalHoldWithAReason() {
        fixture.given(received(), accepted())
                .when(new SetLegalHoldCommand(CASE, SUPERVISOR, " " + HOLD_REASON + " "))
                .expectEvents(holdSet());
        fixture.given(received())
                .when(new SetLegalHoldCommand(CASE, FORCE_AUDITOR, HOLD_REASON))
                .expectEvents(new LegalHoldSetEvent(CASE, FORCE, HOLD_REASON, FORCE_AUDITOR, NOW));
    }

    @Test
    void aLegalHoldIsSetOnlyWithAReason() {
        fixture.given(received())
                .when(new SetLegalHoldCommand(CASE, SUPERVISOR, " "))
                .expectNoEvents()
                .expectException(RationaleRequiredException.class);
        fixture.given(received(), holdSet())
                .when(new LiftLegalHoldCommand(CASE, SUPERVISOR, null))
                .expectNoEvents()
                .expectException(RationaleRequiredException.class);
    }

    @Test
    void anOfficerOrAnAuditorOfAnotherOrganisationDoesNotHoldTheEscalation() {
        fixture.given(received())
                .when(new SetLegalHoldCommand(CASE, OFFICER, HOLD_REASON))
                .expectNoEvents()
                .expectException(LegalHoldKeeperRequiredException.class);
        fixture.given(received())
                .when(new SetLegalHoldCommand(CASE, PLATFORM_AUDITOR, HOLD_REASON))
                .expectNoEvents()
                .expectException(LegalHoldKeeperRequiredException.class);
        fixture.given(received(), holdSet())
                .when(new LiftLegalHoldCommand(CASE, OFFICER, "The inquiry closed"))
                .expectNoEvents()
                .expectException(LegalHoldKeeperRequiredException.class);
    }

    @Test
    void anotherForcesSupervisorFindsNoEscalationToHold() {
        fixture.given(received())
                .when(new SetLegalHoldCommand(CASE, OTHER_FORCE_SUPERVISOR, HOLD_REASON))
                .expectNoEvents()
                .expectException(NotFoundException.class);
        fixture.given(received(), holdSet())
                .when(new LiftLegalHoldCommand(CASE, OTHER_FORCE_SUPERVISOR, "The inquiry closed"))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void aLegalHoldIsSetOnceAndAgainOnlyAfterItIsLifted() {
        fixture.given(received(), holdSet())
                .when(new SetLegalHoldCommand(CASE, FORCE_AUDITOR, "A civil claim is expected"))
                .expectNoEvents()
                .expectException(LegalHoldAlreadySetException.class);
        fixture.given(
                        received(),
                        holdSet(),
                        new LegalHoldLiftedEvent(CASE, FORCE, "The inquiry closed", FORCE_AUDITOR, NOW))
                .when(new SetLegalHoldCommand(CASE, SUPERVISOR, "A civil claim is expected"))
                .expectEvents(new LegalHoldSetEvent(CASE, FORCE, "A civil claim is expected", SUPERVISOR, NOW));
    }

    @Test
    void aLegalHoldIsLiftedOnceWithAReason() {
        fixture.given(received(), holdSet())
                .when(new LiftLegalHoldCommand(CASE, FORCE_AUDITOR, "The inquiry closed"))
                .expectEvents(new LegalHoldLiftedEvent(CASE, FORCE, "The inquiry closed", FORCE_AUDITOR, NOW));
        fixture.given(received())
                .when(new LiftLegalHoldCommand(CASE, SUPERVISOR, "The inquiry closed"))
                .expectNoEvents()
                .expectException(NoLegalHoldException.class);
        fixture.given(
                        received(),
                        holdSet(),
                        new LegalHoldLiftedEvent(CASE, FORCE, "The inquiry closed", FORCE_AUDITOR, NOW))
                .when(new LiftLegalHoldCommand(CASE, SUPERVISOR, "Again"))
                .expectNoEvents()
                .expectException(NoLegalHoldException.class);
    }

    @Test
    void personalDataIsNeverErasedWhileTheEscalationIsUnderALegalHold() {
        fixture.given(received(), accepted(), crimeRecorded(NON_AGGRAVATED_ROLES), dueForReview(), holdSet())
                .when(new ErasePersonalDetailsCommand(CASE, SUPERVISOR, "MoPI review: no further policing purpose"))
                .expectNoEvents()
                .expectException(UnderLegalHoldException.class);
        fixture.given(
                        received(),
                        accepted(),
                        crimeRecorded(NON_AGGRAVATED_ROLES),
                        dueForReview(),
                        holdSet(),
                        new LegalHoldLiftedEvent(CASE, FORCE, "The inquiry closed", SUPERVISOR, NOW))
                .when(new ErasePersonalDetailsCommand(CASE, SUPERVISOR, "MoPI review: no further policing purpose"))
                .expectEvents(new PersonalDetailsErasedEvent(
                        CASE, FORCE, "MoPI review: no further policing purpose", SUPERVISOR, NOW));
    }

    @Test
    void aRecordUnderALegalHoldIsNotPutToItsReview() {
        fixture.given(received(), accepted(), crimeRecorded(NON_AGGRAVATED_ROLES), holdSet())
                .when(new FlagCrimeRecordForReviewCommand(CASE, 1, LocalDate.of(2026, 11, 1)))
                .expectNoEvents()
                .expectException(UnderLegalHoldException.class);
    }

    @Test
    void nothingIsHeldOnceThePersonalDataWasErased() {
        fixture.given(
                        received(),
                        accepted(),
                        crimeRecorded(NON_AGGRAVATED_ROLES),
                        dueForReview(),
                        new PersonalDetailsErasedEvent(CASE, FORCE, "Reviewed", SUPERVISOR, NOW))
                .when(new SetLegalHoldCommand(CASE, SUPERVISOR, HOLD_REASON))
                .expectNoEvents()
                .expectException(PersonalDetailsAlreadyErasedException.class);
    }

    @Test
    void theReceivingForceHoldsATransferredEscalationAndTheSendingForceNoLonger() {
        ActedBy receivingSupervisor = new ActedBy("ps-dpp", PoliceRoles.POLICE_SUPERVISOR, "DPP");
        EscalationTransferredEvent transferred =
                new EscalationTransferredEvent(CASE, FORCE, "DPP", "The family lives there", OFFICER, NOW);
        fixture.given(received(), holdSet(), transferred)
                .when(new LiftLegalHoldCommand(CASE, receivingSupervisor, "The complaint was withdrawn"))
                .expectEvents(
                        new LegalHoldLiftedEvent(CASE, "DPP", "The complaint was withdrawn", receivingSupervisor, NOW));
        fixture.given(received(), holdSet(), transferred)
                .when(new LiftLegalHoldCommand(CASE, SUPERVISOR, "The complaint was withdrawn"))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }
}
