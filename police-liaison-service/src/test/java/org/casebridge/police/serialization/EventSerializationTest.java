package org.casebridge.police.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
 * Every police event, and the clocks saga, survive the serializer the event store and saga store use: what is
 * written today is read back unchanged.
 */
class EventSerializationTest {

    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final ActedBy OFFICER = new ActedBy("pc-4411", PoliceRoles.POLICE_LIAISON, "WMP");
    static final ActedBy SCHOOL = new ActedBy("137001", PoliceRoles.SCHOOL_DSL, "137001");
    static final Participant CSC = new Participant(OrganisationType.CHILDRENS_SOCIAL_CARE, "E08000025", null);

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonPostgresConfiguration.axonObjectMapper())
            .build();

    static Stream<Object> everyEvent() {
        List<FactorFinding> findings = List.of(new FactorFinding(AggravatingFactor.GROOMING, "Weeks of messages"));
        return Stream.of(
                new EscalationEvent.EscalationReceivedEvent(
                        "c",
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
                        "c", "WMP", List.of("IMMEDIATE_RISK_OF_HARM"), AT, SCHOOL, AT),
                new EscalationEvent.EscalationAcceptedEvent("c", "WMP", OFFICER, AT),
                new EscalationEvent.EscalationDeclinedEvent("c", "WMP", "Duplicate", OFFICER, AT),
                new EscalationEvent.EscalationTransferredEvent("c", "WMP", "DPP", "Lives there", OFFICER, AT),
                new EscalationEvent.CrimeRecordedEvent(
                        "c",
                        "WMP",
                        HocrClassification.POSSESSION,
                        "20/123456/26",
                        AT,
                        List.of(new ChildRoleAssignment("child-1", ChildRole.PERSON_INVOLVED)),
                        OFFICER,
                        AT),
                new EscalationEvent.AggravatingFactorsAssessedEvent(
                        "c", "WMP", findings, PolicePath.POLICE_IN_CONTROL, true, OFFICER, AT),
                new EscalationEvent.OutcomeProposedEvent(
                        "c", "WMP", OutcomeCode.OUTCOME_22, null, "Programme", OFFICER, AT),
                new EscalationEvent.OutcomeSentBackEvent(
                        "c", "WMP", OutcomeCode.OUTCOME_22, OFFICER, "Check", OFFICER, AT),
                new EscalationEvent.OutcomeAssignedEvent(
                        "c",
                        "WMP",
                        OutcomeCode.OUTCOME_21,
                        "Public interest",
                        null,
                        OFFICER,
                        new ActedBy("ps-1", PoliceRoles.POLICE_SUPERVISOR, "WMP"),
                        AT),
                new EscalationEvent.DisclosureStatementGivenEvent(
                        "c", "WMP", List.of(DisclosureRecipient.SCHOOL), "v1", AT, OFFICER, AT),
                new EscalationEvent.StrategyMeetingOverdueEvent("c", "WMP", AT, AT),
                new EscalationEvent.CrimeRecordDueForReviewEvent(
                        "c",
                        "WMP",
                        HocrClassification.TAKE_MAKE_DISTRIBUTE,
                        1,
                        LocalDate.parse("2036-11-28"),
                        new ActedBy("casebridge:mopi-review", ActedBy.SYSTEM, "WMP"),
                        AT),
                new StrategyMeetingEvent.StrategyMeetingConvenedEvent(
                        "m", "c", "WMP", AT, "Teams", List.of(CSC), OFFICER, AT),
                new StrategyMeetingEvent.StrategyMeetingHeldEvent("m", "c", "WMP", AT, List.of(CSC), OFFICER, AT),
                new StrategyMeetingEvent.InformationSharedEvent(
                        "m", "c", "WMP", "i", CSC, "Known", LawfulBasis.PUBLIC_TASK_SAFEGUARDING, OFFICER, AT),
                new StrategyMeetingEvent.StrategyDecisionRecordedEvent(
                        "m", "c", "WMP", "d", DecisionTopic.SECTION_47_ENQUIRIES, "Start", true, "Harm", OFFICER, AT),
                new StrategyMeetingEvent.ActionAssignedEvent(
                        "m", "c", "WMP", "a", StrategyActionType.SAFETY_PLAN, "Visit", CSC, AT, OFFICER, AT),
                new StrategyMeetingEvent.ActionCompletedEvent("m", "c", "WMP", "a", null, OFFICER, AT),
                new StrategyMeetingEvent.ActionOverdueEvent("m", "c", "WMP", "a", AT, AT),
                new DeviceEvent.DeviceSeizedEvent("d", "c", "WMP", "Phone", "child-1", "EXH/1", OFFICER, AT),
                new DeviceEvent.DeviceNotSeizedEvent("d", "c", "WMP", "Phone", null, "Victim's", true, OFFICER, AT),
                new DeviceEvent.DeviceExaminedEvent(
                        "d", "c", "WMP", ExaminingUnit.DIGITAL_FORENSICS, "DF-1", OFFICER, AT),
                new DeviceEvent.CaidStatusRecordedEvent(
                        "d", "c", "WMP", CaidStatus.GRADED, CaidGrade.B, "CAID-1", OFFICER, AT),
                new DeviceEvent.ReportRemoveSignpostedEvent("d", "c", "WMP", "child-1", "IWF-1", OFFICER, AT),
                new DeviceEvent.DeviceDisposedEvent("d", "c", "WMP", Disposal.FORFEITED, "Closed", OFFICER, AT),
                new DeviceEvent.SchoolDeviceNamedEvent("d", "c", "WMP", "device-1", OFFICER, AT),
                new DeviceEvent.SchoolDeletionWithdrawnEvent("d", "c", "WMP", null, 2, SCHOOL, AT),
                new DeviceEvent.UnseizedDeviceDecidedAgainEvent(
                        "d", "c", "WMP", "Victim's own phone", true, OFFICER, AT),
                new EscalationEvent.EscalationRoundOpenedEvent(
                        "c",
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
                        "c", "WMP", List.of("ADULT_INVOLVED"), "The adult is a pupil aged 17", OFFICER, AT),
                new EscalationEvent.CrimeReclassifiedEvent(
                        "c",
                        "WMP",
                        HocrClassification.TAKE_MAKE_DISTRIBUTE,
                        HocrClassification.POSSESSION,
                        "Received only",
                        OFFICER,
                        AT),
                new EscalationEvent.ChildRoleChangedEvent(
                        "c", "WMP", "child-1", null, ChildRole.PERSON_INVOLVED, "Added later", OFFICER, AT),
                new EscalationEvent.VictimCrimeRecordedEvent(
                        "c", "WMP", "child-2", HocrClassification.POSSESSION, "20/1/26", AT, OFFICER, AT),
                new EscalationEvent.SchoolClosedCaseEvent("c", "WMP", false, AT, SCHOOL, AT),
                new EscalationEvent.CaseReferenceLearnedEvent("c", "WMP", "CPA-2026-0042", SCHOOL, AT),
                new EscalationEvent.SchoolChildChangedEvent(
                        "c",
                        "WMP",
                        new ReferredChild("child-1", 14, "Year 9", List.of("PICTURED")),
                        new ReferredChild("child-1", 12, "Year 7", List.of("PICTURED", "SHARED")),
                        AT,
                        SCHOOL,
                        AT));
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
            SerializedObject<byte[]> written = serializer.serialize(event, byte[].class);
            assertThat(written.getType().getRevision())
                    .isEqualTo(event instanceof StrategyMeetingEvent.ActionAssignedEvent ? "2" : "1");
            assertThat((Object) serializer.deserialize(written)).isEqualTo(event);
        });
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
