package org.casebridge.notification.referral.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebridge.notification.referral.command.AgencyCaseCommand.AcknowledgeLadoReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.AcknowledgeReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.CompleteStrategyActionCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.EraseAgencyCaseFreeTextCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.NoteActionAssignedCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.NoteActionCompletedCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.ReceiveLadoReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.ReceiveReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordAllegationMeetingCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordAllegationOutcomeCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordPensionAgeCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordRetentionConsentCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordSection47OutcomeCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.StartSection47EnquiriesCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.WithdrawRetentionConsentCommand;
import org.casebridge.notification.referral.command.AgencyCaseEvent.AcknowledgementOverdueEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.AgencyCaseFreeTextErasedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.AllegationMeetingRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.AllegationOutcomeRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.LadoAcknowledgementOverdueEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.LadoReferralAcknowledgedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.LadoReferralReceivedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.PensionAgeRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.ReferralAcknowledgedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.ReferralReceivedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.RetentionConsentRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.RetentionConsentWithdrawnEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.Section47EnquiriesStartedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.Section47OutcomeRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.StrategyActionCompletedByAgencyEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.StrategyActionConfirmedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.StrategyActionNotedEvent;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.AgencyCaseFreeTextErasedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.AgencyCaseNotConcludedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.AllegationDetailRequiredException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.AllegationMeetingAlreadyRecordedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.AllegationMeetingNotRecordedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.AllegationOutcomeAlreadyRecordedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.AllegationRationaleRequiredException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.ConsentNeedsFalseOrMaliciousOutcomeException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.LadoReferralNotAcknowledgedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.NoLadoReferralException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.NoReferralToAcknowledgeException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.NoRetentionConsentException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.NotTheRetentionJobException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.NotThisAgencyException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.PensionAgeOutOfRangeException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.RetentionConsentAlreadyRecordedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.Section47AlreadyStartedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.Section47NotStartedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.Section47OutcomeAlreadyRecordedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.Section47OutcomeRequiredException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.Section47StartOutOfRangeException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.UnknownAdultException;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.jspecify.annotations.Nullable;

/**
 * One agency's part in one case: the school's referral that the agency directory routed to it, with its
 * acknowledgement clock (one working day, on the persistent DeadlineManager, ADR 0004), its section 47 enquiries,
 * and the strategy-meeting actions the police gave it. Created by whichever comes first, the referral or an action.
 */
@Aggregate
public class AgencyCase {

    /** The deadline that flags a referral not acknowledged in time. */
    public static final String ACKNOWLEDGEMENT_DEADLINE = "csc-acknowledgement-due";

    /** The deadline that flags a LADO referral the LADO did not acknowledge in time (ADR 0065). */
    public static final String LADO_ACKNOWLEDGEMENT_DEADLINE = "lado-acknowledgement-due";

    private static final String AGENCY_ROLE = "AGENCY";

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @AggregateIdentifier
    private String agencyCaseId;

    private String caseId;
    private String agencyId;
    private String schoolUrn;
    private boolean referred;
    private Instant acknowledgeBy;
    private boolean acknowledged;
    private boolean section47Started;
    private @Nullable Instant section47StartedAt;
    private boolean section47Concluded;
    private final Map<String, Action> actions = new HashMap<>();
    private final Set<String> ladoAdults = new HashSet<>();
    private final Map<String, LocalDate> adultsReferredOn = new HashMap<>();
    private final Set<String> consentedToRetention = new HashSet<>();
    private AllegationOutcome allegationOutcome;
    private boolean ladoAcknowledged;
    private Instant ladoAcknowledgeBy;
    private boolean ladoAcknowledgementOverdue;
    private boolean allegationMeetingRecorded;
    private boolean allegationOutcomeRecorded;
    private boolean freeTextErased;

    private record Action(String meetingId, boolean completedByAgency, boolean completed) {}

