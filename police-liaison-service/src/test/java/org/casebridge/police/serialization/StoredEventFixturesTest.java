package org.casebridge.police.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.platform.disclosure.Redaction;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.test.StoredEventFixtureChecks;
import org.casebridge.platform.test.StoredEventFixtures;
import org.casebridge.police.device.command.CaidGrade;
import org.casebridge.police.device.command.CaidStatus;
import org.casebridge.police.device.command.DeviceEvent;
import org.casebridge.police.device.command.Disposal;
import org.casebridge.police.device.command.ExaminingUnit;
import org.casebridge.police.escalation.command.AggravatingFactor;
import org.casebridge.police.escalation.command.ChildRole;
import org.casebridge.police.escalation.command.ChildRoleAssignment;
import org.casebridge.police.escalation.command.DisclosureRecipient;
import org.casebridge.police.escalation.command.EscalationEvent;
import org.casebridge.police.escalation.command.EscalationStatus;
import org.casebridge.police.escalation.command.FactorFinding;
import org.casebridge.police.escalation.command.PolicePath;
import org.casebridge.police.escalation.command.ReferredChild;
import org.casebridge.police.reference.HocrClassification;
import org.casebridge.police.reference.OutcomeCode;
import org.casebridge.police.sar.command.SubjectAccessEvent;
import org.casebridge.police.shared.PoliceRoles;
import org.casebridge.police.strategy.command.ActionAssignedEventUpcaster;
import org.casebridge.police.strategy.command.DecisionTopic;
import org.casebridge.police.strategy.command.LawfulBasis;
import org.casebridge.police.strategy.command.OrganisationType;
import org.casebridge.police.strategy.command.Participant;
import org.casebridge.police.strategy.command.StrategyMeetingEvent;
import org.junit.jupiter.api.Test;

/**
 * Every police event as the event store holds it today (src/test/resources/event-fixtures) still reads back with
 * today's classes and the event store's serializer, and writes again as saved. The fixtures were saved while these
 * events carried the web {@code Actor}; they read as {@code ActedBy}, field for field, without an upcaster. The events
 * whose free text is sealed (ADR 0064) are read and written with fixed keys ({@link FixtureTextKeys}); their fixtures
 * of the revision before, in clear, still read.
 */
class StoredEventFixturesTest extends StoredEventFixtureChecks {

    /** The case of the events with sealed text: its key opens their fixtures (ADR 0064). */
    static final String CASE = "0b6f3f0e-2c1d-4a57-9d0e-5f7c1a2b3c4d";

    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final Instant EARLIER = Instant.parse("2026-11-27T15:30:00Z");
    static final ActedBy OFFICER = new ActedBy("pc-4411", PoliceRoles.POLICE_LIAISON, "WMP");
    static final ActedBy SUPERVISOR = new ActedBy("ps-1", PoliceRoles.POLICE_SUPERVISOR, "WMP");
    static final ActedBy SCHOOL = new ActedBy("137001", PoliceRoles.SCHOOL_DSL, "137001");
    static final Participant CSC = new Participant(OrganisationType.CHILDRENS_SOCIAL_CARE, "E08000025", "Team manager");

