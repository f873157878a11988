package org.casebridge.cases.incident.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebridge.cases.incident.api.AddChildCommand;
import org.casebridge.cases.incident.api.AdultInPositionOfTrustRecordedEvent;
import org.casebridge.cases.incident.api.AdultInvolved;
import org.casebridge.cases.incident.api.Agency;
import org.casebridge.cases.incident.api.AmendChildCommand;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseClosedEvent;
import org.casebridge.cases.incident.api.CaseEscalatedEvent;
import org.casebridge.cases.incident.api.CaseHandledInSchoolEvent;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.CaseLimits;
import org.casebridge.cases.incident.api.CaseReferredEvent;
import org.casebridge.cases.incident.api.CaseReferredToLadoEvent;
import org.casebridge.cases.incident.api.CaseStatus;
import org.casebridge.cases.incident.api.ChildAddedEvent;
import org.casebridge.cases.incident.api.ChildAmendedEvent;
import org.casebridge.cases.incident.api.ChildDeletionConfirmedEvent;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.cases.incident.api.ChildRecordTransferOverdueEvent;
import org.casebridge.cases.incident.api.ChildRecordTransferReceiptConfirmedEvent;
import org.casebridge.cases.incident.api.ChildRecordTransferStartedEvent;
import org.casebridge.cases.incident.api.ChildRole;
import org.casebridge.cases.incident.api.CloseCaseCommand;
import org.casebridge.cases.incident.api.ConfirmChildDeletionCommand;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.cases.incident.api.DeviceConfiscatedEvent;
import org.casebridge.cases.incident.api.DeviceExaminedEvent;
import org.casebridge.cases.incident.api.DeviceHandedToPoliceEvent;
import org.casebridge.cases.incident.api.DeviceReturnedEvent;
import org.casebridge.cases.incident.api.ErasePersonalDetailsCommand;
import org.casebridge.cases.incident.api.EscalateCaseCommand;
import org.casebridge.cases.incident.api.ExceptionalViewingRecordedEvent;
import org.casebridge.cases.incident.api.HandleInSchoolCommand;
import org.casebridge.cases.incident.api.ImageryCategory;
import org.casebridge.cases.incident.api.ImageryDeletedBySchoolEvent;
import org.casebridge.cases.incident.api.IncidentReportedEvent;
import org.casebridge.cases.incident.api.InitialReviewOverdueEvent;
import org.casebridge.cases.incident.api.InitialReviewRecordedEvent;
import org.casebridge.cases.incident.api.LadoReferralNotRoutedEvent;
import org.casebridge.cases.incident.api.LadoReferralOverdueEvent;
import org.casebridge.cases.incident.api.LadoUpdateReceivedEvent;
import org.casebridge.cases.incident.api.LegalHoldLiftedEvent;
import org.casebridge.cases.incident.api.LegalHoldSetEvent;
import org.casebridge.cases.incident.api.LiftLegalHoldCommand;
import org.casebridge.cases.incident.api.ParentsInformedEvent;
import org.casebridge.cases.incident.api.ParentsNotInformedEvent;
import org.casebridge.cases.incident.api.PersonalDetailsErasedEvent;
import org.casebridge.cases.incident.api.PoliceUpdateKind;
import org.casebridge.cases.incident.api.PoliceUpdateReceivedEvent;
import org.casebridge.cases.incident.api.RecordAdultInPositionOfTrustCommand;
import org.casebridge.cases.incident.api.RecordChildRecordReceiptCommand;
import org.casebridge.cases.incident.api.RecordDeletionBySchoolCommand;
import org.casebridge.cases.incident.api.RecordDeviceConfiscatedCommand;
import org.casebridge.cases.incident.api.RecordDeviceExaminedCommand;
import org.casebridge.cases.incident.api.RecordDeviceHandedToPoliceCommand;
import org.casebridge.cases.incident.api.RecordDeviceReturnedCommand;
import org.casebridge.cases.incident.api.RecordExceptionalViewingCommand;
import org.casebridge.cases.incident.api.RecordInitialReviewCommand;
import org.casebridge.cases.incident.api.RecordLadoNotRoutedCommand;
import org.casebridge.cases.incident.api.RecordLadoUpdateCommand;
import org.casebridge.cases.incident.api.RecordParentsInformedCommand;
import org.casebridge.cases.incident.api.RecordParentsNotInformedCommand;
import org.casebridge.cases.incident.api.RecordPoliceUpdateCommand;
import org.casebridge.cases.incident.api.RecordSupportCommand;
import org.casebridge.cases.incident.api.ReferCaseCommand;
import org.casebridge.cases.incident.api.ReferToLadoCommand;
import org.casebridge.cases.incident.api.ReportIncidentCommand;
import org.casebridge.cases.incident.api.SetLegalHoldCommand;
import org.casebridge.cases.incident.api.StartChildRecordTransferCommand;
import org.casebridge.cases.incident.api.SupportRecordedEvent;
import org.casebridge.cases.school.School;
import org.casebridge.cases.school.SchoolDirectory;
import org.casebridge.cases.words.CodeWords;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.casebridge.platform.reference.WorkingDays;

/**
 * A safeguarding case at one school. It enforces the guidance: the five criteria force a referral, a decision not
 * to refer carries its rationale, imagery stays untouched while the police may need it, and a case closes only once
 * every required decision is on record. Time comes from the injected {@link Clock}; the initial review clock from the
 * {@link DeadlineManager}.
 */
@Aggregate
public class SafeguardingCase {

    /** The deadline that flags a case whose initial review is late. */
    public static final String INITIAL_REVIEW_DEADLINE = "initial-review-due";

    /** The deadline that reminds the sending school when a transferred record's receipt is late (ADR 0054). */
    public static final String TRANSFER_RECEIPT_DEADLINE = "child-record-transfer-receipt-due";

    /** The deadline that flags a case not referred to the LADO within one working day of an adult recorded. */
    public static final String LADO_REFERRAL_DEADLINE = "lado-referral-due";

    /** The year of a reference is the year in the United Kingdom when the case was reported. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private static final Pattern CHILD_REF = Pattern.compile(CaseLimits.CHILD_REF_PATTERN);
    private static final Pattern YEAR_GROUP = Pattern.compile(CaseLimits.YEAR_GROUP_PATTERN);

    /**
     * The case id as a string: deadline scopes are serialised with it, and a string survives the round trip through
     * the persistent deadline store where a typed id would come back as a map.
     */
    @AggregateIdentifier
    private String id;