    protected AgencyCase() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReceiveReferralCommand command, Clock clock, DeadlineManager deadlines) {
        if (referred) {
            return;
        }
        apply(new ReferralReceivedEvent(
                command.agencyCaseId(),
                command.caseId(),
                command.agencyId(),
                command.schoolUrn(),
                command.localAuthorityCode(),
                command.referredAt(),
                command.acknowledgeBy(),
                clock.instant()));
        deadlines.schedule(
                command.acknowledgeBy(), ACKNOWLEDGEMENT_DEADLINE, new AcknowledgementDue(command.acknowledgeBy()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(NoteActionAssignedCommand command, Clock clock) {
        if (actions.containsKey(command.actionId())) {
            return;
        }
        apply(new StrategyActionNotedEvent(
                command.agencyCaseId(),
                command.caseId(),
                command.agencyId(),
                command.meetingId(),
                command.actionId(),
                command.actionType(),
                command.dueBy(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(NoteActionCompletedCommand command) {
        Action action = actions.get(command.actionId());
        if (action != null && !action.completed()) {
            apply(new StrategyActionConfirmedEvent(
                    agencyCaseId, caseId, agencyId, command.actionId(), command.completedAt()));
        }
    }

    /** Answers whether the referral was already acknowledged: a second click changes nothing (ADR 0090). */
    @CommandHandler
    public boolean handle(AcknowledgeReferralCommand command, Clock clock, DeadlineManager deadlines) {
        requireThisAgency(command.by());
        if (!referred) {
            throw new NoReferralToAcknowledgeException();
        }
        if (acknowledged) {
            return true;
        }
        Instant now = clock.instant();
        apply(new ReferralAcknowledgedEvent(
                agencyCaseId, caseId, agencyId, schoolUrn, command.by(), now, now.isAfter(acknowledgeBy)));
        deadlines.cancelAllWithinScope(ACKNOWLEDGEMENT_DEADLINE);
        return false;
    }

    /**
     * Answers whether the enquiries were already recorded as started: a second click (no time, or the same time)
     * changes nothing; another start time is a different decision, refused 409 (ADR 0090).
     */
    @CommandHandler
    public boolean handle(StartSection47EnquiriesCommand command, Clock clock) {
        requireThisAgency(command.by());
        if (section47Started) {
            if (command.startedAt() == null || command.startedAt().equals(section47StartedAt)) {
                return true;
            }
            throw new Section47AlreadyStartedException();
        }
        Instant now = clock.instant();
        Instant startedAt = command.startedAt() == null ? now : command.startedAt();
        if (startedAt.isAfter(now)) {
            throw new Section47StartOutOfRangeException(startedAt);
        }
        apply(new Section47EnquiriesStartedEvent(
                agencyCaseId, caseId, agencyId, schoolUrn, command.by(), startedAt, now));
        return false;
    }

    @CommandHandler
    public void handle(RecordSection47OutcomeCommand command, Clock clock) {
        requireThisAgency(command.by());
        if (command.outcome() == null) {
            throw new Section47OutcomeRequiredException();
        }
        if (!section47Started) {
            throw new Section47NotStartedException();
        }
        if (section47Concluded) {
            throw new Section47OutcomeAlreadyRecordedException();
        }
        apply(new Section47OutcomeRecordedEvent(
                agencyCaseId, caseId, agencyId, schoolUrn, command.outcome(), command.by(), clock.instant()));
    }

    /** Answers whether the action was already complete: a second click changes nothing (ADR 0090). */
    @CommandHandler
    public boolean handle(CompleteStrategyActionCommand command, Clock clock) {
        requireThisAgency(command.by());
        Action action = actions.get(command.actionId());
        if (action == null) {
            throw new NotFoundException("action", command.actionId());
        }
        if (action.completed() || action.completedByAgency()) {
            return true;
        }
        apply(new StrategyActionCompletedByAgencyEvent(
                agencyCaseId,
                caseId,
                agencyId,
                schoolUrn,
                action.meetingId(),
                command.actionId(),
                command.by(),
                clock.instant()));
        return false;
    }

    /**
     * A school's referral to the LADO (KCSIE Part 4, ADR 0055). Once per adult: a redelivery, or a second referral
     * naming only adults already referred, changes nothing. The first starts the LADO's one-working-day acknowledgement
     * clock on the persistent DeadlineManager (ADR 0065); a further referral keeps it.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReceiveLadoReferralCommand command, Clock clock, DeadlineManager deadlines) {
        List<LadoAdult> newAdults = command.adults().stream()
                .filter(adult -> !ladoAdults.contains(adult.ref()))
                .toList();
        if (newAdults.isEmpty()) {
            return;
        }
        boolean clockStarts = ladoAcknowledgeBy == null;
        apply(new LadoReferralReceivedEvent(
                command.agencyCaseId(),
                command.caseId(),
                command.agencyId(),
                command.schoolUrn(),
                command.localAuthorityCode(),
                newAdults,
                command.children(),
                command.referralDueBy(),
                command.late(),
                command.referredAt(),
                ladoAcknowledgeBy == null ? command.acknowledgeBy() : ladoAcknowledgeBy,
                clock.instant()));
        if (clockStarts) {
            deadlines.schedule(
                    command.acknowledgeBy(),
                    LADO_ACKNOWLEDGEMENT_DEADLINE,
                    new AcknowledgementDue(command.acknowledgeBy()));
        }
    }

    /** Answers whether the LADO referral was already acknowledged: a second click changes nothing (ADR 0090). */
    @CommandHandler
    public boolean handle(AcknowledgeLadoReferralCommand command, Clock clock, DeadlineManager deadlines) {
        requireThisAgency(command.by());
        requireLadoReferral();
        if (ladoAcknowledged) {
            return true;
        }
        Instant now = clock.instant();
        apply(new LadoReferralAcknowledgedEvent(
                agencyCaseId, caseId, agencyId, schoolUrn, command.by(), now, now.isAfter(ladoAcknowledgeBy)));
        deadlines.cancelAllWithinScope(LADO_ACKNOWLEDGEMENT_DEADLINE);
        return false;
    }

    @CommandHandler
    public void handle(RecordAllegationMeetingCommand command, Clock clock) {
        requireThisAgency(command.by());
        requireLadoReferral();
        if (!ladoAcknowledged) {
            throw new LadoReferralNotAcknowledgedException();
        }
        if (allegationMeetingRecorded) {
            throw new AllegationMeetingAlreadyRecordedException();
        }
        Instant now = clock.instant();
        if (command.heldOn() == null) {
            throw new AllegationDetailRequiredException("Give the day the allegation management meeting was held.");
        }
        if (command.heldOn().isAfter(LocalDate.ofInstant(now, UK))) {
            throw new AllegationDetailRequiredException("The meeting's day cannot be in the future.");
        }
        List<MeetingAttendee> attendees = command.attendees() == null ? List.of() : command.attendees();
        if (attendees.isEmpty() || attendees.size() > AgencyCaseRuleViolations.MAX_ATTENDEES) {
            throw new AllegationDetailRequiredException("Give between 1 and " + AgencyCaseRuleViolations.MAX_ATTENDEES
                    + " attendees, each by role and organisation.");
        }
        for (MeetingAttendee attendee : attendees) {
            if (attendee.role() == null
                    || attendee.organisation() == null
                    || attendee.organisation().isBlank()
                    || attendee.organisation().length() > AgencyCaseRuleViolations.MAX_ORGANISATION) {
                throw new AllegationDetailRequiredException(
                        "Give each attendee's role and the organisation they came from (at most "
                                + AgencyCaseRuleViolations.MAX_ORGANISATION + " characters).");
            }
        }
        requireRationale(command.rationale(), "The meeting's decision");
        apply(new AllegationMeetingRecordedEvent(
                agencyCaseId,
                caseId,
                agencyId,
                schoolUrn,
                command.by(),
                command.heldOn(),
                attendees,
                command.rationale(),
                now));
    }

    @CommandHandler
    public void handle(RecordAllegationOutcomeCommand command, Clock clock) {
        requireThisAgency(command.by());
        requireLadoReferral();
        if (!allegationMeetingRecorded) {
            throw new AllegationMeetingNotRecordedException();
        }
        if (allegationOutcomeRecorded) {
            throw new AllegationOutcomeAlreadyRecordedException();
        }
        if (command.outcome() == null) {
            throw new AllegationDetailRequiredException(
                    "Choose the outcome: substantiated, unsubstantiated, unfounded, false or malicious.");
        }
        requireRationale(command.rationale(), "The allegation's outcome");
        apply(new AllegationOutcomeRecordedEvent(
                agencyCaseId,
                caseId,
                agencyId,
                schoolUrn,
                command.by(),
                command.outcome(),
                command.rationale(),
                clock.instant()));
    }

    /**
     * The agency case's retention ended (ADR 0075): recorded once, by the retention job acting for this agency, on a
     * LADO case whose allegation has its outcome; the caller destroys the key in the same transaction. Again, it
     * changes nothing.
     */
    @CommandHandler
    public void handle(EraseAgencyCaseFreeTextCommand command, Clock clock) {
        ActedBy by = command.by();
        if (by == null || !ActedBy.SYSTEM.equals(by.role()) || !agencyId.equals(by.organisation())) {
            throw new NotTheRetentionJobException();
        }
        if (!allegationOutcomeRecorded) {
            throw new AgencyCaseNotConcludedException();
        }
        if (command.record() == null
                || command.retentionEndedOn() == null
                || command.reason() == null
                || command.reason().isBlank()) {
            throw new IllegalArgumentException("An erasure names its schedule, the day it ended and why");
        }
        if (freeTextErased) {
            return;
        }
        apply(new AgencyCaseFreeTextErasedEvent(
                agencyCaseId,
                caseId,
                agencyId,
                schoolUrn,
                command.record(),
                command.retentionEndedOn(),
                by,
                clock.instant(),
                command.reason()));
    }

    /**
     * The day the adult reaches normal pension age, or not known (null): KCSIE Part 4 keeps the record of an allegation
     * that was not false or malicious until then when that is later than ten years (ADR 0084). Not before the day the
     * allegation reached the LADO, nor more than sixty years after it; never once the record is erased.
     */
    @CommandHandler
    public void handle(RecordPensionAgeCommand command, Clock clock) {
        requireThisAgency(command.by());
        requireLadoReferral();
        LocalDate allegedOn = requireAdult(command.adultRef());
        requireNotErased();
        LocalDate pensionAgeOn = command.pensionAgeOn();
        if (pensionAgeOn != null && pensionAgeOn.isBefore(allegedOn)) {
            throw new PensionAgeOutOfRangeException("The normal pension age cannot be before the allegation ("
                    + allegedOn + "): give the day the adult reaches it, or say it is not known.");
        }
        if (pensionAgeOn != null
                && pensionAgeOn.isAfter(allegedOn.plusYears(AgencyCaseRuleViolations.MAX_YEARS_TO_PENSION_AGE))) {
            throw new PensionAgeOutOfRangeException("The normal pension age cannot be more than "
                    + AgencyCaseRuleViolations.MAX_YEARS_TO_PENSION_AGE + " years after the allegation.");
        }
        apply(new PensionAgeRecordedEvent(
                agencyCaseId,
                caseId,
                agencyId,
                schoolUrn,
                command.adultRef(),
                pensionAgeOn == null ? null : pensionAgeOn.toString(),
                command.by(),
                clock.instant()));
    }

    /**
     * The adult's consent to keep the record of a false or malicious allegation (KCSIE Part 4, ADR 0084): only on such an
     * outcome, once while it stands, with its basis, and never once the record is erased.
     */
    @CommandHandler
    public void handle(RecordRetentionConsentCommand command, Clock clock) {
        requireThisAgency(command.by());
        requireLadoReferral();
        requireAdult(command.adultRef());
        requireNotErased();
        if (allegationOutcome != AllegationOutcome.FALSE && allegationOutcome != AllegationOutcome.MALICIOUS) {
            throw new ConsentNeedsFalseOrMaliciousOutcomeException();
        }
        if (consentedToRetention.contains(command.adultRef())) {
            throw new RetentionConsentAlreadyRecordedException(command.adultRef());
        }
        requireRationale(command.basis(), "The consent");
        apply(new RetentionConsentRecordedEvent(
                agencyCaseId,
                caseId,
                agencyId,
                schoolUrn,
                command.adultRef(),
                command.by(),
                command.basis(),
                clock.instant()));
    }

    /** The adult withdrew their consent: the record is due for erasure again (ADR 0084). */
    @CommandHandler
    public void handle(WithdrawRetentionConsentCommand command, Clock clock) {
        requireThisAgency(command.by());
        requireLadoReferral();
        requireAdult(command.adultRef());
        requireNotErased();
        if (!consentedToRetention.contains(command.adultRef())) {
            throw new NoRetentionConsentException(command.adultRef());
        }
        requireRationale(command.rationale(), "The withdrawal of consent");
        apply(new RetentionConsentWithdrawnEvent(
                agencyCaseId,
                caseId,
                agencyId,
                schoolUrn,
                command.adultRef(),
                command.by(),
                command.rationale(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(RetentionConsentRecordedEvent event) {
        consentedToRetention.add(event.adultRef());
    }

    @EventSourcingHandler
    void on(RetentionConsentWithdrawnEvent event) {
        consentedToRetention.remove(event.adultRef());
    }

    private LocalDate requireAdult(String adultRef) {
        LocalDate referredOn = adultRef == null ? null : adultsReferredOn.get(adultRef);
        if (referredOn == null) {
            throw new UnknownAdultException();
        }
        return referredOn;
    }

    private void requireNotErased() {
        if (freeTextErased) {
            throw new AgencyCaseFreeTextErasedException();
        }
    }

    @EventSourcingHandler
    void on(AgencyCaseFreeTextErasedEvent event) {
        freeTextErased = true;
    }

    private void requireLadoReferral() {
        if (ladoAdults.isEmpty()) {
            throw new NoLadoReferralException();
        }
    }

    private static void requireRationale(String rationale, String what) {
        if (rationale == null || rationale.strip().length() < AgencyCaseRuleViolations.MIN_RATIONALE) {
            throw new AllegationRationaleRequiredException(what);
        }
        if (rationale.length() > AgencyCaseRuleViolations.MAX_RATIONALE) {
            throw new AllegationDetailRequiredException(
                    "A rationale is at most " + AgencyCaseRuleViolations.MAX_RATIONALE + " characters.");
        }
    }

    @EventSourcingHandler
    void on(LadoReferralReceivedEvent event) {
        identify(event.agencyCaseId(), event.caseId(), event.agencyId());
        schoolUrn = event.schoolUrn();
        event.adults().forEach(adult -> ladoAdults.add(adult.ref()));
        LocalDate referredOn = LocalDate.ofInstant(event.referredAt(), UK);
        event.adults().forEach(adult -> adultsReferredOn.putIfAbsent(adult.ref(), referredOn));
        ladoAcknowledgeBy = event.acknowledgeBy();
    }

    @EventSourcingHandler
    void on(LadoReferralAcknowledgedEvent event) {
        ladoAcknowledged = true;
    }

    @EventSourcingHandler
    void on(AllegationMeetingRecordedEvent event) {
        allegationMeetingRecorded = true;
    }

    @EventSourcingHandler
    void on(AllegationOutcomeRecordedEvent event) {
        allegationOutcomeRecorded = true;
        allegationOutcome = event.outcome();
    }

    @DeadlineHandler(deadlineName = LADO_ACKNOWLEDGEMENT_DEADLINE)
    public void onLadoAcknowledgementDue(AcknowledgementDue due, Clock clock) {
        if (!ladoAdults.isEmpty() && !ladoAcknowledged && !ladoAcknowledgementOverdue) {
            apply(new LadoAcknowledgementOverdueEvent(
                    agencyCaseId, caseId, agencyId, schoolUrn, due.acknowledgeBy(), clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(LadoAcknowledgementOverdueEvent event) {
        ladoAcknowledgementOverdue = true;
    }

    @DeadlineHandler(deadlineName = ACKNOWLEDGEMENT_DEADLINE)
    public void onAcknowledgementDue(AcknowledgementDue due, Clock clock) {
        if (referred && !acknowledged) {
            apply(new AcknowledgementOverdueEvent(
                    agencyCaseId, caseId, agencyId, schoolUrn, due.acknowledgeBy(), clock.instant()));
        }
    }

    private void requireThisAgency(ActedBy by) {
        if (!AGENCY_ROLE.equals(by.role()) || !by.organisation().equals(agencyId)) {
            throw new NotThisAgencyException();
        }
    }

    @EventSourcingHandler
    void on(ReferralReceivedEvent event) {
        identify(event.agencyCaseId(), event.caseId(), event.agencyId());
        referred = true;
        schoolUrn = event.schoolUrn();
        acknowledgeBy = event.acknowledgeBy();
    }

    @EventSourcingHandler
    void on(StrategyActionNotedEvent event) {
        identify(event.agencyCaseId(), event.caseId(), event.agencyId());
        actions.put(event.actionId(), new Action(event.meetingId(), false, false));
    }

    @EventSourcingHandler
    void on(ReferralAcknowledgedEvent event) {
        acknowledged = true;
    }

    @EventSourcingHandler
    void on(Section47EnquiriesStartedEvent event) {
        section47Started = true;
        section47StartedAt = event.startedAt();
    }

    @EventSourcingHandler
    void on(Section47OutcomeRecordedEvent event) {
        section47Concluded = true;
    }

    @EventSourcingHandler
    void on(StrategyActionCompletedByAgencyEvent event) {
        actions.computeIfPresent(event.actionId(), (id, a) -> new Action(a.meetingId(), true, a.completed()));
    }

    @EventSourcingHandler
    void on(StrategyActionConfirmedEvent event) {
        actions.computeIfPresent(event.actionId(), (id, a) -> new Action(a.meetingId(), a.completedByAgency(), true));
    }

    private void identify(String id, String caseId, String agencyId) {
        this.agencyCaseId = id;
        this.caseId = caseId;
        this.agencyId = agencyId;
    }
}
