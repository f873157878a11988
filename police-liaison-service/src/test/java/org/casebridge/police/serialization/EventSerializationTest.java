package org.casebridge.police.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.platform.axon.AxonPostgresConfiguration;
import org.casebridge.platform.domain.ActedBy;
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
import org.casebridge.police.strategy.command.DecisionTopic;
import org.casebridge.police.strategy.command.LawfulBasis;
import org.casebridge.police.strategy.command.OrganisationType;
import org.casebridge.police.strategy.command.Participant;
import org.casebridge.police.strategy.command.StrategyMeetingEvent;
import org.casebridge.police.strategy.process.StrategyClocksSaga;
import org.junit.jupiter.api.Test;

/**
 * Every police event, and the clocks saga, survive the serializers the event store and saga store use: what is
 * written today is read back unchanged, and the event store holds the free text sealed under the case's key (ADR 0064).
 */
class EventSerializationTest {

    static final String CASE = "0b6f3f0e-2c1d-4a57-9d0e-5f7c1a2b3c4d";
    static final Set<Class<?>> SEALED = Set.of(
            EscalationEvent.EscalationDeclinedEvent.class,
            EscalationEvent.EscalationTransferredEvent.class,
            EscalationEvent.AggravatingFactorsAssessedEvent.class,
            EscalationEvent.OutcomeProposedEvent.class,
            EscalationEvent.OutcomeSentBackEvent.class,
            EscalationEvent.OutcomeAssignedEvent.class,
            EscalationEvent.NoFactorsReasonRecordedEvent.class,
            EscalationEvent.CrimeReclassifiedEvent.class,
            EscalationEvent.ChildRoleChangedEvent.class,
            StrategyMeetingEvent.StrategyMeetingConvenedEvent.class,
            StrategyMeetingEvent.InformationSharedEvent.class,
            StrategyMeetingEvent.StrategyDecisionRecordedEvent.class,
            StrategyMeetingEvent.ActionCompletedEvent.class,
            DeviceEvent.DeviceSeizedEvent.class,
            DeviceEvent.DeviceNotSeizedEvent.class,
            DeviceEvent.DeviceDisposedEvent.class,
            DeviceEvent.UnseizedDeviceDecidedAgainEvent.class,
            SubjectAccessEvent.SubjectAccessRequestStartedEvent.class,
            SubjectAccessEvent.SubjectAccessRedactionAddedEvent.class,
            SubjectAccessEvent.SubjectAccessDisclosureReleasedEvent.class);
    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final ActedBy OFFICER = new ActedBy("pc-4411", PoliceRoles.POLICE_LIAISON, "WMP");
    static final ActedBy SCHOOL = new ActedBy("137001", PoliceRoles.SCHOOL_DSL, "137001");
    static final Participant CSC = new Participant(OrganisationType.CHILDRENS_SOCIAL_CARE, "E08000025", null);

    /** The event store's serializer, sealing with fixed keys (ADR 0064). */
    private final Serializer eventSerializer = FixtureTextKeys.serializer();