    private CaseId caseId;
    private String schoolUrn;
    private boolean closed;
    private CaseStatus route;
    private List<ChildInvolved> children;
    private Set<ImageryCategory> imagery = EnumSet.noneOf(ImageryCategory.class);
    private boolean initialReviewRecorded;
    private final Set<Criterion> criteriaMet = EnumSet.noneOf(Criterion.class);
    private final Set<Agency> referredTo = EnumSet.noneOf(Agency.class);
    private boolean policeOutcomeReceived;
    /** The police declined the referral or the current round of a re-escalation. */
    private boolean policeDeclined;
    /** The round of the police escalation the police last opened; 1 until a re-escalation opens another. */
    private int policeRound = 1;
    /** The school's devices the police decided not to seize and left to the school, since the last re-escalation. */
    private final Set<String> devicesLeftToSchool = new HashSet<>();
    /** The child each device was confiscated from, where known. */
    private final Map<String, String> deviceOwners = new HashMap<>();

    private boolean strategyMeetingLive;
    private final Set<String> openActions = new LinkedHashSet<>();
    private boolean legalHold;
    /** Whether the force holding the escalation holds it under a legal hold (ADR 0089), by its latest placing or lifting. */
    private boolean forceLegalHold;
    /** When the force last placed or lifted its hold, by the police's own time; null before any. */
    private Instant forceLegalHoldChangedAt;

    private final Set<String> parentsDecided = new HashSet<>();
    private final Map<String, DeviceCustody> devices = new LinkedHashMap<>();
    private final Set<String> policeEventIds = new HashSet<>();
    /** The forces the school referred or escalated the case to, and any they transferred it to. */
    private final Set<String> policeForces = new HashSet<>();

    private boolean personalDetailsErased;
    /** The transfers of a child's record whose receipt the new school has not confirmed yet. */
    private final Map<UUID, ChildRecordTransferStartedEvent> transfersAwaitingReceipt = new LinkedHashMap<>();
    /** Those of them whose reminder already went out. */
    private final Set<UUID> transfersOverdue = new HashSet<>();

    /** The adults in a position of trust recorded on the case, in the order recorded. */
    private final List<AdultInvolved> adults = new ArrayList<>();
    /** Those of them already referred to the LADO. */
    private final Set<String> adultsReferredToLado = new HashSet<>();
    /** When the referral of the adults not referred yet is due; null when none waits. */
    private Instant ladoReferralDueAt;

    private boolean ladoReferralOverdue;
    /** The LADO the referral reached, once it says so. */
    private String ladoAgencyId;

    private final Set<String> ladoEventIds = new HashSet<>();

    protected SafeguardingCase() {}

    @CommandHandler
    public SafeguardingCase(
            ReportIncidentCommand command,
            SchoolDirectory schools,
            InitialReviewPolicy policy,
            CaseReferences references,
            Clock clock,
            DeadlineManager deadlines) {
        ActedBy by = command.by();
        if (!CaseActors.actsAsSchoolDsl(by)) {
            throw new DslOnlyException(by.role());
        }
        School school =
                schools.find(by.organisation()).orElseThrow(() -> new UnknownSchoolException(by.organisation()));
        validateChildren(command.children());
        Instant now = clock.instant();
        requireNotInFuture(command.cameToLightAt(), now, "The time the incident came to light");
        Instant dueAt = now.plus(policy.dueWithin());
        String reference = references.allocate(
                command.caseId(),
                school.referencePrefix(),
                LocalDate.ofInstant(now, UK).getYear());
        apply(new IncidentReportedEvent(
                command.caseId(),
                by.organisation(),
                by,
                now,
                command.howCameToLight(),
                command.cameToLightAt(),
                command.imagery(),
                command.imageryNotes(),
                command.platforms(),
                command.spread(),
                command.mayHaveReachedInternet(),
                command.onSchoolDeviceOrNetwork(),
                command.children(),
                dueAt,
                command.summary(),
                reference));
        deadlines.schedule(policy.dueWithin(), INITIAL_REVIEW_DEADLINE, new InitialReviewDue(dueAt));
    }

    @CommandHandler
    public void handle(RecordInitialReviewCommand command, Clock clock, DeadlineManager deadlines) {
        requireDslOfThisSchool(command.by());
        requireOpen();
        if (initialReviewRecorded) {
            throw new InitialReviewAlreadyRecordedException(caseId);
        }
        if (command.attendees() == null || command.attendees().isEmpty()) {
            throw new AttendeesRequiredException();
        }
        Map<Criterion, Boolean> answers = command.criteria() == null ? Map.of() : command.criteria();
        Set<Criterion> unanswered = EnumSet.noneOf(Criterion.class);
        Set<Criterion> met = EnumSet.noneOf(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            Boolean answer = answers.get(criterion);
            if (answer == null) {
                unanswered.add(criterion);
            } else if (answer) {
                met.add(criterion);
            }
        }
        if (!unanswered.isEmpty()) {
            throw new CriteriaUnansweredException(unanswered);
        }
        impliedByTheReport().forEach((criterion, fact) -> {
            if (!met.contains(criterion)) {
                throw new CriterionContradictsReportException(criterion, fact);
            }
        });
        Instant now = clock.instant();
        requireNotInFuture(command.heldAt(), now, "The time of the initial review");
        apply(new InitialReviewRecordedEvent(
                caseId,
                schoolUrn,
                command.by(),
                now,
                command.heldAt(),
                List.copyOf(command.attendees()),
                new EnumMap<>(answers),
                met,
                command.considerations(),
                command.notes()));
        deadlines.cancelAllWithinScope(INITIAL_REVIEW_DEADLINE);
    }

    @CommandHandler
    public void handle(HandleInSchoolCommand command, Clock clock) {
        requireDslOfThisSchool(command.by());
        requireOpen();
        requireUndecidedAfterReview();
        Set<Criterion> met = copyOf(criteriaMet);
        met.addAll(impliedByTheReport().keySet());
        if (!met.isEmpty()) {
            throw new ReferralRequiredException(caseId, met);
        }
        requireRationale(command.rationale(), "A decision to handle the case in school");
        apply(new CaseHandledInSchoolEvent(caseId, schoolUrn, command.by(), clock.instant(), command.rationale()));
    }

    @CommandHandler
    public void handle(ReferCaseCommand command, SchoolDirectory schools, Clock clock) {
        requireDslOfThisSchool(command.by());
        requireOpen();
        requireUndecidedAfterReview();
        requireRecipients(command.referredTo());
        if (criteriaMet.isEmpty()) {
            requireRationale(command.reasons(), "A referral on judgement, with no criterion met,");
        }
        School school = school(schools);
        apply(new CaseReferredEvent(
                caseId,
                schoolUrn,
                command.by(),
                clock.instant(),
                command.referredTo(),
                copyOf(criteriaMet),
                school.localAuthorityCode(),
                school.forceCode(),
                children,
                command.reasons()));
    }

