package org.casebridge.police.escalation.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.casebridge.police.shared.ForceAccess.optionalText;
import static org.casebridge.police.shared.ForceAccess.requireFact;
import static org.casebridge.police.shared.ForceAccess.requireOfficerOf;
import static org.casebridge.police.shared.ForceAccess.requireRationale;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebridge.platform.domain.ActedBy;
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
import org.casebridge.police.escalation.command.EscalationEvent.ReferralCriteriaUpdatedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.SchoolChildChangedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.SchoolClosedCaseEvent;
import org.casebridge.police.escalation.command.EscalationEvent.StrategyMeetingClockStoppedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.StrategyMeetingOverdueEvent;
import org.casebridge.police.escalation.command.EscalationEvent.VictimCrimeRecordedEvent;
import org.casebridge.police.escalation.command.EscalationRuleViolations.AdultCautionRequiresAdultException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.AggravatingFactorRepeatedException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.AggravatingFactorsNotAssessedException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.ChildRoleUnchangedException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.ChildRolesIncompleteException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.ClassificationUnchangedException;
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
import org.casebridge.police.escalation.command.EscalationRuleViolations.UnknownChildException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.UnknownForceException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.VictimCrimeAlreadyRecordedException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.YouthCautionRequiresChildSuspectException;
import org.casebridge.police.reference.Force;
import org.casebridge.police.reference.ForceDirectory;
import org.casebridge.police.reference.HocrClassification;
import org.casebridge.police.reference.OutcomeCode;
import org.casebridge.police.shared.InformationRequiredException;
import org.casebridge.police.shared.PoliceRoles;

/**
 * A school's referral as its force handles it, from the inbox to the assigned outcome. The crime record, the
 * aggravating-factor assessment and the outcome live here together because the outcome rules read both: Outcome 21
 * is refused while factors that bar it are recorded, a sanction needs a suspect, and a suspect needs factors. A
 * school's re-escalation opens a new round whatever the state: the escalation is new in the inbox again, and the
 * next accept or decline answers that round.
 */
@Aggregate
public class Escalation {

    private static final String WHAT = "escalation";
    /** The id Casebridge's MoPI review job acts under, as {@link ActedBy#SYSTEM} of the force (ADR 0053). */
    public static final String MOPI_REVIEW = "casebridge:mopi-review";

    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** The school's criteria that point to an aggravating factor, so that "none found" must say why. */
    static final Set<String> CRITERIA_POINTING_TO_A_FACTOR =
            Set.of("ADULT_INVOLVED", "COERCION_OR_GROOMING_OR_CAPACITY", "IMMEDIATE_RISK_OF_HARM");

    /** Outcomes after which the standard statement on non-conviction information is given. */
    private static final Set<OutcomeCode> NON_CONVICTION =
            EnumSet.of(OutcomeCode.OUTCOME_21, OutcomeCode.OUTCOME_22, OutcomeCode.NO_FURTHER_ACTION);

    @AggregateIdentifier
    private String caseId;

    private String forceCode;
    private EscalationStatus status;
    private ActedBy acceptedBy;
    private List<String> criteriaMet;
    private Set<String> childRefs;
    private Instant strategyMeetingDueBy;
    private boolean crimeRecorded;
    private Map<String, ChildRole> childRoles = Map.of();
    private List<FactorFinding> findings;
    private Proposal pendingProposal;
    private OutcomeCode assignedOutcome;
    private boolean strategyMeetingOverdue;
    private boolean strategyMeetingClockStopped;
    private int round = 1;
    private Instant lastEscalatedAt;
    private HocrClassification classification;
    /**
     * The MoPI review date the record was last marked due for review on; none again once the force declines it or
     * records a crime, each of which starts its own review clock (ADR 0076).
     */
    private LocalDate reviewDueOn;

    private boolean personalDetailsErased;

    /** Since when the escalation is under a legal hold (ADR 0081); null when it is under none. */
    private Instant legalHoldSince;

