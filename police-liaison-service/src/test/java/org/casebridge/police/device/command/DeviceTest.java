package org.casebridge.police.device.command;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.casebridge.police.device.command.DeviceCommand.DecideUnseizedDeviceAgainCommand;
import org.casebridge.police.device.command.DeviceCommand.DisposeOfDeviceCommand;
import org.casebridge.police.device.command.DeviceCommand.RecordCaidStatusCommand;
import org.casebridge.police.device.command.DeviceCommand.RecordDeviceNotSeizedCommand;
import org.casebridge.police.device.command.DeviceCommand.RecordExaminationCommand;
import org.casebridge.police.device.command.DeviceCommand.SeizeDeviceCommand;
import org.casebridge.police.device.command.DeviceCommand.SignpostReportRemoveCommand;
import org.casebridge.police.device.command.DeviceCommand.WithdrawSchoolDeletionCommand;
import org.casebridge.police.device.command.DeviceEvent.CaidStatusRecordedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceDisposedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceExaminedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceNotSeizedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceSeizedEvent;
import org.casebridge.police.device.command.DeviceEvent.ReportRemoveSignpostedEvent;
import org.casebridge.police.device.command.DeviceEvent.SchoolDeletionWithdrawnEvent;
import org.casebridge.police.device.command.DeviceEvent.SchoolDeviceNamedEvent;
import org.casebridge.police.device.command.DeviceEvent.UnseizedDeviceDecidedAgainEvent;
import org.casebridge.police.device.command.DeviceRuleViolations.CaidGradeRequiredException;
import org.casebridge.police.device.command.DeviceRuleViolations.CaidNotGradedException;
import org.casebridge.police.device.command.DeviceRuleViolations.CaidNotSubmittedException;
import org.casebridge.police.device.command.DeviceRuleViolations.CaidRequiresSeizedOrExaminedDeviceException;
import org.casebridge.police.device.command.DeviceRuleViolations.DeviceDisposedException;
import org.casebridge.police.device.command.DeviceRuleViolations.DeviceNotHeldException;
import org.casebridge.police.device.command.DeviceRuleViolations.DeviceNotReturnedAfterDeletionException;
import org.casebridge.police.device.command.DeviceRuleViolations.EscalationNotAcceptedForDeviceException;
import org.casebridge.police.device.command.DeviceRuleViolations.OutcomeNotAssignedForDisposalException;
import org.casebridge.police.device.command.DeviceRuleViolations.SchoolDeviceRefFormatException;
import org.casebridge.police.device.command.DeviceRuleViolations.SeizedDeviceNotDecidedAgainException;
import org.casebridge.police.device.command.DeviceRuleViolations.SeizedDeviceNotReturnedException;
import org.casebridge.police.shared.CaseStanding;
import org.casebridge.police.shared.InformationRequiredException;
import org.casebridge.police.shared.PoliceRoleRequiredException;
import org.casebridge.police.shared.PoliceRoles;
import org.casebridge.police.shared.RationaleRequiredException;
import org.casebridge.police.shared.RecordNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeviceTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final String DEVICE = "device-1";
    static final String CASE = "case-7f3a";
    static final String FORCE = "WMP";
    static final ActedBy OFFICER = new ActedBy("pc-4411", PoliceRoles.POLICE_LIAISON, FORCE);

    static final ActedBy SCHOOL = PoliceRoles.school("137001");

    private FixtureConfiguration<Device> fixture;
    private final Standing standing = new Standing();

    /** The escalation as the device rules read it: accepted, and the outcome assigned or not. */
    static final class Standing implements CaseStanding {
        boolean accepted = true;
        boolean outcomeAssigned = true;

        @Override
        public boolean accepted(String caseId) {
            return accepted;
        }

        @Override
        public boolean outcomeAssigned(String caseId) {
            return outcomeAssigned;
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Device.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(standing);
    }

    static DeviceSeizedEvent seized() {
        return new DeviceSeizedEvent(DEVICE, CASE, FORCE, "Mobile phone", "child-2", "EXH/WMP/0042", OFFICER, NOW);
    }

    static DeviceNotSeizedEvent notSeized() {
        return new DeviceNotSeizedEvent(
                DEVICE,
                CASE,
                FORCE,
                "Mobile phone",
                "child-1",
                "Victim's phone; no evidential need",
                true,
                OFFICER,
                NOW);
    }

    static DeviceExaminedEvent examined() {
        return new DeviceExaminedEvent(
                DEVICE, CASE, FORCE, ExaminingUnit.HI_TECH_CRIME_UNIT, "HTCU-2026-118", OFFICER, NOW);
    }

    static CaidStatusRecordedEvent submitted() {
        return new CaidStatusRecordedEvent(
                DEVICE, CASE, FORCE, CaidStatus.SUBMITTED, null, "CAID-SUB-99812", OFFICER, NOW);
    }

    @Test
    void seizesADeviceAsAnExhibit() {
        fixture.givenNoPriorActivity()
                .when(new SeizeDeviceCommand(
                        DEVICE, CASE, FORCE, OFFICER, "Mobile phone", "child-2", "EXH/WMP/0042", null))
                .expectEvents(seized());
    }

    @Test
    void aSeizedDeviceNeedsAnExhibitReference() {
        fixture.givenNoPriorActivity()
                .when(new SeizeDeviceCommand(DEVICE, CASE, FORCE, OFFICER, "Mobile phone", "child-2", " ", null))
                .expectNoEvents()
                .expectException(InformationRequiredException.class);
    }

    @Test
    void anotherForceCannotRecordADeviceOnTheCase() {
        fixture.givenNoPriorActivity()
                .when(new SeizeDeviceCommand(
                        DEVICE,
                        CASE,
                        FORCE,
                        new ActedBy("pc-1", PoliceRoles.POLICE_LIAISON, "MET"),
                        "Mobile phone",
                        "child-2",
                        "EXH/1",
                        null))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void leavesADeviceUnseizedWithAReasonAndTheSchoolsDeletionPowers() {
        fixture.givenNoPriorActivity()
                .when(new RecordDeviceNotSeizedCommand(
                        DEVICE,
                        CASE,
                        FORCE,
                        OFFICER,
                        "Mobile phone",
                        "child-1",
                        "Victim's phone; no evidential need",
                        true,
                        "device-1"))
                .expectEvents(notSeized(), new SchoolDeviceNamedEvent(DEVICE, CASE, FORCE, "device-1", OFFICER, NOW));
    }

    @Test
    void notSeizingNeedsAReason() {
        fixture.givenNoPriorActivity()
                .when(new RecordDeviceNotSeizedCommand(
                        DEVICE, CASE, FORCE, OFFICER, "Mobile phone", "child-1", null, true, null))
                .expectNoEvents()
                .expectException(RationaleRequiredException.class);
    }

    @Test
    void recordsTheForensicExamination() {
        fixture.given(seized())
                .when(new RecordExaminationCommand(
                        DEVICE, CASE, OFFICER, ExaminingUnit.HI_TECH_CRIME_UNIT, "HTCU-2026-118"))
                .expectEvents(examined());
    }

    @Test
    void submitsASeizedDevicesImagesToCaidByReference() {
        fixture.given(seized())
                .when(new RecordCaidStatusCommand(DEVICE, CASE, OFFICER, CaidStatus.SUBMITTED, null, "CAID-SUB-99812"))
                .expectEvents(submitted());
    }

    @Test
    void submitsAnExaminedDevicesImagesToCaid() {
        fixture.given(notSeized(), examined())
                .when(new RecordCaidStatusCommand(DEVICE, CASE, OFFICER, CaidStatus.SUBMITTED, null, "CAID-SUB-99812"))
                .expectEvents(submitted());
    }

    @Test
    void caidIsRefusedForADeviceNeitherSeizedNorExamined() {
        fixture.given(notSeized())
                .when(new RecordCaidStatusCommand(DEVICE, CASE, OFFICER, CaidStatus.SUBMITTED, null, "CAID-SUB-99812"))
                .expectNoEvents()
                .expectException(CaidRequiresSeizedOrExaminedDeviceException.class);
    }

    @Test
    void recordsTheCaidGrade() {
        fixture.given(seized(), submitted())
                .when(new RecordCaidStatusCommand(
                        DEVICE, CASE, OFFICER, CaidStatus.GRADED, CaidGrade.C, "CAID-SUB-99812"))
                .expectEvents(new CaidStatusRecordedEvent(
                        DEVICE, CASE, FORCE, CaidStatus.GRADED, CaidGrade.C, "CAID-SUB-99812", OFFICER, NOW));
    }

    @Test
    void aGradeNeedsItsCategory() {
        fixture.given(seized(), submitted())
                .when(new RecordCaidStatusCommand(DEVICE, CASE, OFFICER, CaidStatus.GRADED, null, "CAID-SUB-99812"))
                .expectNoEvents()
                .expectException(CaidGradeRequiredException.class);
    }

    @Test
    void nothingIsGradedOrAddedBeforeItIsSubmitted() {
        fixture.given(seized())
                .when(new RecordCaidStatusCommand(DEVICE, CASE, OFFICER, CaidStatus.ADDED, null, "CAID-SUB-99812"))
                .expectNoEvents()
                .expectException(CaidNotSubmittedException.class);
    }

    @Test
    void signpostsReportRemoveWithItsReference() {
        fixture.given(notSeized())
                .when(new SignpostReportRemoveCommand(DEVICE, CASE, OFFICER, "child-1", "IWF-RR-20261128-7"))
                .expectEvents(new ReportRemoveSignpostedEvent(
                        DEVICE, CASE, FORCE, "child-1", "IWF-RR-20261128-7", OFFICER, NOW));
    }

    @Test
    void destroysASeizedDeviceWithARationale() {
        fixture.given(seized(), examined())
                .when(new DisposeOfDeviceCommand(
                        DEVICE, CASE, OFFICER, Disposal.DESTROYED, "Case closed; images on CAID"))
                .expectEvents(new DeviceDisposedEvent(
                        DEVICE, CASE, FORCE, Disposal.DESTROYED, "Case closed; images on CAID", OFFICER, NOW));
    }

    @Test
    void aSeizedDeviceIsNeverReturned() {
        fixture.given(seized())
                .when(new DisposeOfDeviceCommand(DEVICE, CASE, OFFICER, Disposal.RETURNED_AFTER_DELETION, "Deleted"))
                .expectNoEvents()
                .expectException(SeizedDeviceNotReturnedException.class);
    }

    @Test
    void aDeviceIsNeverReturnedAfterPoliceDeletion() {
        fixture.given(notSeized(), examined())
                .when(new DisposeOfDeviceCommand(
                        DEVICE,
                        CASE,
                        OFFICER,
                        Disposal.RETURNED_AFTER_DELETION,
                        "Images deleted by HTCU; owner is the victim"))
                .expectNoEvents()
                .expectException(DeviceNotReturnedAfterDeletionException.class);
    }

    @Test
    void anExhibitIsNotDestroyedBeforeTheOutcomeIsAssigned() {
        standing.outcomeAssigned = false;
        fixture.given(seized(), examined())
                .when(new DisposeOfDeviceCommand(DEVICE, CASE, OFFICER, Disposal.DESTROYED, "Images on CAID"))
                .expectNoEvents()
                .expectException(OutcomeNotAssignedForDisposalException.class);
    }

    @Test
    void anExhibitIsNotForfeitedBeforeTheOutcomeIsAssigned() {
        standing.outcomeAssigned = false;
        fixture.given(seized())
                .when(new DisposeOfDeviceCommand(DEVICE, CASE, OFFICER, Disposal.FORFEITED, "Forfeiture order"))
                .expectNoEvents()
                .expectException(OutcomeNotAssignedForDisposalException.class);
    }

    @Test
    void caidAddedOnlyAfterTheImagesWereGraded() {
        fixture.given(seized(), submitted())
                .when(new RecordCaidStatusCommand(DEVICE, CASE, OFFICER, CaidStatus.ADDED, null, "CAID-SUB-99812"))
                .expectNoEvents()
                .expectException(CaidNotGradedException.class);
    }

    @Test
    void caidAddedAfterTheImagesWereGraded() {
        fixture.given(
                        seized(),
                        submitted(),
                        new CaidStatusRecordedEvent(
                                DEVICE, CASE, FORCE, CaidStatus.GRADED, CaidGrade.C, "CAID-SUB-99812", OFFICER, NOW))
                .when(new RecordCaidStatusCommand(DEVICE, CASE, OFFICER, CaidStatus.ADDED, null, "CAID-SUB-99812"))
                .expectEvents(new CaidStatusRecordedEvent(
                        DEVICE, CASE, FORCE, CaidStatus.ADDED, null, "CAID-SUB-99812", OFFICER, NOW));
    }

    @Test
    void aDeviceFromTheSchoolNamesTheSchoolsDevice() {
        fixture.givenNoPriorActivity()
                .when(new SeizeDeviceCommand(
                        DEVICE, CASE, FORCE, OFFICER, "Mobile phone", "child-2", "EXH/WMP/0042", "device-3"))
                .expectEvents(seized(), new SchoolDeviceNamedEvent(DEVICE, CASE, FORCE, "device-3", OFFICER, NOW));
    }

    @Test
    void theSchoolsDeviceIsNamedAsOnTheSchoolsCase() {
        fixture.givenNoPriorActivity()
                .when(new SeizeDeviceCommand(
                        DEVICE, CASE, FORCE, OFFICER, "Mobile phone", "child-2", "EXH/WMP/0042", "Jo's phone"))
                .expectNoEvents()
                .expectException(SchoolDeviceRefFormatException.class);
    }

    @Test
    void noDeviceIsDecidedOnAnEscalationTheForceHasNotAccepted() {
        standing.accepted = false;
        fixture.givenNoPriorActivity()
                .when(new RecordDeviceNotSeizedCommand(
                        DEVICE, CASE, FORCE, OFFICER, "Mobile phone", "child-1", "Victim's phone", true, "device-1"))
                .expectNoEvents()
                .expectException(EscalationNotAcceptedForDeviceException.class);
    }

    @Test
    void aReEscalationWithdrawsTheDeletionLeftToTheSchoolForThatDevice() {
        fixture.given(notSeized(), new SchoolDeviceNamedEvent(DEVICE, CASE, FORCE, "device-1", OFFICER, NOW))
                .when(new WithdrawSchoolDeletionCommand(DEVICE, CASE, 2, SCHOOL))
                .expectEvents(new SchoolDeletionWithdrawnEvent(DEVICE, CASE, FORCE, "device-1", 2, SCHOOL, NOW));
    }

    @Test
    void aWithdrawalChangesNothingOnceWithdrawnOrWhereNothingWasLeftToTheSchool() {
        fixture.given(notSeized(), new SchoolDeletionWithdrawnEvent(DEVICE, CASE, FORCE, null, 2, SCHOOL, NOW))
                .when(new WithdrawSchoolDeletionCommand(DEVICE, CASE, 2, SCHOOL))
                .expectNoEvents();
        fixture.given(seized())
                .when(new WithdrawSchoolDeletionCommand(DEVICE, CASE, 2, SCHOOL))
                .expectNoEvents();
    }

    static final String AGAIN = "Victim's phone; the new information gives no evidential need";

    @Test
    void aDeviceWithdrawnByAReEscalationIsLeftToTheSchoolAgainByADecisionInTheNewRound() {
        fixture.given(
                        notSeized(),
                        new SchoolDeviceNamedEvent(DEVICE, CASE, FORCE, "device-1", OFFICER, NOW),
                        new SchoolDeletionWithdrawnEvent(DEVICE, CASE, FORCE, "device-1", 2, SCHOOL, NOW))
                .when(new DecideUnseizedDeviceAgainCommand(DEVICE, CASE, OFFICER, AGAIN, true))
                .expectEvents(new UnseizedDeviceDecidedAgainEvent(DEVICE, CASE, FORCE, AGAIN, true, OFFICER, NOW));
    }

    @Test
    void aDeviceLeftToTheSchoolAgainIsWithdrawnAgainByTheNextReEscalation() {
        fixture.given(
                        notSeized(),
                        new SchoolDeletionWithdrawnEvent(DEVICE, CASE, FORCE, "device-1", 2, SCHOOL, NOW),
                        new UnseizedDeviceDecidedAgainEvent(DEVICE, CASE, FORCE, AGAIN, true, OFFICER, NOW))
                .when(new WithdrawSchoolDeletionCommand(DEVICE, CASE, 3, SCHOOL))
                .expectEvents(new SchoolDeletionWithdrawnEvent(DEVICE, CASE, FORCE, null, 3, SCHOOL, NOW));
    }

    @Test
    void aDeviceIsDecidedAgainOnlyOnceTheForceAcceptedTheNewRound() {
        standing.accepted = false;
        fixture.given(notSeized(), new SchoolDeletionWithdrawnEvent(DEVICE, CASE, FORCE, null, 2, SCHOOL, NOW))
                .when(new DecideUnseizedDeviceAgainCommand(DEVICE, CASE, OFFICER, AGAIN, true))
                .expectNoEvents()
                .expectException(EscalationNotAcceptedForDeviceException.class);
    }

    @Test
    void aSeizedDeviceIsNotDecidedAgain() {
        fixture.given(seized())
                .when(new DecideUnseizedDeviceAgainCommand(DEVICE, CASE, OFFICER, AGAIN, true))
                .expectNoEvents()
                .expectException(SeizedDeviceNotDecidedAgainException.class);
    }

    @Test
    void aDecisionAgainNeedsItsReason() {
        fixture.given(notSeized(), new SchoolDeletionWithdrawnEvent(DEVICE, CASE, FORCE, null, 2, SCHOOL, NOW))
                .when(new DecideUnseizedDeviceAgainCommand(DEVICE, CASE, OFFICER, " ", true))
                .expectNoEvents()
                .expectException(RationaleRequiredException.class);
    }

    @Test
    void aDeviceThePoliceNeverHeldIsNotDisposedOf() {
        fixture.given(notSeized())
                .when(new DisposeOfDeviceCommand(DEVICE, CASE, OFFICER, Disposal.DESTROYED, "Destroy"))
                .expectNoEvents()
                .expectException(DeviceNotHeldException.class);
    }

    @Test
    void disposalNeedsARationale() {
        fixture.given(seized())
                .when(new DisposeOfDeviceCommand(DEVICE, CASE, OFFICER, Disposal.FORFEITED, ""))
                .expectNoEvents()
                .expectException(RationaleRequiredException.class);
    }

    @Test
    void nothingIsRecordedAfterDisposal() {
        fixture.given(
                        seized(),
                        new DeviceDisposedEvent(DEVICE, CASE, FORCE, Disposal.DESTROYED, "Closed", OFFICER, NOW))
                .when(new RecordExaminationCommand(DEVICE, CASE, OFFICER, ExaminingUnit.DIGITAL_FORENSICS, "DF-1"))
                .expectNoEvents()
                .expectException(DeviceDisposedException.class);
    }

    @Test
    void aDeviceAskedForThroughAnotherCaseIsNotFound() {
        fixture.given(seized())
                .when(new RecordExaminationCommand(
                        DEVICE, "case-other", OFFICER, ExaminingUnit.DIGITAL_FORENSICS, "DF-1"))
                .expectNoEvents()
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void anotherForcesDeviceIsNotFound() {
        fixture.given(seized())
                .when(new SignpostReportRemoveCommand(
                        DEVICE, CASE, new ActedBy("pc-1", PoliceRoles.POLICE_LIAISON, "MPS"), "child-2", "IWF-RR-1"))
                .expectNoEvents()
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void anAuditorChangesNothing() {
        fixture.given(seized())
                .when(new DisposeOfDeviceCommand(
                        DEVICE,
                        CASE,
                        new ActedBy("aud-1", PoliceRoles.AUDITOR, "AUDIT"),
                        Disposal.DESTROYED,
                        "Case closed"))
                .expectNoEvents()
                .expectException(PoliceRoleRequiredException.class);
    }
}