    @CommandHandler
    public void handle(EscalateCaseCommand command, SchoolDirectory schools, Clock clock) {
        requireDslOfThisSchool(command.by());
        requireRecipients(command.referredTo());
        requireRationale(command.newInformation(), "An escalation");
        Set<Criterion> allMet = copyOf(criteriaMet);
        if (command.criteriaNowMet() != null) {
            allMet.addAll(command.criteriaNowMet());
        }
        School school = school(schools);
        apply(new CaseEscalatedEvent(
                caseId,
                schoolUrn,
                command.by(),
                clock.instant(),
                command.referredTo(),
                allMet,
                school.localAuthorityCode(),
                school.forceCode(),
                children,
                referredTo.isEmpty(),
                closed,
                command.newInformation()));
    }

    @CommandHandler
    public void handle(RecordParentsInformedCommand command, Clock clock) {
        requireDslOfThisSchool(command.by());
        requireOpen();
        requireChild(command.childRef());
        requireDetail(command.whoWasInformed(), "who was informed");
        requireDetail(command.informedAt(), "when they were informed");
        requireDetail(command.method(), "how they were informed");
        Instant now = clock.instant();
        requireNotInFuture(command.informedAt(), now, "The time parents were informed");
        apply(new ParentsInformedEvent(
                caseId,
                schoolUrn,
                command.by(),
                now,
                command.childRef(),
                command.whoWasInformed(),
                command.informedAt(),
                command.method(),
                command.notes()));
    }

    @CommandHandler
    public void handle(RecordParentsNotInformedCommand command, Clock clock) {
        requireDslOfThisSchool(command.by());
        requireOpen();
        requireChild(command.childRef());
        requireRationale(command.reason(), "A decision not to inform parents");
        apply(new ParentsNotInformedEvent(
                caseId, schoolUrn, command.by(), clock.instant(), command.childRef(), command.reason()));
    }

    @CommandHandler
    public void handle(RecordExceptionalViewingCommand command, Clock clock) {
        requireDslOfThisSchool(command.by());
        requireOpen();
        requireReviewed("a viewing of the imagery");
        requireNoPoliceHold("a viewing of the imagery", null);
        requireRationale(command.reason(), "A viewing of imagery");
        requireDetail(command.witnessName(), "the staff member present");
        Instant now = clock.instant();
        requireNotInFuture(command.viewedAt(), now, "The time of the viewing");
        apply(new ExceptionalViewingRecordedEvent(
                caseId,
                schoolUrn,
                command.by(),
                now,
                command.viewedAt(),
                command.headteacherConsulted(),
                command.witnessName(),
                command.witnessDidNotView(),
                command.onSchoolPremises(),
                command.whatFollowed(),
                command.reason()));
    }

    @CommandHandler
    public void handle(RecordDeviceConfiscatedCommand command, Clock clock) {
        requireDslOfThisSchool(command.by());
        requireOpen();
        if (devices.containsKey(command.deviceRef())) {
            throw new DeviceAlreadyRecordedException(caseId, command.deviceRef());
        }
        if (command.deviceRef() == null || !command.deviceRef().matches(CaseLimits.DEVICE_REF_PATTERN)) {
            throw new RequiredDetailMissingException("a device ref such as device-1");
        }
        if (command.ownerChildRef() != null) {
            requireChild(command.ownerChildRef());
        }
        requireDetail(command.confiscatedBy(), "who confiscated the device");
        requireDetail(command.storedWhere(), "where the device is kept");
        apply(new DeviceConfiscatedEvent(
                caseId,
                schoolUrn,
                command.by(),
                clock.instant(),
                command.deviceRef(),
                command.description(),
                command.ownerChildRef(),
                command.confiscatedBy(),
                command.storedWhere(),
                command.notes()));
    }

    @CommandHandler
    public void handle(RecordDeviceExaminedCommand command, Clock clock) {
        requireDslOfThisSchool(command.by());
        requireOpen();
        requireDeviceWithSchool(command.deviceRef());
        requireReviewed("examining " + command.deviceRef());
        requireNoPoliceHold("examining " + command.deviceRef(), command.deviceRef());
        requireRationale(command.goodReason(), "An examination under s.550ZC");
        apply(new DeviceExaminedEvent(
                caseId,
                schoolUrn,
                command.by(),
                clock.instant(),
                command.deviceRef(),
                command.findings(),
                command.goodReason()));
    }

    @CommandHandler
    public void handle(RecordDeviceHandedToPoliceCommand command, Clock clock) {
        requireDslOfThisSchool(command.by());
        requireOpen();
        requireDeviceWithSchool(command.deviceRef());
        if (!referredTo.contains(Agency.POLICE)) {
            throw new NotReferredToPoliceException(caseId);
        }
        requireDetail(command.handedTo(), "the officer the device was handed to");
        requireDetail(command.exhibitRef(), "the police exhibit reference");
        Instant now = clock.instant();
        requireNotInFuture(command.handedOverAt(), now, "The time of the handover");
        apply(new DeviceHandedToPoliceEvent(
                caseId,
                schoolUrn,
                command.by(),
                now,
                command.deviceRef(),
                command.handedTo(),
                command.handedOverAt(),
                command.exhibitRef(),
                command.notes()));
    }

    @CommandHandler
    public void handle(RecordDeletionBySchoolCommand command, Clock clock) {
        requireDslOfThisSchool(command.by());
        requireOpen();
        requireDeviceWithSchool(command.deviceRef());
        requireReviewed("deleting imagery from " + command.deviceRef());
        requireNoPoliceHold("deleting imagery from " + command.deviceRef(), command.deviceRef());
        if (!devicesLeftToSchool.contains(command.deviceRef())) {
            throw new DeletionNotLeftToSchoolException(caseId, command.deviceRef());
        }
        requireRationale(command.rationale(), "A deletion under the school's powers");
        apply(new ImageryDeletedBySchoolEvent(
                caseId, schoolUrn, command.by(), clock.instant(), command.deviceRef(), command.rationale()));
    }

    @CommandHandler
    public void handle(RecordDeviceReturnedCommand command, Clock clock) {
        requireDslOfThisSchool(command.by());
        requireOpen();
        requireDeviceWithSchool(command.deviceRef());
        requireReviewed("returning " + command.deviceRef());
        requireNoPoliceHold("returning " + command.deviceRef(), command.deviceRef());
        requireDetail(command.returnedTo(), "who the device was returned to");
        apply(new DeviceReturnedEvent(
                caseId,
                schoolUrn,
                command.by(),
                clock.instant(),
                command.deviceRef(),
                command.returnedTo(),
                command.rationale()));
    }