    /** Whether a force ever transferred it to another force: its review clock when no other applies (ADR 0076). */
    private boolean transferred;

    private String caseReference;

    private Set<String> victimsWithACrime = new HashSet<>();

    private record Proposal(OutcomeCode outcome, String rationale, String diversionaryActivity, ActedBy proposedBy) {}

    protected Escalation() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReceiveEscalationCommand command, StrategyMeetingClock meetingClock, Clock clock) {
        ActedBy school = PoliceRoles.school(command.schoolUrn());
        if (caseId == null) {
            apply(new EscalationReceivedEvent(
                    command.caseId(),
                    command.forceCode(),
                    command.schoolUrn(),
                    command.localAuthorityCode(),
                    command.criteriaMet(),
                    command.children(),
                    command.referredAt(),
                    meetingClock.dueBy(command.referredAt(), command.criteriaMet()),
                    school,
                    clock.instant()));
            return;
        }
        if (!command.referredAt().isAfter(lastEscalatedAt)) {
            return;
        }
        Set<String> criteria = new LinkedHashSet<>(criteriaMet);
        List<String> newlyMet = command.criteriaMet().stream()
                .filter(c -> !criteriaMet.contains(c))
                .distinct()
                .toList();
        criteria.addAll(newlyMet);
        apply(new EscalationRoundOpenedEvent(
                caseId,
                forceCode,
                round + 1,
                List.copyOf(criteria),
                newlyMet,
                command.children(),
                status,
                assignedOutcome,
                command.referredAt(),
                newlyMet.isEmpty() ? null : meetingClock.dueBy(command.referredAt(), criteria),
                school,
                clock.instant()));
    }

    /** The school's reference for the case; the same reference again changes nothing. */
    @CommandHandler
    public void handle(RecordCaseReferenceCommand command, Clock clock) {
        if (command.caseReference() == null
                || command.caseReference().isBlank()
                || command.caseReference().equals(caseReference)) {
            return;
        }
        apply(new CaseReferenceLearnedEvent(
                caseId, forceCode, command.caseReference(), PoliceRoles.school(command.schoolUrn()), clock.instant()));
    }

    @EventSourcingHandler
    void on(CaseReferenceLearnedEvent event) {
        caseReference = event.caseReference();
    }

    @CommandHandler
    public void handle(RecordSchoolClosureCommand command, Clock clock) {
        apply(new SchoolClosedCaseEvent(
                caseId,
                forceCode,
                command.closedWithoutPoliceOutcome(),
                command.closedAt(),
                PoliceRoles.school(command.schoolUrn()),
                clock.instant()));
    }

    /** The school's own record changed: the force sees it, and may give an added child a role in the crime. */
    @CommandHandler
    public void handle(RecordSchoolChildChangeCommand command, Clock clock) {
        apply(new SchoolChildChangedEvent(
                caseId,
                forceCode,
                command.before(),
                command.after(),
                command.changedAt(),
                PoliceRoles.school(command.schoolUrn()),
                clock.instant()));
    }

    @CommandHandler
    public void handle(AcceptEscalationCommand command, Clock clock) {
        requireOfficerOf(command.actor(), forceCode, WHAT, caseId);
        requireNotDeclined();
        if (status == EscalationStatus.ACCEPTED) {
            if (acceptedBy.id().equals(command.actor().id())) {
                return;
            }
            throw new EscalationAlreadyAcceptedException(caseId, acceptedBy);
        }
        apply(new EscalationAcceptedEvent(caseId, forceCode, command.actor(), clock.instant()));
    }

    @CommandHandler
    public void handle(DeclineEscalationCommand command, Clock clock) {
        requireOfficerOf(command.actor(), forceCode, WHAT, caseId);
        requireNotDeclined();
        if (round == 1) {
            requireCrimeNotRecorded();
        }
        String reason = requireRationale(command.reason(), "decline an escalation");
        apply(new EscalationDeclinedEvent(caseId, forceCode, reason, command.actor(), clock.instant()));
    }

    @CommandHandler
    public void handle(TransferEscalationCommand command, ForceDirectory forces, Clock clock) {
        requireOfficerOf(command.actor(), forceCode, WHAT, caseId);
        requireNotDeclined();
        requireCrimeNotRecorded();
        String reason = requireRationale(command.reason(), "transfer an escalation to another force");
        String to = requireFact(command.toForceCode(), "force to transfer to");
        if (forces.find(to).isEmpty()) {
            throw new UnknownForceException(to);
        }
        if (to.equals(forceCode)) {
            throw new TransferToSameForceException(to);
        }
        apply(new EscalationTransferredEvent(caseId, forceCode, to, reason, command.actor(), clock.instant()));
    }

    @CommandHandler
    public void handle(
            RecordCrimeCommand command, ForceDirectory forces, CrimeReferenceRegistry references, Clock clock) {
        requireActiveOfficer(command.actor());
        if (crimeRecorded) {
            throw new CrimeAlreadyRecordedException(caseId);
        }
        requireFact(
                command.classification() == null
                        ? null
                        : command.classification().code(),
                "classification");
        String reference = requireFact(command.crimeReference(), "crime reference");
        Force force = forces.find(forceCode).orElseThrow(() -> new UnknownForceException(forceCode));
        if (!force.accepts(reference)) {
            throw new CrimeReferenceFormatException(forceCode, force.crimeReferenceExample());
        }
        Instant now = clock.instant();
        Instant recordedAt = command.recordedAt() == null ? now : command.recordedAt();
        if (recordedAt.isAfter(now)) {
            throw new TimeInFutureException("time the crime was recorded", recordedAt);
        }
        Map<String, ChildRole> roles = rolesOf(command.childRoles());
        if (roles.containsValue(ChildRole.SUSPECT) && !aggravated()) {
            throw new SuspectRequiresAggravatingFactorsException();
        }
        if (!references.claim(forceCode, reference, caseId)) {
            throw new CrimeReferenceInUseException(forceCode, reference);
        }
        apply(new CrimeRecordedEvent(
                caseId,
                forceCode,
                command.classification(),
                reference,
                recordedAt,
                command.childRoles(),
                command.actor(),
                now));
    }

    @CommandHandler
    public void handle(AssessAggravatingFactorsCommand command, Clock clock) {
        requireActiveOfficer(command.actor());
        requireNoAssignedOutcome();
        Set<AggravatingFactor> seen = EnumSet.noneOf(AggravatingFactor.class);
        List<FactorFinding> cleaned = new ArrayList<>();
        for (FactorFinding finding : command.findings()) {
            AggravatingFactor factor = finding.factor();
            requireFact(factor == null ? null : factor.name(), "aggravating factor");
            if (!seen.add(factor)) {
                throw new AggravatingFactorRepeatedException(factor);
            }
            cleaned.add(new FactorFinding(factor, requireFact(finding.notes(), "notes on " + factor)));
        }
        boolean aggravated = !cleaned.isEmpty();
        if (!aggravated && childRoles.containsValue(ChildRole.SUSPECT)) {
            throw new SuspectRequiresAggravatingFactorsException();
        }
        List<String> pointing = criteriaMet.stream()
                .filter(CRITERIA_POINTING_TO_A_FACTOR::contains)
                .toList();
        if (!aggravated && !pointing.isEmpty()) {
            String reason = optionalText(command.noFactorsReason());
            if (reason == null || reason.length() < 20) {
                throw new NoFactorsReasonRequiredException(pointing);
            }
            apply(new NoFactorsReasonRecordedEvent(
                    caseId, forceCode, pointing, reason, command.actor(), clock.instant()));
        }
        apply(new AggravatingFactorsAssessedEvent(
                caseId,
                forceCode,
                cleaned,
                aggravated ? PolicePath.POLICE_IN_CONTROL : PolicePath.SUPPORT_VICTIMS_AND_ASSIST_SCHOOL,
                aggravated,
                command.actor(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(ProposeOutcomeCommand command, Clock clock) {
        requireActiveOfficer(command.actor());
        requireNoAssignedOutcome();
        if (!crimeRecorded) {
            throw new CrimeNotRecordedException(caseId);
        }
        if (findings == null) {
            throw new AggravatingFactorsNotAssessedException(caseId);
        }
        if (pendingProposal != null) {
            throw new OutcomeProposalPendingException(caseId, pendingProposal.outcome());
        }
        OutcomeCode outcome = command.outcome();
        requireFact(outcome == null ? null : outcome.name(), "outcome");
        String rationale = switch (outcome.needs()) {
            case RATIONALE ->
                requireRationale(
                        command.rationale(),
                        "propose " + outcome
                                + (outcome == OutcomeCode.OUTCOME_21
                                        ? " (why further investigation is not in the public interest)"
                                        : ""));
            case DIVERSIONARY_ACTIVITY, NOTHING_MORE -> optionalText(command.rationale());
        };
        String activity = optionalText(command.diversionaryActivity());
        if (outcome.needs() == OutcomeCode.Needs.DIVERSIONARY_ACTIVITY && activity == null) {
            throw new DiversionaryActivityRequiredException();
        }
        requireOutcomeFits(outcome);
        apply(new OutcomeProposedEvent(
                caseId, forceCode, outcome, rationale, activity, command.actor(), clock.instant()));
    }

    @CommandHandler
    public void handle(SignOffOutcomeCommand command, Clock clock) {
        Proposal proposal = requireDecidableProposal(command.actor());
        requireOutcomeFits(proposal.outcome());
        apply(new OutcomeAssignedEvent(
                caseId,
                forceCode,
                proposal.outcome(),
                proposal.rationale(),
                proposal.diversionaryActivity(),
                proposal.proposedBy(),
                command.actor(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(SendBackOutcomeCommand command, Clock clock) {
        Proposal proposal = requireDecidableProposal(command.actor());
        String reason = requireRationale(command.reason(), "send an outcome back");
        apply(new OutcomeSentBackEvent(
                caseId,
                forceCode,
                proposal.outcome(),
                proposal.proposedBy(),
                reason,
                command.actor(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(RecordDisclosureStatementCommand command, Clock clock) {
        requireActiveOfficer(command.actor());
        if (assignedOutcome == null) {
            throw new OutcomeNotAssignedException(caseId);
        }
        if (!NON_CONVICTION.contains(assignedOutcome)) {
            throw new DisclosureStatementNotForOutcomeException(assignedOutcome);
        }
        if (command.givenTo().isEmpty()) {
            throw new InformationRequiredException("recipient of the statement");
        }
        String version = requireFact(command.statementVersion(), "statement version");
        Instant now = clock.instant();
        Instant givenAt = command.givenAt() == null ? now : command.givenAt();
        if (givenAt.isAfter(now)) {
            throw new TimeInFutureException("time the statement was given", givenAt);
        }
        apply(new DisclosureStatementGivenEvent(
                caseId,
                forceCode,
                List.copyOf(new LinkedHashSet<>(command.givenTo())),
                version,
                givenAt,
                command.actor(),
                now));
    }

    @CommandHandler
    public void handle(ReclassifyCrimeCommand command, Clock clock) {
        requireAmendable(command.actor());
        HocrClassification to = command.classification();
        requireFact(to == null ? null : to.code(), "classification");
        if (to == classification) {
            throw new ClassificationUnchangedException(to);
        }
        String reason = requireRationale(command.reason(), "reclassify the crime");
        apply(new CrimeReclassifiedEvent(
                caseId, forceCode, classification, to, reason, command.actor(), clock.instant()));
    }

    @CommandHandler
    public void handle(ChangeChildRoleCommand command, Clock clock) {
        requireAmendable(command.actor());
        String child = requireFact(command.childRef(), "child");
        if (!childRefs.contains(child)) {
            throw new UnknownChildException(child);
        }
        ChildRole from = childRoles.get(child);
        ChildRole to = command.role();
        requireFact(to == null ? null : to.name(), "role");
        if (to == from) {
            throw new ChildRoleUnchangedException(child, to);
        }
        if (to == ChildRole.SUSPECT && !aggravated()) {
            throw new SuspectRequiresAggravatingFactorsException();
        }
        String reason = requireRationale(command.reason(), "change a child's role");
        apply(new ChildRoleChangedEvent(caseId, forceCode, child, from, to, reason, command.actor(), clock.instant()));
    }

    @CommandHandler
    public void handle(
            RecordVictimCrimeCommand command, ForceDirectory forces, CrimeReferenceRegistry references, Clock clock) {
        requireAmendable(command.actor());
        String victim = requireFact(command.victimRef(), "victim");
        if (!childRoles.containsKey(victim)) {
            throw new UnknownChildException(victim);
        }
        if (childRoles.get(victim) != ChildRole.VICTIM) {
            throw new NotAVictimException(victim);
        }
        if (victimsWithACrime.contains(victim)) {
            throw new VictimCrimeAlreadyRecordedException(victim);
        }
        HocrClassification crimeClassification = command.classification();
        requireFact(crimeClassification == null ? null : crimeClassification.code(), "classification");
        String reference = requireFact(command.crimeReference(), "crime reference");
        Force force = forces.find(forceCode).orElseThrow(() -> new UnknownForceException(forceCode));
        if (!force.accepts(reference)) {
            throw new CrimeReferenceFormatException(forceCode, force.crimeReferenceExample());
        }
        Instant now = clock.instant();
        Instant recordedAt = command.recordedAt() == null ? now : command.recordedAt();
        if (recordedAt.isAfter(now)) {
            throw new TimeInFutureException("time the crime was recorded", recordedAt);
        }
        if (!references.claim(forceCode, reference, caseId)) {
            throw new CrimeReferenceInUseException(forceCode, reference);
        }
        apply(new VictimCrimeRecordedEvent(
                caseId, forceCode, victim, crimeClassification, reference, recordedAt, command.actor(), now));
    }

    /**
     * A crime record reaching its MoPI review date is marked due for review, once per review date; never before it,
     * and never for an escalation with no crime recorded (ADR 0053) unless the force declined it or it was transferred
     * to another force: what a force holds of a declined escalation is reviewed as MoPI group 3 from the decline (ADR
     * 0069), and of a transferred one that the receiving force neither declined nor recorded as a crime, as group 3
     * from the last transfer (ADR 0076), so these too can be erased on their review.
     */
    @CommandHandler
    public void handle(FlagCrimeRecordForReviewCommand command, Clock clock) {
        if (!crimeRecorded && status != EscalationStatus.DECLINED && !transferred) {
            throw new CrimeNotRecordedException(caseId);
        }
        requireNoLegalHold("its record is not put to its MoPI review");
        Instant now = clock.instant();
        Instant due = command.dueOn().atStartOfDay(UK).toInstant();
        if (due.isAfter(now)) {
            throw new TimeInFutureException("MoPI review date", due);
        }
        if (command.dueOn().equals(reviewDueOn)) {
            return;
        }
        apply(new CrimeRecordDueForReviewEvent(
                caseId,
                forceCode,
                classification,
                command.mopiGroup(),
                command.dueOn(),
                new ActedBy(MOPI_REVIEW, ActedBy.SYSTEM, forceCode),
                now));
    }

    /**
     * On the MoPI review of the crime record, a supervisor of the holding force erases the case's personal data: once,
     * and only when the record is due for review (reviewed, never deleted silently). The key itself is destroyed by the
     * caller in the same transaction ({@code PersonalDetailsErasure}).
     */
    @CommandHandler
    public void handle(ErasePersonalDetailsCommand command, Clock clock) {
        requireOfficerOf(command.actor(), forceCode, WHAT, caseId);
        if (!PoliceRoles.isSupervisor(command.actor())) {
            throw new SupervisorRequiredException("erases a case's personal data on its review");
        }
        requireNoLegalHold("its personal data is not erased");
        if (reviewDueOn == null) {
            throw new ReviewNotDueException(caseId);
        }
        String reason = requireRationale(command.reason(), "erase a case's personal data");
        if (!personalDetailsErased) {
            apply(new PersonalDetailsErasedEvent(caseId, forceCode, reason, command.actor(), clock.instant()));
        }
    }

    /**
     * A supervisor or an auditor of the holding force sets a legal hold, with the reason (ADR 0081): once, and again
     * only after it is lifted; never after the personal data was erased, as nothing is left to hold.
     */
    @CommandHandler
    public void handle(SetLegalHoldCommand command, Clock clock) {
        requireLegalHoldKeeper(command.actor());
        if (legalHoldSince != null) {
            throw new LegalHoldAlreadySetException(caseId);
        }
        if (personalDetailsErased) {
            throw new PersonalDetailsAlreadyErasedException(caseId);
        }
        String reason = requireRationale(command.reason(), "set a legal hold");
        apply(new LegalHoldSetEvent(caseId, forceCode, reason, command.actor(), clock.instant()));
    }

    /** A supervisor or an auditor of the holding force lifts the legal hold, with the reason (ADR 0081). */
    @CommandHandler
    public void handle(LiftLegalHoldCommand command, Clock clock) {
        requireLegalHoldKeeper(command.actor());
        if (legalHoldSince == null) {
            throw new NoLegalHoldException(caseId);
        }
        String reason = requireRationale(command.reason(), "lift a legal hold");
        apply(new LegalHoldLiftedEvent(caseId, forceCode, reason, command.actor(), clock.instant()));
    }

    /**
     * A supervisor of the holding force (another force's: not found, as for any escalation it may not see), or an
     * auditor of that force; an auditor of another organisation reads the escalation but does not hold it.
     */
    private void requireLegalHoldKeeper(ActedBy actor) {
        if (actor.actsAs(PoliceRoles.AUDITOR)) {
            if (!actor.organisation().equals(forceCode)) {
                throw new LegalHoldKeeperRequiredException();
            }
            return;
        }
        requireOfficerOf(actor, forceCode, WHAT, caseId);
        if (!PoliceRoles.isSupervisor(actor)) {
            throw new LegalHoldKeeperRequiredException();
        }
    }

    private void requireNoLegalHold(String what) {
        if (legalHoldSince != null) {
            throw new UnderLegalHoldException(caseId, legalHoldSince, what);
        }
    }

    @CommandHandler
    public void handle(FlagStrategyMeetingOverdueCommand command, Clock clock) {
        if (strategyMeetingClockRunning()) {
            apply(new StrategyMeetingOverdueEvent(caseId, forceCode, strategyMeetingDueBy, clock.instant()));
        }
    }

    /** A meeting held while the clock runs stops it, in time or late; later meetings of the round change nothing. */
    @CommandHandler
    public void handle(StopStrategyMeetingClockCommand command, Clock clock) {
        if (strategyMeetingClockRunning() && strategyMeetingDueBy != null) {
            apply(new StrategyMeetingClockStoppedEvent(
                    caseId,
                    forceCode,
                    command.meetingId(),
                    strategyMeetingDueBy,
                    command.heldAt(),
                    !command.heldAt().isAfter(strategyMeetingDueBy),
                    clock.instant()));
        }
    }

    private boolean strategyMeetingClockRunning() {
        boolean meetingStillNeeded = findings == null || !findings.isEmpty();
        return status != EscalationStatus.DECLINED
                && meetingStillNeeded
                && !strategyMeetingOverdue
                && !strategyMeetingClockStopped;
    }

    private void requireNotDeclined() {
        if (status == EscalationStatus.DECLINED) {
            throw new EscalationDeclinedException(caseId);
        }
    }

    private void requireCrimeNotRecorded() {
        if (crimeRecorded) {
            throw new CrimeAlreadyRecordedException(caseId);
        }
    }

    private void requireActiveOfficer(ActedBy actor) {
        requireOfficerOf(actor, forceCode, WHAT, caseId);
        requireNotDeclined();
        if (status != EscalationStatus.ACCEPTED) {
            throw new EscalationNotAcceptedException(caseId);
        }
    }

    /** Amendments to the crime record: by an officer of the accepted escalation, while no outcome is assigned. */
    private void requireAmendable(ActedBy actor) {
        requireActiveOfficer(actor);
        requireNoAssignedOutcome();
        if (!crimeRecorded) {
            throw new CrimeNotRecordedException(caseId);
        }
    }

    private void requireNoAssignedOutcome() {
        if (assignedOutcome != null) {
            throw new OutcomeAlreadyAssignedException(caseId, assignedOutcome);
        }
    }

    private Proposal requireDecidableProposal(ActedBy actor) {
        requireOfficerOf(actor, forceCode, WHAT, caseId);
        if (!PoliceRoles.isSupervisor(actor)) {
            throw new SupervisorRequiredException();
        }
        if (pendingProposal == null) {
            throw new NoOutcomeProposalException(caseId);
        }
        if (actor.id().equals(pendingProposal.proposedBy().id())) {
            throw new SelfSignOffException(actor.id());
        }
        return pendingProposal;
    }

    private void requireOutcomeFits(OutcomeCode outcome) {
        List<AggravatingFactor> barring = findings == null
                ? List.of()
                : findings.stream()
                        .map(FactorFinding::factor)
                        .filter(AggravatingFactor::barsOutcome21)
                        .toList();
        if (outcome.refusedWithAggravatingFactors() && !barring.isEmpty()) {
            throw new Outcome21WithAggravatingFactorsException(barring);
        }
        boolean childSuspect = childRoles.containsValue(ChildRole.SUSPECT);
        boolean adultInvolved =
                findings != null && findings.stream().anyMatch(f -> f.factor() == AggravatingFactor.ADULT_INVOLVEMENT);
        if (outcome == OutcomeCode.ADULT_CAUTION && !adultInvolved) {
            throw new AdultCautionRequiresAdultException();
        }
        if (outcome == OutcomeCode.CAUTION && !childSuspect) {
            throw new YouthCautionRequiresChildSuspectException();
        }
        if (outcome.isSanction() && !childSuspect && !adultInvolved) {
            throw new SanctionRequiresSuspectException(outcome);
        }
    }

    private boolean aggravated() {
        return findings != null && !findings.isEmpty();
    }

    private Map<String, ChildRole> rolesOf(List<ChildRoleAssignment> assignments) {
        Map<String, ChildRole> roles = new LinkedHashMap<>();
        Set<String> unknown = new HashSet<>();
        for (ChildRoleAssignment assignment : assignments) {
            if (assignment.role() == null
                    || roles.put(assignment.childRef(), assignment.role()) != null
                    || !childRefs.contains(assignment.childRef())) {
                unknown.add(String.valueOf(assignment.childRef()));
            }
        }
        Set<String> missing = new HashSet<>(childRefs);
        missing.removeAll(roles.keySet());
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new ChildRolesIncompleteException(missing, unknown);
        }
        return roles;
    }

    @EventSourcingHandler
    void on(EscalationReceivedEvent event) {
        caseId = event.caseId();
        forceCode = event.forceCode();
        status = EscalationStatus.NEW;
        criteriaMet = event.criteriaMet();
        childRefs = new LinkedHashSet<>(
                event.children().stream().map(ReferredChild::ref).toList());
        strategyMeetingDueBy = event.strategyMeetingDueBy();
        lastEscalatedAt = event.referredAt();
    }

    @EventSourcingHandler
    void on(SchoolChildChangedEvent event) {
        childRefs.add(event.after().ref());
    }

    @EventSourcingHandler
    void on(EscalationRoundOpenedEvent event) {
        round = event.round();
        lastEscalatedAt = event.escalatedAt();
        criteriaMet = event.criteriaMet();
        event.children().stream().map(ReferredChild::ref).forEach(childRefs::add);
        status = EscalationStatus.NEW;
        acceptedBy = null;
        pendingProposal = null;
        assignedOutcome = null;
        if (event.strategyMeetingDueBy() != null) {
            strategyMeetingDueBy = event.strategyMeetingDueBy();
            strategyMeetingOverdue = false;
            strategyMeetingClockStopped = false;
            findings = null;
        }
    }

    @EventSourcingHandler
    void on(CrimeReclassifiedEvent event) {
        classification = event.to();
    }

    @EventSourcingHandler
    void on(ChildRoleChangedEvent event) {
        Map<String, ChildRole> roles = new LinkedHashMap<>(childRoles);
        roles.put(event.childRef(), event.to());
        childRoles = roles;
    }

    @EventSourcingHandler
    void on(VictimCrimeRecordedEvent event) {
        victimsWithACrime.add(event.victimRef());
    }

    @EventSourcingHandler
    void on(ReferralCriteriaUpdatedEvent event) {
        criteriaMet = event.criteriaMet();
        strategyMeetingDueBy = event.strategyMeetingDueBy();
    }

    @EventSourcingHandler
    void on(EscalationAcceptedEvent event) {
        status = EscalationStatus.ACCEPTED;
        acceptedBy = event.by();
    }

    @EventSourcingHandler
    void on(EscalationDeclinedEvent event) {
        status = EscalationStatus.DECLINED;
        reviewDueOn = null;
    }

    @EventSourcingHandler
    void on(EscalationTransferredEvent event) {
        transferred = true;
        forceCode = event.toForceCode();
        status = EscalationStatus.NEW;
        acceptedBy = null;
    }

    @EventSourcingHandler
    void on(CrimeRecordedEvent event) {
        crimeRecorded = true;
        reviewDueOn = null;
        classification = event.classification();
        event.childRoles().stream()
                .filter(r -> r.role() == ChildRole.VICTIM)
                .findFirst()
                .ifPresent(first -> victimsWithACrime.add(first.childRef()));
        Map<String, ChildRole> roles = new LinkedHashMap<>();
        event.childRoles().forEach(assignment -> roles.put(assignment.childRef(), assignment.role()));
        childRoles = roles;
    }

    @EventSourcingHandler
    void on(AggravatingFactorsAssessedEvent event) {
        findings = event.findings();
    }

    @EventSourcingHandler
    void on(OutcomeProposedEvent event) {
        pendingProposal = new Proposal(event.outcome(), event.rationale(), event.diversionaryActivity(), event.by());
    }

    @EventSourcingHandler
    void on(OutcomeSentBackEvent event) {
        pendingProposal = null;
    }

    @EventSourcingHandler
    void on(OutcomeAssignedEvent event) {
        pendingProposal = null;
        assignedOutcome = event.outcome();
    }

    @EventSourcingHandler
    void on(StrategyMeetingOverdueEvent event) {
        strategyMeetingOverdue = true;
    }

    @EventSourcingHandler
    void on(StrategyMeetingClockStoppedEvent event) {
        strategyMeetingClockStopped = true;
    }

    @EventSourcingHandler
    void on(CrimeRecordDueForReviewEvent event) {
        reviewDueOn = event.dueOn();
    }

    @EventSourcingHandler
    void on(PersonalDetailsErasedEvent event) {
        personalDetailsErased = true;
    }

    @EventSourcingHandler
    void on(LegalHoldSetEvent event) {
        legalHoldSince = event.at();
    }

    @EventSourcingHandler
    void on(LegalHoldLiftedEvent event) {
        legalHoldSince = null;
    }
}