    /** The saga store's serializer. */
    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonPostgresConfiguration.axonObjectMapper())
            .build();

    static Stream<Object> everyEvent() {
        List<FactorFinding> findings = List.of(new FactorFinding(AggravatingFactor.GROOMING, "Weeks of messages"));
        return Stream.of(
                new EscalationEvent.EscalationReceivedEvent(
                        CASE,
                        "WMP",
                        "137001",
                        "E08000025",
                        List.of("ADULT_INVOLVED"),
                        List.of(new ReferredChild("child-1", 14, "Year 9", List.of("PICTURED"))),
                        AT,
                        AT,
                        SCHOOL,
                        AT),
                new EscalationEvent.ReferralCriteriaUpdatedEvent(
                        CASE, "WMP", List.of("IMMEDIATE_RISK_OF_HARM"), AT, SCHOOL, AT),
                new EscalationEvent.EscalationAcceptedEvent(CASE, "WMP", OFFICER, AT),
                new EscalationEvent.EscalationDeclinedEvent(CASE, "WMP", "Duplicate", OFFICER, AT),
                new EscalationEvent.EscalationTransferredEvent(CASE, "WMP", "DPP", "Lives there", OFFICER, AT),
                new EscalationEvent.CrimeRecordedEvent(
                        CASE,
                        "WMP",
                        HocrClassification.POSSESSION,
                        "20/123456/26",
                        AT,
                        List.of(new ChildRoleAssignment("child-1", ChildRole.PERSON_INVOLVED)),
                        OFFICER,
                        AT),
                new EscalationEvent.AggravatingFactorsAssessedEvent(
                        CASE, "WMP", findings, PolicePath.POLICE_IN_CONTROL, true, OFFICER, AT),
                new EscalationEvent.OutcomeProposedEvent(
                        CASE, "WMP", OutcomeCode.OUTCOME_22, null, "Programme", OFFICER, AT),
                new EscalationEvent.OutcomeSentBackEvent(
                        CASE, "WMP", OutcomeCode.OUTCOME_22, OFFICER, "Check", OFFICER, AT),
                new EscalationEvent.OutcomeAssignedEvent(
                        CASE,
                        "WMP",
                        OutcomeCode.OUTCOME_21,
                        "Public interest",
                        null,
                        OFFICER,
                        new ActedBy("ps-1", PoliceRoles.POLICE_SUPERVISOR, "WMP"),
                        AT),
                new EscalationEvent.DisclosureStatementGivenEvent(
                        CASE, "WMP", List.of(DisclosureRecipient.SCHOOL), "v1", AT, OFFICER, AT),
                new EscalationEvent.StrategyMeetingOverdueEvent(CASE, "WMP", AT, AT),
                new EscalationEvent.StrategyMeetingClockStoppedEvent(CASE, "WMP", "meeting-1", AT, AT, false, AT),
                new EscalationEvent.CrimeRecordDueForReviewEvent(
                        CASE,
                        "WMP",
                        HocrClassification.TAKE_MAKE_DISTRIBUTE,
                        1,
                        LocalDate.parse("2036-11-28"),
                        new ActedBy("casebridge:mopi-review", ActedBy.SYSTEM, "WMP"),
                        AT),
                new StrategyMeetingEvent.StrategyMeetingConvenedEvent(
                        "m", CASE, "WMP", AT, "Teams", List.of(CSC), OFFICER, AT),
                new StrategyMeetingEvent.StrategyMeetingHeldEvent("m", CASE, "WMP", AT, List.of(CSC), OFFICER, AT),
                new StrategyMeetingEvent.InformationSharedEvent(
                        "m", CASE, "WMP", "i", CSC, "Known", LawfulBasis.PUBLIC_TASK_SAFEGUARDING, OFFICER, AT),
                new StrategyMeetingEvent.StrategyDecisionRecordedEvent(
                        "m", CASE, "WMP", "d", DecisionTopic.SECTION_47_ENQUIRIES, "Start", true, "Harm", OFFICER, AT),
                new StrategyMeetingEvent.ActionAssignedEvent(
                        "m", CASE, "WMP", "a", StrategyActionType.SAFETY_PLAN, "Visit", CSC, AT, OFFICER, AT),
                new StrategyMeetingEvent.ActionCompletedEvent("m", CASE, "WMP", "a", null, OFFICER, AT),
                new StrategyMeetingEvent.ActionOverdueEvent("m", CASE, "WMP", "a", AT, AT),
                new DeviceEvent.DeviceSeizedEvent("d", CASE, "WMP", "Phone", "child-1", "EXH/1", OFFICER, AT),
                new DeviceEvent.DeviceNotSeizedEvent("d", CASE, "WMP", "Phone", null, "Victim's", true, OFFICER, AT),
                new DeviceEvent.DeviceExaminedEvent(
                        "d", CASE, "WMP", ExaminingUnit.DIGITAL_FORENSICS, "DF-1", OFFICER, AT),
                new DeviceEvent.CaidStatusRecordedEvent(
                        "d", CASE, "WMP", CaidStatus.GRADED, CaidGrade.B, "CAID-1", OFFICER, AT),
                new DeviceEvent.ReportRemoveSignpostedEvent("d", CASE, "WMP", "child-1", "IWF-1", OFFICER, AT),
                new DeviceEvent.DeviceDisposedEvent("d", CASE, "WMP", Disposal.FORFEITED, "Closed", OFFICER, AT),
                new DeviceEvent.SchoolDeviceNamedEvent("d", CASE, "WMP", "device-1", OFFICER, AT),
                new DeviceEvent.SchoolDeletionWithdrawnEvent("d", CASE, "WMP", null, 2, SCHOOL, AT),
                new DeviceEvent.UnseizedDeviceDecidedAgainEvent(
                        "d", CASE, "WMP", "Victim's own phone", true, OFFICER, AT),
                new EscalationEvent.EscalationRoundOpenedEvent(
                        CASE,
                        "WMP",
                        2,
                        List.of("ADULT_INVOLVED"),
                        List.of(),
                        List.of(new ReferredChild("child-1", 14, "Year 9", List.of("PICTURED"))),
                        EscalationStatus.ACCEPTED,
                        null,
                        AT,
                        null,
                        SCHOOL,
                        AT),
                new EscalationEvent.NoFactorsReasonRecordedEvent(
                        CASE, "WMP", List.of("ADULT_INVOLVED"), "The adult is a pupil aged 17", OFFICER, AT),
                new EscalationEvent.CrimeReclassifiedEvent(
                        CASE,
                        "WMP",
                        HocrClassification.TAKE_MAKE_DISTRIBUTE,
                        HocrClassification.POSSESSION,
                        "Received only",
                        OFFICER,
                        AT),
                new EscalationEvent.ChildRoleChangedEvent(
                        CASE, "WMP", "child-1", null, ChildRole.PERSON_INVOLVED, "Added later", OFFICER, AT),
                new EscalationEvent.VictimCrimeRecordedEvent(
                        CASE, "WMP", "child-2", HocrClassification.POSSESSION, "20/1/26", AT, OFFICER, AT),
                new EscalationEvent.SchoolClosedCaseEvent(CASE, "WMP", false, AT, SCHOOL, AT),
                new EscalationEvent.CaseReferenceLearnedEvent(CASE, "WMP", "CPA-2026-0042", SCHOOL, AT),
                new EscalationEvent.SchoolChildChangedEvent(
                        CASE,
                        "WMP",
                        new ReferredChild("child-1", 14, "Year 9", List.of("PICTURED")),
                        new ReferredChild("child-1", 12, "Year 7", List.of("PICTURED", "SHARED")),
                        AT,
                        SCHOOL,
                        AT),
                new EscalationEvent.PersonalDetailsErasedEvent(
                        CASE, "WMP", "MoPI review: no further policing purpose", OFFICER, AT),
                new EscalationEvent.LegalHoldSetEvent(
                        CASE, "WMP", "IOPC inquiry", new ActedBy("ps-1", PoliceRoles.POLICE_SUPERVISOR, "WMP"), AT),
                new EscalationEvent.LegalHoldLiftedEvent(
                        CASE, "WMP", "Inquiry closed", new ActedBy("ig-1", PoliceRoles.AUDITOR, "WMP"), AT));
    }

    @Test
    void everyEventReadsBackAsWritten() {
        // the subject access request's events (ADR 0066), as the stored fixtures hold them
        List<Object> events = Stream.concat(
                        everyEvent(),
                        StoredEventFixturesTest.EXAMPLES.stream().filter(SubjectAccessEvent.class::isInstance))
                .toList();
        long kinds = Stream.of(
                        EscalationEvent.class, StrategyMeetingEvent.class, DeviceEvent.class, SubjectAccessEvent.class)
                .mapToLong(root -> root.getPermittedSubclasses().length)
                .sum();
        assertThat(events).extracting(Object::getClass).doesNotHaveDuplicates().hasSize((int) kinds);

        assertThat(events).allSatisfy(event -> {
            SerializedObject<byte[]> written = eventSerializer.serialize(event, byte[].class);
            assertThat(written.getType().getRevision()).isEqualTo(revision(event));
            assertThat((Object) eventSerializer.deserialize(written)).isEqualTo(event);
        });
    }

    /**
     * Revision 2 sealed the free text of each event that has some (ADR 0064), the subject access request's too; action
     * assignment was at 2 already. The legal hold's events (ADR 0081) were sealed from their first revision.
     */
    private static String revision(Object event) {
        if (event instanceof StrategyMeetingEvent.ActionAssignedEvent) {
            return "3";
        }
        return SEALED.contains(event.getClass()) ? "2" : "1";
    }

    @Test
    void theFreeTextIsStoredSealedAndTheCodesReadable() {
        String stored = new String(
                eventSerializer
                        .serialize(
                                new EscalationEvent.OutcomeProposedEvent(
                                        CASE,
                                        "WMP",
                                        OutcomeCode.OUTCOME_22,
                                        "Told PC Quillfeather at the school gate",
                                        "Programme run by Mr Quillfeather",
                                        OFFICER,
                                        AT),
                                byte[].class)
                        .getData(),
                StandardCharsets.UTF_8);

        assertThat(stored)
                .doesNotContain("Quillfeather")
                .contains("\"sealedUnder\":\"" + CASE)
                .contains("OUTCOME_22");
    }

    @Test
    void theLegalHoldsReasonIsStoredSealed() {
        ActedBy supervisor = new ActedBy("ps-1", PoliceRoles.POLICE_SUPERVISOR, "WMP");
        List<Object> events = List.of(
                new EscalationEvent.LegalHoldSetEvent(CASE, "WMP", "Claim by Mrs Quillfeather", supervisor, AT),
                new EscalationEvent.LegalHoldLiftedEvent(CASE, "WMP", "Mrs Quillfeather withdrew", supervisor, AT));

        assertThat(events)
                .allSatisfy(event -> assertThat(new String(
                                eventSerializer.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8))
                        .doesNotContain("Quillfeather")
                        .contains("\"sealedUnder\":\"" + CASE)
                        .contains("\"organisation\":\"WMP\""));
    }

    @Test
    void theClocksSagaReadsBackWithItsRunningClocks() {
        DeadlineManager deadlines = mock(DeadlineManager.class);
        when(deadlines.schedule(any(Instant.class), anyString(), any())).thenReturn("schedule-1", "schedule-2");
        StrategyClocksSaga saga = new StrategyClocksSaga();
        saga.on(
                new EscalationEvent.EscalationReceivedEvent(
                        "c",
                        "WMP",
                        "137001",
                        "E08000025",
                        List.of(),
                        List.of(),
                        AT,
                        AT.plus(Duration.ofHours(72)),
                        SCHOOL,
                        AT),
                deadlines);
        saga.on(
                new StrategyMeetingEvent.ActionAssignedEvent(
                        "m",
                        "c",
                        "WMP",
                        "a",
                        StrategyActionType.OTHER,
                        "Visit",
                        CSC,
                        AT.plus(Duration.ofDays(3)),
                        OFFICER,
                        AT),
                deadlines);

        SerializedObject<String> written = serializer.serialize(saga, String.class);
        StrategyClocksSaga read = serializer.deserialize(written);

        assertThat(written.getData())
                .contains("\"caseId\":\"c\"")
                .contains("\"actionDeadlines\":{\"a\":\"schedule-2\"}");
        assertThat(serializer.serialize(read, String.class).getData()).isEqualTo(written.getData());
    }
}