    @CommandHandler
    public void handle(ConfirmChildDeletionCommand command, Clock clock) {
        requireDslOfThisSchool(command.by());
        requireOpen();
        requireChild(command.childRef());
        requireReviewed("a child's own deletion");
        if (!policeLeftADeviceOf(command.childRef())) {
            requireNoPoliceHold("a child's own deletion", null);
        }
        requireDetail(command.confirmation(), "how the child confirmed the deletion");
        apply(new ChildDeletionConfirmedEvent(
                caseId, schoolUrn, command.by(), clock.instant(), command.childRef(), command.confirmation()));
    }

    @CommandHandler
    public void handle(RecordSupportCommand command, Clock clock) {
        requireDslOfThisSchool(command.by());
        requireOpen();
        requireChild(command.childRef());
        requireDetail(command.supportType(), "the kind of support");
        requireDetail(command.description(), "a description of the support");
        apply(new SupportRecordedEvent(
                caseId,
                schoolUrn,
                command.by(),
                clock.instant(),
                command.childRef(),
                command.supportType(),
                command.description()));
    }

    @CommandHandler
    public void handle(RecordPoliceUpdateCommand command, Clock clock) {
        if (policeEventIds.contains(command.policeEventId())) {
            return;
        }
        if (!policeForces.contains(command.forceCode())) {
            throw new NotTheCasesForceException(caseId, command.forceCode());
        }
        apply(new PoliceUpdateReceivedEvent(
                caseId,
                schoolUrn,
                CaseActors.policeForce(command.forceCode()),
                clock.instant(),
                command.policeEventId(),
                command.eventType(),
                command.kind(),
                command.occurredAt(),
                command.summary(),
                command.transferredTo(),
                command.schoolDeviceRef(),
                command.policeRef(),
                command.round()));
    }

    @CommandHandler
    public void handle(CloseCaseCommand command, SchoolActionsOpen schoolActions, Clock clock) {
        requireDslOfThisSchool(command.by());
        requireOpen();
        List<String> awaitingLado = adults.stream()
                .map(AdultInvolved::ref)
                .filter(ref -> !adultsReferredToLado.contains(ref))
                .toList();
        if (!awaitingLado.isEmpty()) {
            throw new LadoReferralPendingException(awaitingLado);
        }
        if (route == null) {
            throw new DecisionRequiredException(caseId);
        }
        requireRationale(command.outcomeSummary(), "Closing a case");
        Set<String> parentsUndecided = new LinkedHashSet<>();
        children.forEach(child -> parentsUndecided.add(child.ref()));
        parentsUndecided.removeAll(parentsDecided);
        if (!parentsUndecided.isEmpty()) {
            throw new ParentsDecisionRequiredException(caseId, parentsUndecided);
        }
        Set<String> devicesUndecided = new LinkedHashSet<>();
        devices.forEach((ref, custody) -> {
            if (!custody.decided()) {
                devicesUndecided.add(ref);
            }
        });
        if (!devicesUndecided.isEmpty()) {
            throw new DeviceDecisionRequiredException(caseId, devicesUndecided);
        }
        List<String> openSchoolActions = schoolActions.of(caseId, schoolUrn);
        if (!openSchoolActions.isEmpty()) {
            throw new SchoolActionsOpenException(caseId, openSchoolActions);
        }
        String notAwaited = null;
        if (awaitingPolice()) {
            if (command.policeOutcomeNotAwaitedReason() == null
                    || command.policeOutcomeNotAwaitedReason().isBlank()) {
                throw new PoliceOutcomeRequiredException(caseId);
            }
            requireRationale(command.policeOutcomeNotAwaitedReason(), "Closing without the police outcome");
            notAwaited = command.policeOutcomeNotAwaitedReason();
        }
        apply(new CaseClosedEvent(
                caseId, schoolUrn, command.by(), clock.instant(), route, notAwaited, command.outcomeSummary()));
    }

    @CommandHandler
    public void handle(ErasePersonalDetailsCommand command, Clock clock) {
        if (CaseActors.actsAsRetention(command.by())) {
            requireThisSchool(command.by());
        } else {
            requireDslOfThisSchool(command.by());
        }
        if (personalDetailsErased) {
            throw new PersonalDetailsAlreadyErasedException(caseId);
        }
        List<ErasureBlockedException.Block> blocks = new ArrayList<>();
        if (awaitingPolice()) {
            blocks.add(ErasureBlockedException.Block.POLICE_REFERRAL);
        }
        if (strategyMeetingLive) {
            blocks.add(ErasureBlockedException.Block.STRATEGY_MEETING);
        }
        if (!openActions.isEmpty()) {
            blocks.add(ErasureBlockedException.Block.OPEN_ACTION);
        }
        if (legalHold) {
            blocks.add(ErasureBlockedException.Block.LEGAL_HOLD);
        }
        if (forceLegalHold) {
            blocks.add(ErasureBlockedException.Block.FORCE_LEGAL_HOLD);
        }
        if (!blocks.isEmpty()) {
            throw new ErasureBlockedException(caseId, blocks);
        }
        requireRationale(command.reason(), "Erasing personal details");
        apply(new PersonalDetailsErasedEvent(caseId, schoolUrn, command.by(), clock.instant(), command.reason()));
    }

    @CommandHandler
    public void handle(SetLegalHoldCommand command, Clock clock) {
        requireDslOrAuditorOfThisSchool(command.by());
        if (legalHold) {
            throw LegalHoldException.alreadySet(caseId);
        }
        requireRationale(command.reason(), "A legal hold");
        apply(new LegalHoldSetEvent(caseId, schoolUrn, command.by(), clock.instant(), command.reason()));
    }

    @CommandHandler
    public void handle(LiftLegalHoldCommand command, Clock clock) {
        requireDslOrAuditorOfThisSchool(command.by());
        if (!legalHold) {
            throw LegalHoldException.none(caseId);
        }
        requireRationale(command.reason(), "Lifting a legal hold");
        apply(new LegalHoldLiftedEvent(caseId, schoolUrn, command.by(), clock.instant(), command.reason()));
    }

    @CommandHandler
    public void handle(AddChildCommand command, Clock clock) {
        requireDslOfThisSchool(command.by());
        requireOpen();
        requireRationale(command.reason(), "Adding a child");
        if (command.child() == null) {
            throw new InvalidChildrenException("Name the child found later, by a ref such as child-3.");
        }
        List<ChildInvolved> after = new ArrayList<>(children);
        after.add(command.child());
        validateChildren(after);
        apply(new ChildAddedEvent(caseId, schoolUrn, command.by(), clock.instant(), command.child(), command.reason()));
    }