    static final List<Object> EXAMPLES = List.of(
            new EscalationEvent.EscalationReceivedEvent(
                    "c",
                    "WMP",
                    "137001",
                    "E08000025",
                    List.of("ADULT_INVOLVED", "UNDER_13_SEXUAL_ACTS"),
                    List.of(new ReferredChild("child-1", 14, "Year 9", List.of("PICTURED"))),
                    EARLIER,
                    AT,
                    SCHOOL,
                    AT),
            new EscalationEvent.ReferralCriteriaUpdatedEvent(
                    "c", "WMP", List.of("IMMEDIATE_RISK_OF_HARM"), AT, SCHOOL, AT),
            new EscalationEvent.EscalationAcceptedEvent("c", "WMP", OFFICER, AT),
            new EscalationEvent.EscalationDeclinedEvent(CASE, "WMP", "Duplicate", OFFICER, AT),
            new EscalationEvent.EscalationTransferredEvent(CASE, "WMP", "DPP", "Lives there", OFFICER, AT),
            new EscalationEvent.CrimeRecordedEvent(
                    "c",
                    "WMP",
                    HocrClassification.POSSESSION,
                    "20/123456/26",
                    EARLIER,
                    List.of(new ChildRoleAssignment("child-1", ChildRole.PERSON_INVOLVED)),
                    OFFICER,
                    AT),
            new EscalationEvent.AggravatingFactorsAssessedEvent(
                    CASE,
                    "WMP",
                    List.of(new FactorFinding(AggravatingFactor.GROOMING, "Weeks of messages")),
                    PolicePath.POLICE_IN_CONTROL,
                    true,
                    OFFICER,
                    AT),
            new EscalationEvent.OutcomeProposedEvent(
                    CASE, "WMP", OutcomeCode.OUTCOME_22, "Not in the public interest", "Programme", OFFICER, AT),
            new EscalationEvent.OutcomeSentBackEvent(
                    CASE, "WMP", OutcomeCode.OUTCOME_22, OFFICER, "Check", SUPERVISOR, AT),
            new EscalationEvent.OutcomeAssignedEvent(
                    CASE, "WMP", OutcomeCode.OUTCOME_21, "Public interest", "Programme", OFFICER, SUPERVISOR, AT),
            new EscalationEvent.DisclosureStatementGivenEvent(
                    "c", "WMP", List.of(DisclosureRecipient.SCHOOL), "v1", EARLIER, OFFICER, AT),
            new EscalationEvent.StrategyMeetingOverdueEvent("c", "WMP", EARLIER, AT),
            new EscalationEvent.StrategyMeetingClockStoppedEvent("c", "WMP", "meeting-1", AT, EARLIER, true, AT),
            new EscalationEvent.CrimeRecordDueForReviewEvent(
                    "c",
                    "WMP",
                    HocrClassification.POSSESSION,
                    1,
                    LocalDate.parse("2036-11-27"),
                    new ActedBy("casebridge:mopi-review", ActedBy.SYSTEM, "WMP"),
                    AT),
            new StrategyMeetingEvent.StrategyMeetingConvenedEvent(
                    "m", CASE, "WMP", AT, "Teams", List.of(CSC), OFFICER, AT),
            new StrategyMeetingEvent.StrategyMeetingHeldEvent("m", "c", "WMP", EARLIER, List.of(CSC), OFFICER, AT),
            new StrategyMeetingEvent.InformationSharedEvent(
                    "m", CASE, "WMP", "i", CSC, "Known", LawfulBasis.PUBLIC_TASK_SAFEGUARDING, OFFICER, AT),
            new StrategyMeetingEvent.StrategyDecisionRecordedEvent(
                    "m", CASE, "WMP", "d", DecisionTopic.SECTION_47_ENQUIRIES, "Start", true, "Harm", OFFICER, AT),
            new StrategyMeetingEvent.ActionAssignedEvent(
                    "m", CASE, "WMP", "a", StrategyActionType.SAFETY_PLAN, "Visit", CSC, AT, OFFICER, AT),
            new StrategyMeetingEvent.ActionCompletedEvent("m", CASE, "WMP", "a", "Visited", OFFICER, AT),
            new StrategyMeetingEvent.ActionOverdueEvent("m", "c", "WMP", "a", EARLIER, AT),
            new DeviceEvent.DeviceSeizedEvent("d", CASE, "WMP", "Phone", "child-1", "EXH/1", OFFICER, AT),
            new DeviceEvent.DeviceNotSeizedEvent("d", CASE, "WMP", "Phone", "child-1", "Victim's", true, OFFICER, AT),
            new DeviceEvent.DeviceExaminedEvent("d", "c", "WMP", ExaminingUnit.DIGITAL_FORENSICS, "DF-1", OFFICER, AT),
            new DeviceEvent.CaidStatusRecordedEvent(
                    "d", "c", "WMP", CaidStatus.GRADED, CaidGrade.B, "CAID-1", OFFICER, AT),
            new DeviceEvent.ReportRemoveSignpostedEvent("d", "c", "WMP", "child-1", "IWF-1", OFFICER, AT),
            new DeviceEvent.DeviceDisposedEvent("d", CASE, "WMP", Disposal.FORFEITED, "Closed", OFFICER, AT),
            new DeviceEvent.SchoolDeviceNamedEvent("d", "c", "WMP", "device-1", OFFICER, AT),
            new DeviceEvent.SchoolDeletionWithdrawnEvent("d", "c", "WMP", "device-1", 2, SCHOOL, AT),
            new DeviceEvent.UnseizedDeviceDecidedAgainEvent(
                    "d", CASE, "WMP", "Victim's phone; no evidential need in round 2", true, OFFICER, AT),
            new EscalationEvent.EscalationRoundOpenedEvent(
                    "c",
                    "WMP",
                    2,
                    List.of("COERCION_OR_GROOMING_OR_CAPACITY", "ADULT_INVOLVED"),
                    List.of("ADULT_INVOLVED"),
                    List.of(new ReferredChild("child-1", 14, "Year 9", List.of("PICTURED"))),
                    EscalationStatus.DECLINED,
                    OutcomeCode.OUTCOME_21,
                    EARLIER,
                    AT,
                    SCHOOL,
                    AT),
            new EscalationEvent.NoFactorsReasonRecordedEvent(
                    CASE, "WMP", List.of("ADULT_INVOLVED"), "The adult is a pupil aged 17", OFFICER, AT),
            new EscalationEvent.CrimeReclassifiedEvent(
                    CASE,
                    "WMP",
                    HocrClassification.TAKE_MAKE_DISTRIBUTE,
                    HocrClassification.POSSESSION,
                    "Received, not shared",
                    OFFICER,
                    AT),
            new EscalationEvent.ChildRoleChangedEvent(
                    CASE, "WMP", "child-1", ChildRole.PERSON_INVOLVED, ChildRole.SUSPECT, "Threats", OFFICER, AT),
            new EscalationEvent.VictimCrimeRecordedEvent(
                    "c",
                    "WMP",
                    "child-2",
                    HocrClassification.TAKE_MAKE_DISTRIBUTE,
                    "20/123457/26",
                    EARLIER,
                    OFFICER,
                    AT),
            new EscalationEvent.SchoolClosedCaseEvent("c", "WMP", true, EARLIER, SCHOOL, AT),
            new EscalationEvent.CaseReferenceLearnedEvent("c", "WMP", "CPA-2026-0042", SCHOOL, AT),
            new EscalationEvent.SchoolChildChangedEvent(
                    "c",
                    "WMP",
                    new ReferredChild("child-1", 14, "Year 9", List.of("PICTURED")),
                    new ReferredChild("child-1", 12, "Year 7", List.of("PICTURED", "SHARED")),
                    EARLIER,
                    SCHOOL,
                    AT),
            new EscalationEvent.PersonalDetailsErasedEvent(
                    CASE, "WMP", "MoPI review: no further policing purpose", SUPERVISOR, AT),
            new EscalationEvent.LegalHoldSetEvent(
                    CASE, "WMP", "IOPC inquiry into the handling of the referral", SUPERVISOR, AT),
            new EscalationEvent.LegalHoldLiftedEvent(
                    CASE, "WMP", "The inquiry closed", new ActedBy("ig-1", PoliceRoles.AUDITOR, "WMP"), AT),
            new SubjectAccessEvent.SubjectAccessRequestStartedEvent(
                    "r",
                    CASE,
                    "CPA-2026-0042",
                    "WMP",
                    "child-1",
                    "The child's mother",
                    "Art 15 request",
                    SUPERVISOR,
                    AT),
            new SubjectAccessEvent.SubjectAccessRedactionAddedEvent(
                    "r", CASE, "WMP", "Mr Evans", "A neighbour named in a rationale", SUPERVISOR, AT),
            new SubjectAccessEvent.SubjectAccessDisclosureReleasedEvent(
                    "r",
                    CASE,
                    "WMP",
                    "child-1",
                    "Reviewed: every third party is withheld",
                    List.of("The child", "Decisions"),
                    List.of(new Redaction(
                            1, "Decisions, entry 1, who", "A person's name", "[police officer]", "DPA", 1)),
                    "a".repeat(64),
                    "b".repeat(64),
                    SUPERVISOR,
                    AT));

    private static final StoredEventFixtures FIXTURES = StoredEventFixtures.of(
                    "org.casebridge.police", FixtureTextKeys.serializer(), EXAMPLES)
            .upcastingWith(new ActionAssignedEventUpcaster());

    @Test
    void theStoredEventTypesAreEveryEscalationMeetingDeviceAndSubjectAccessEvent() {
        assertThat(FIXTURES.storedTypes())
                .containsExactlyInAnyOrder(Stream.of(
                                EscalationEvent.class,
                                StrategyMeetingEvent.class,
                                DeviceEvent.class,
                                SubjectAccessEvent.class)
                        .flatMap(root -> Stream.of(root.getPermittedSubclasses()))
                        .toArray(Class<?>[]::new));
    }

    @Override
    protected StoredEventFixtures fixtures() {
        return FIXTURES;
    }
}