    @CommandHandler
    public void handle(AmendChildCommand command, Clock clock) {
        requireDslOfThisSchool(command.by());
        requireOpen();
        requireChild(command.childRef());
        requireRationale(command.reason(), "Correcting a child's details");
        ChildInvolved before = child(command.childRef());
        Set<ChildRole> roles = command.roles() == null ? before.roles() : command.roles();
        ChildInvolved after = new ChildInvolved(
                before.ref(),
                command.age() == null ? before.age() : command.age(),
                command.yearGroup() == null ? before.yearGroup() : command.yearGroup(),
                roles,
                before.flags());
        if (after.equals(before)) {
            throw new RequiredDetailMissingException("a corrected age, year group or roles");
        }
        validateChildren(children.stream()
                .map(child -> child.ref().equals(after.ref()) ? after : child)
                .toList());
        apply(new ChildAmendedEvent(
                caseId, schoolUrn, command.by(), clock.instant(), command.childRef(), before, after, command.reason()));
    }

    /**
     * Sends one child's part of the case to the school the child moves to. Refused for a school not in the reference
     * data, for this school itself, for a child not on the case, once the identities are erased, and while a transfer of
     * that child to that school awaits its receipt. The receipt is due within five school days of the child starting.
     */
    @CommandHandler
    public void handle(
            StartChildRecordTransferCommand command,
            SchoolDirectory schools,
            WorkingDays workingDays,
            Clock clock,
            DeadlineManager deadlines) {
        requireDslOfThisSchool(command.by());
        requireDetail(command.toSchoolUrn(), "the URN of the school the child moves to");
        if (command.toSchoolUrn().equals(schoolUrn)) {
            throw new TransferToOwnSchoolException(schoolUrn);
        }
        if (schools.find(command.toSchoolUrn()).isEmpty()) {
            throw new UnknownSchoolException(command.toSchoolUrn());
        }
        requireChild(command.childRef());
        if (personalDetailsErased) {
            throw new PersonalDetailsAlreadyErasedException(caseId);
        }
        boolean open = transfersAwaitingReceipt.values().stream()
                .anyMatch(transfer -> transfer.childRef().equals(command.childRef())
                        && transfer.toSchoolUrn().equals(command.toSchoolUrn()));
        if (open) {
            throw new TransferAlreadyOpenException(caseId, command.childRef(), command.toSchoolUrn());
        }
        requireRationale(command.reason(), "Transferring a child's record");
        Instant now = clock.instant();
        LocalDate startedOn = command.childStartedOn() == null ? SchoolDays.today(now) : command.childStartedOn();
        Instant dueAt = SchoolDays.receiptDue(workingDays, startedOn);
        apply(new ChildRecordTransferStartedEvent(
                caseId,
                schoolUrn,
                command.by(),
                now,
                command.transferId(),
                command.childRef(),
                command.toSchoolUrn(),
                startedOn,
                dueAt,
                command.reason()));
        deadlines.schedule(dueAt, TRANSFER_RECEIPT_DEADLINE, new ChildRecordTransferDue(command.transferId(), dueAt));
    }

    /**
     * The new school confirmed receipt: recorded once, with its DSL as the actor, and the transfer's reminder
     * cancelled. The deadline manager cancels by name for the whole case, so the other transfers' reminders are set
     * again for when they were due.
     */
    @CommandHandler
    public boolean handle(RecordChildRecordReceiptCommand command, Clock clock, DeadlineManager deadlines) {
        ChildRecordTransferStartedEvent transfer = transfersAwaitingReceipt.get(command.transferId());
        if (transfer == null) {
            return false;
        }
        if (!CaseActors.actsAsSchoolDsl(command.by())
                || !transfer.toSchoolUrn().equals(command.by().organisation())) {
            throw new NotFoundException("transfer", command.transferId().toString());
        }
        apply(new ChildRecordTransferReceiptConfirmedEvent(
                caseId,
                schoolUrn,
                command.by(),
                clock.instant(),
                transfer.transferId(),
                transfer.childRef(),
                transfer.toSchoolUrn(),
                "Receipt confirmed by the school the child moved to"));
        deadlines.cancelAllWithinScope(TRANSFER_RECEIPT_DEADLINE);
        for (ChildRecordTransferStartedEvent other : transfersAwaitingReceipt.values()) {
            if (transfersOverdue.contains(other.transferId())) {
                continue;
            }
            deadlines.schedule(
                    other.dueAt(),
                    TRANSFER_RECEIPT_DEADLINE,
                    new ChildRecordTransferDue(other.transferId(), other.dueAt()));
        }
        return true;
    }

    /**
     * An adult in a position of trust is or may be involved (KCSIE Part 4): recorded with their role and employer's
     * kind, never who they are, and the LADO must be told within one working day. A second adult recorded before the
     * referral keeps the first one's clock: the referral is due when the first concern was.
     */
    @CommandHandler
    public void handle(
            RecordAdultInPositionOfTrustCommand command,
            WorkingDays workingDays,
            Clock clock,
            DeadlineManager deadlines) {
        requireDslOfThisSchool(command.by());
        requireOpen();
        requireDetail(command.role(), "the adult's role");
        requireDetail(command.employer(), "the kind of organisation that employs the adult");
        requireRationale(command.rationale(), "Recording an adult in a position of trust");
        Instant now = clock.instant();
        boolean clockRunning = ladoReferralDueAt != null;
        Instant dueAt = clockRunning ? ladoReferralDueAt : SchoolDays.ladoReferralDue(workingDays, now);
        apply(new AdultInPositionOfTrustRecordedEvent(
                caseId,
                schoolUrn,
                command.by(),
                now,
                new AdultInvolved("adult-" + (adults.size() + 1), command.role(), command.employer()),
                dueAt,
                command.rationale()));
        if (!clockRunning) {
            deadlines.schedule(dueAt, LADO_REFERRAL_DEADLINE, new LadoReferralDue(dueAt));
        }
    }

    /**
     * The adults not referred yet go to the LADO of the school's area; the clock stops. Answers whether every adult
     * recorded was already referred: a second click changes nothing (ADR 0090).
     */
    @CommandHandler
    public boolean handle(ReferToLadoCommand command, SchoolDirectory schools, Clock clock, DeadlineManager deadlines) {
        requireDslOfThisSchool(command.by());
        List<AdultInvolved> pending = adults.stream()
                .filter(adult -> !adultsReferredToLado.contains(adult.ref()))
                .toList();
        if (adults.isEmpty()) {
            throw new NoAdultInPositionOfTrustException();
        }
        if (pending.isEmpty()) {
            return true;
        }
        requireRationale(command.rationale(), "A referral to the LADO");
        Instant now = clock.instant();
        apply(new CaseReferredToLadoEvent(
                caseId,
                schoolUrn,
                command.by(),
                now,
                school(schools).localAuthorityCode(),
                pending,
                children,
                ladoReferralDueAt,
                now.isAfter(ladoReferralDueAt),
                command.rationale()));
        deadlines.cancelAllWithinScope(LADO_REFERRAL_DEADLINE);
        return false;
    }

    /**
     * A LADO's step, once per agency event: only on a case referred to the LADO, and, once a LADO has received it,
     * only from that LADO. Allowed on a closed case: the LADO's process outlives the school's.
     */
    @CommandHandler
    public void handle(RecordLadoUpdateCommand command, Clock clock) {
        if (ladoEventIds.contains(command.agencyEventId())) {
            return;
        }
        if (adultsReferredToLado.isEmpty() || (ladoAgencyId != null && !ladoAgencyId.equals(command.agencyId()))) {
            throw new NotTheCasesLadoException(caseId, command.agencyId());
        }
        apply(new LadoUpdateReceivedEvent(
                caseId,
                schoolUrn,
                CaseActors.agency(command.agencyId()),
                clock.instant(),
                command.agencyEventId(),
                command.kind(),
                command.occurredAt(),
                command.meetingHeldOn(),
                command.attendeeRoles(),
                command.outcome(),
                ladoWords(command)));
    }

    /**
     * The school's LADO referral reached no LADO (ADR 0065): once per agency event, only on a case referred to the LADO.
     * Allowed on a closed case, as the LADO's steps are.
     */
    @CommandHandler
    public void handle(RecordLadoNotRoutedCommand command, Clock clock) {
        if (ladoEventIds.contains(command.agencyEventId())) {
            return;
        }
        if (adultsReferredToLado.isEmpty()) {
            throw new NotTheCasesLadoException(caseId, null);
        }
        apply(new LadoReferralNotRoutedEvent(
                caseId,
                schoolUrn,
                ActedBy.casebridge(),
                clock.instant(),
                command.agencyEventId(),
                command.localAuthorityCode(),
                command.referredAt(),
                "No LADO receives referrals through Casebridge for local authority " + command.localAuthorityCode()
                        + ": telephone the local authority's LADO today and tell them what you referred."));
    }

    private static String ladoWords(RecordLadoUpdateCommand command) {
        return switch (command.kind()) {
            case REFERRAL_RECEIVED -> "The LADO received the referral.";
            case REFERRAL_ACKNOWLEDGED ->
                "The LADO acknowledged the referral" + (command.late() ? ", after it was due." : ".");
            case MEETING_HELD ->
                "The LADO held the allegation management meeting on " + command.meetingHeldOn() + " with "
                        + CodeWords.phrase(command.attendeeRoles()) + ".";
            case OUTCOME_RECORDED -> "The allegation's outcome: " + CodeWords.of(command.outcome()) + ".";
            case ACKNOWLEDGEMENT_OVERDUE ->
                "The LADO had not acknowledged the referral within one working day of receiving it.";
        };
    }

    @DeadlineHandler(deadlineName = LADO_REFERRAL_DEADLINE)
    public void onLadoReferralDue(LadoReferralDue due, Clock clock) {
        if (ladoReferralDueAt != null && !ladoReferralOverdue) {
            apply(new LadoReferralOverdueEvent(
                    caseId,
                    schoolUrn,
                    ActedBy.casebridge(),
                    clock.instant(),
                    due.dueAt(),
                    "The case was not referred to the LADO within one working day of an adult in a position of trust"
                            + " being recorded as involved."));
        }
    }

    @EventSourcingHandler
    void on(AdultInPositionOfTrustRecordedEvent event) {
        adults.add(event.adult());
        criteriaMet.add(Criterion.ADULT_INVOLVED);
        if (ladoReferralDueAt == null) {
            ladoReferralDueAt = event.ladoReferralDueAt();
            ladoReferralOverdue = false;
        }
    }

    @EventSourcingHandler
    void on(CaseReferredToLadoEvent event) {
        event.adults().forEach(adult -> adultsReferredToLado.add(adult.ref()));
        ladoReferralDueAt = null;
        ladoReferralOverdue = false;
    }

    @EventSourcingHandler
    void on(LadoUpdateReceivedEvent event) {
        ladoEventIds.add(event.agencyEventId());
        if (ladoAgencyId == null) {
            ladoAgencyId = event.by().organisation();
        }
    }

    @EventSourcingHandler
    void on(LadoReferralNotRoutedEvent event) {
        ladoEventIds.add(event.agencyEventId());
    }

    @EventSourcingHandler
    void on(LadoReferralOverdueEvent event) {
        ladoReferralOverdue = true;
    }

    @DeadlineHandler(deadlineName = TRANSFER_RECEIPT_DEADLINE)
    public void onTransferReceiptDue(ChildRecordTransferDue due, Clock clock) {
        ChildRecordTransferStartedEvent transfer = transfersAwaitingReceipt.get(due.transferId());
        if (transfer != null && !transfersOverdue.contains(due.transferId())) {
            apply(new ChildRecordTransferOverdueEvent(
                    caseId,
                    schoolUrn,
                    ActedBy.casebridge(),
                    clock.instant(),
                    transfer.transferId(),
                    transfer.childRef(),
                    transfer.toSchoolUrn(),
                    due.dueAt(),
                    "No receipt from the school the child moved to within five school days of the child starting."));
        }
    }

    @EventSourcingHandler
    void on(ChildRecordTransferStartedEvent event) {
        transfersAwaitingReceipt.put(event.transferId(), event);
    }

    @EventSourcingHandler
    void on(ChildRecordTransferReceiptConfirmedEvent event) {
        transfersAwaitingReceipt.remove(event.transferId());
        transfersOverdue.remove(event.transferId());
    }

    @EventSourcingHandler
    void on(ChildRecordTransferOverdueEvent event) {
        transfersOverdue.add(event.transferId());
    }

    @DeadlineHandler(deadlineName = INITIAL_REVIEW_DEADLINE)
    public void onInitialReviewDue(InitialReviewDue due, Clock clock) {
        if (!initialReviewRecorded && !closed) {
            apply(new InitialReviewOverdueEvent(
                    caseId,
                    schoolUrn,
                    ActedBy.casebridge(),
                    clock.instant(),
                    due.dueAt(),
                    "The initial review was not recorded within the time set for this school."));
        }
    }

    @EventSourcingHandler
    void on(IncidentReportedEvent event) {
        id = event.caseId().toString();
        caseId = event.caseId();
        schoolUrn = event.schoolUrn();
        children = List.copyOf(event.children());
        imagery = event.imagery() == null || event.imagery().isEmpty()
                ? EnumSet.noneOf(ImageryCategory.class)
                : EnumSet.copyOf(event.imagery());
    }

    @EventSourcingHandler
    void on(InitialReviewRecordedEvent event) {
        initialReviewRecorded = true;
        criteriaMet.addAll(event.criteriaMet());
    }

    @EventSourcingHandler
    void on(CaseHandledInSchoolEvent event) {
        route = CaseStatus.HANDLED_IN_SCHOOL;
    }

    @EventSourcingHandler
    void on(CaseReferredEvent event) {
        referredTo.addAll(event.referredTo());
        if (event.referredTo().contains(Agency.POLICE) && event.forceCode() != null) {
            policeForces.add(event.forceCode());
        }
        route = CaseStatus.REFERRED;
    }

    @EventSourcingHandler
    void on(CaseEscalatedEvent event) {
        referredTo.addAll(event.referredTo());
        criteriaMet.addAll(event.criteriaMet());
        devicesLeftToSchool.clear();
        if (event.referredTo().contains(Agency.POLICE)) {
            policeOutcomeReceived = false;
            policeDeclined = false;
            if (event.forceCode() != null) {
                policeForces.add(event.forceCode());
            }
        }
        route = CaseStatus.REFERRED;
        closed = false;
    }

    @EventSourcingHandler
    void on(ParentsInformedEvent event) {
        parentsDecided.add(event.childRef());
    }

    @EventSourcingHandler
    void on(ParentsNotInformedEvent event) {
        parentsDecided.add(event.childRef());
    }

    @EventSourcingHandler
    void on(DeviceConfiscatedEvent event) {
        devices.put(event.deviceRef(), DeviceCustody.WITH_SCHOOL);
        if (event.ownerChildRef() != null) {
            deviceOwners.put(event.deviceRef(), event.ownerChildRef());
        }
    }

    @EventSourcingHandler
    void on(DeviceHandedToPoliceEvent event) {
        devices.put(event.deviceRef(), DeviceCustody.WITH_POLICE);
    }

    @EventSourcingHandler
    void on(ImageryDeletedBySchoolEvent event) {
        devices.put(event.deviceRef(), DeviceCustody.CLEARED_BY_SCHOOL);
    }

    @EventSourcingHandler
    void on(DeviceReturnedEvent event) {
        devices.put(event.deviceRef(), DeviceCustody.RETURNED);
    }

    @EventSourcingHandler
    void on(PoliceUpdateReceivedEvent event) {
        policeEventIds.add(event.policeEventId());
        if (event.transferredTo() != null) {
            policeForces.add(event.transferredTo());
        }
        switch (event.kind()) {
            case OUTCOME_DECIDED -> {
                policeOutcomeReceived = true;
                strategyMeetingLive = false;
            }
            case ESCALATION_ACCEPTED -> policeDeclined = false;
            case ESCALATION_DECLINED -> policeDeclined = true;
            case ROUND_OPENED -> {
                policeRound = event.round() == null ? policeRound + 1 : event.round();
                policeOutcomeReceived = false;
                policeDeclined = false;
                devicesLeftToSchool.clear();
            }
            case DELETION_LEFT_TO_SCHOOL -> {
                if (event.schoolDeviceRef() != null) {
                    devicesLeftToSchool.add(event.schoolDeviceRef());
                }
            }
            case DEVICE_DECIDED -> {
                if (event.schoolDeviceRef() != null) {
                    devicesLeftToSchool.remove(event.schoolDeviceRef());
                }
            }
            case STRATEGY_MEETING_CONVENED -> strategyMeetingLive = true;
            case ACTION_ASSIGNED -> {
                if (event.policeRef() != null) {
                    openActions.add(event.policeRef());
                }
            }
            case ACTION_COMPLETED -> openActions.remove(event.policeRef());
            case LEGAL_HOLD_PLACED, LEGAL_HOLD_LIFTED -> forceLegalHold(event);
            case DISCLOSURE_STATEMENT_GIVEN, OTHER -> {}
        }
    }

    /**
     * The latest placing or lifting by the police's own time decides, whichever force of the case sent it (the hold
     * follows the escalation across a transfer, ADR 0087); an older one arriving late changes nothing.
     */
    private void forceLegalHold(PoliceUpdateReceivedEvent event) {
        Instant changedAt = event.occurredAt() == null ? event.at() : event.occurredAt();
        if (forceLegalHoldChangedAt != null && !changedAt.isAfter(forceLegalHoldChangedAt)) {
            return;
        }
        forceLegalHoldChangedAt = changedAt;
        forceLegalHold = event.kind() == PoliceUpdateKind.LEGAL_HOLD_PLACED;
    }

    @EventSourcingHandler
    void on(CaseClosedEvent event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(PersonalDetailsErasedEvent event) {
        personalDetailsErased = true;
    }

    @EventSourcingHandler
    void on(LegalHoldSetEvent event) {
        legalHold = true;
    }

    @EventSourcingHandler
    void on(LegalHoldLiftedEvent event) {
        legalHold = false;
    }

    @EventSourcingHandler
    void on(ChildAddedEvent event) {
        List<ChildInvolved> after = new ArrayList<>(children);
        after.add(event.child());
        children = List.copyOf(after);
    }

    @EventSourcingHandler
    void on(ChildAmendedEvent event) {
        children = children.stream()
                .map(child -> child.ref().equals(event.childRef()) ? event.after() : child)
                .toList();
    }

    /** The role first, so that whether a case exists is never the difference between a 403 and a 404. */
    private void requireDslOfThisSchool(ActedBy by) {
        if (!CaseActors.actsAsSchoolDsl(by)) {
            throw new DslOnlyException(by.role());
        }
        requireThisSchool(by);
    }

    /** A legal hold is information governance: the school's DSL or its auditor (ADR 0053). */
    private void requireDslOrAuditorOfThisSchool(ActedBy by) {
        if (!CaseActors.actsAsSchoolDsl(by) && !CaseActors.actsAsAuditor(by)) {
            throw new DslOnlyException(by.role());
        }
        requireThisSchool(by);
    }

    private void requireThisSchool(ActedBy by) {
        if (!schoolUrn.equals(by.organisation())) {
            throw new NotFoundException("case", caseId.toString());
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new CaseClosedException(caseId);
        }
    }

    private void requireUndecidedAfterReview() {
        if (route != null) {
            throw new DecisionAlreadyMadeException(caseId, route);
        }
        if (!initialReviewRecorded) {
            throw new InitialReviewRequiredException();
        }
    }

    private void requireChild(String childRef) {
        if (children.stream().noneMatch(child -> child.ref().equals(childRef))) {
            throw new UnknownChildException(caseId, childRef);
        }
    }

    private void requireDeviceWithSchool(String deviceRef) {
        DeviceCustody custody = devices.get(deviceRef);
        if (custody == null) {
            throw new UnknownDeviceException(caseId, deviceRef);
        }
        if (custody == DeviceCustody.WITH_POLICE) {
            throw new DeviceWithPoliceException(caseId, deviceRef);
        }
        if (custody == DeviceCustody.RETURNED) {
            throw new DeviceReturnedAlreadyException(caseId, deviceRef);
        }
    }

    private void requireReviewed(String action) {
        if (!initialReviewRecorded) {
            throw new InitialReviewRequiredException(action);
        }
    }

    /**
     * The imagery is evidence while the police hold the case or a criterion is met: nothing is done to it unless the
     * police left the device concerned ({@code deviceRef}; null when the action concerns no one device) to the school.
     */
    private void requireNoPoliceHold(String action, String deviceRef) {
        if (deviceRef != null && devicesLeftToSchool.contains(deviceRef)) {
            return;
        }
        if (awaitingPolice()) {
            throw new DeletionWhileReferredException(caseId, action);
        }
        if (!criteriaMet.isEmpty()) {
            throw new CriterionMetImageryHeldException(caseId, copyOf(criteriaMet), action);
        }
    }

    private boolean policeLeftADeviceOf(String childRef) {
        return devicesLeftToSchool.stream().anyMatch(device -> childRef.equals(deviceOwners.get(device)));
    }

    /** Referred to the police, and the police have neither decided the outcome nor declined the current round. */
    private boolean awaitingPolice() {
        return referredTo.contains(Agency.POLICE) && !policeOutcomeReceived && !policeDeclined;
    }

    /**
     * The criteria the report's own facts make true, each with the fact: a pictured child under 13 in imagery of a
     * sexual act, and imagery reported as an unusual or violent act.
     */
    private Map<Criterion, String> impliedByTheReport() {
        Map<Criterion, String> implied = new EnumMap<>(Criterion.class);
        boolean sexualAct = imagery.contains(ImageryCategory.SEXUAL_ACT)
                || imagery.contains(ImageryCategory.UNUSUAL_OR_VIOLENT_ACT);
        if (sexualAct) {
            children.stream()
                    .filter(child -> child.roles().contains(ChildRole.PICTURED) && child.age() < 13)
                    .findFirst()
                    .ifPresent(child -> implied.put(
                            Criterion.UNDER_13_SEXUAL_ACTS,
                            child.ref() + ", aged " + child.age()
                                    + ", is pictured in imagery reported as a sexual act"));
        }
        if (imagery.contains(ImageryCategory.UNUSUAL_OR_VIOLENT_ACT)) {
            implied.put(Criterion.UNUSUAL_OR_VIOLENT_ACTS, "the imagery is reported as an unusual or violent act");
        }
        if (!adults.isEmpty()) {
            implied.put(
                    Criterion.ADULT_INVOLVED,
                    "an adult in a position of trust (" + adults.getFirst().ref() + ") is recorded as involved");
        }
        return implied;
    }

    private ChildInvolved child(String childRef) {
        return children.stream()
                .filter(child -> child.ref().equals(childRef))
                .findFirst()
                .orElseThrow(() -> new UnknownChildException(caseId, childRef));
    }

    private School school(SchoolDirectory schools) {
        return schools.find(schoolUrn).orElseThrow(() -> new UnknownSchoolException(schoolUrn));
    }

    private static Set<Criterion> copyOf(Set<Criterion> criteria) {
        Set<Criterion> copy = EnumSet.noneOf(Criterion.class);
        copy.addAll(criteria);
        return copy;
    }

    private static void requireRecipients(Set<Agency> recipients) {
        if (recipients == null || recipients.isEmpty()) {
            throw new ReferralRecipientRequiredException();
        }
    }

    private static void requireRationale(String rationale, String what) {
        if (rationale == null || rationale.strip().length() < CaseLimits.MIN_RATIONALE_LENGTH) {
            throw new RationaleRequiredException(what);
        }
    }

    private static void requireDetail(Object value, String detail) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new RequiredDetailMissingException(detail);
        }
    }

    private static void requireNotInFuture(Instant time, Instant now, String what) {
        if (time != null && time.isAfter(now.plus(CaseLimits.CLOCK_SKEW))) {
            throw new TimeInFutureException(what);
        }
    }

    private static void validateChildren(List<ChildInvolved> children) {
        if (children == null || children.isEmpty()) {
            throw new InvalidChildrenException("Name at least one child involved, by a ref such as child-1.");
        }
        if (children.size() > CaseLimits.MAX_CHILDREN) {
            throw new InvalidChildrenException("A case holds at most " + CaseLimits.MAX_CHILDREN + " children.");
        }
        Set<String> refs = new HashSet<>();
        for (ChildInvolved child : children) {
            if (child.ref() == null || !CHILD_REF.matcher(child.ref()).matches()) {
                throw new InvalidChildrenException("Children are named by pseudonymous refs such as child-1 only.");
            }
            if (!refs.add(child.ref())) {
                throw new InvalidChildrenException("The ref " + child.ref() + " is used twice.");
            }
            if (child.age() < CaseLimits.MIN_CHILD_AGE || child.age() > CaseLimits.MAX_CHILD_AGE) {
                throw new InvalidChildrenException("The age of " + child.ref() + " must be between "
                        + CaseLimits.MIN_CHILD_AGE + " and " + CaseLimits.MAX_CHILD_AGE
                        + "; anyone 18 or over is an adult involved.");
            }
            if (child.yearGroup() == null
                    || !YEAR_GROUP.matcher(child.yearGroup()).matches()) {
                throw new InvalidChildrenException(
                        "The year group of " + child.ref() + " must read like Year 9, Reception or Nursery.");
            }
            if (child.roles().isEmpty()) {
                throw new InvalidChildrenException("Give at least one role for " + child.ref() + ".");
            }
        }
    }

    /** Where a confiscated device is, and whether the school has decided what happens to it. */
    private enum DeviceCustody {
        WITH_SCHOOL,
        WITH_POLICE,
        CLEARED_BY_SCHOOL,
        RETURNED;

        boolean decided() {
            return this != WITH_SCHOOL;
        }
    }
}
