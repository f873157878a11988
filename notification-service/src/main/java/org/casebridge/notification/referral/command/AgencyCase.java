package org.casebridge.notification.referral.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebridge.notification.referral.command.AgencyCaseCommand.AcknowledgeReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.CompleteStrategyActionCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.NoteActionAssignedCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.NoteActionCompletedCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.ReceiveReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordSection47OutcomeCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.StartSection47EnquiriesCommand;
import org.casebridge.notification.referral.command.AgencyCaseEvent.AcknowledgementOverdueEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.ReferralAcknowledgedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.ReferralReceivedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.Section47EnquiriesStartedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.Section47OutcomeRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.StrategyActionCompletedByAgencyEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.StrategyActionConfirmedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.StrategyActionNotedEvent;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.ActionAlreadyCompletedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.NoReferralToAcknowledgeException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.NotThisAgencyException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.ReferralAlreadyAcknowledgedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.Section47AlreadyStartedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.Section47NotStartedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.Section47OutcomeAlreadyRecordedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.Section47OutcomeRequiredException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.Section47StartOutOfRangeException;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;

/**
 * One agency's part in one case: the school's referral that the agency directory routed to it, with its
 * acknowledgement clock (one working day, on the persistent DeadlineManager, ADR 0004), its section 47 enquiries,
 * and the strategy-meeting actions the police gave it. Created by whichever comes first, the referral or an action.
 */
@Aggregate
public class AgencyCase {

    /** The deadline that flags a referral not acknowledged in time. */
    public static final String ACKNOWLEDGEMENT_DEADLINE = "csc-acknowledgement-due";

    private static final String AGENCY_ROLE = "AGENCY";

    @AggregateIdentifier
    private String agencyCaseId;

    private String caseId;
    private String agencyId;
    private String schoolUrn;
    private boolean referred;
    private Instant acknowledgeBy;
    private boolean acknowledged;
    private boolean section47Started;
    private boolean section47Concluded;
    private final Map<String, Action> actions = new HashMap<>();

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

    @CommandHandler
    public void handle(AcknowledgeReferralCommand command, Clock clock, DeadlineManager deadlines) {
        requireThisAgency(command.by());
        if (!referred) {
            throw new NoReferralToAcknowledgeException();
        }
        if (acknowledged) {
            throw new ReferralAlreadyAcknowledgedException();
        }
        Instant now = clock.instant();
        apply(new ReferralAcknowledgedEvent(
                agencyCaseId, caseId, agencyId, schoolUrn, command.by(), now, now.isAfter(acknowledgeBy)));
        deadlines.cancelAllWithinScope(ACKNOWLEDGEMENT_DEADLINE);
    }

    @CommandHandler
    public void handle(StartSection47EnquiriesCommand command, Clock clock) {
        requireThisAgency(command.by());
        if (section47Started) {
            throw new Section47AlreadyStartedException();
        }
        Instant now = clock.instant();
        Instant startedAt = command.startedAt() == null ? now : command.startedAt();
        if (startedAt.isAfter(now)) {
            throw new Section47StartOutOfRangeException(startedAt);
        }
        apply(new Section47EnquiriesStartedEvent(
                agencyCaseId, caseId, agencyId, schoolUrn, command.by(), startedAt, now));
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

    @CommandHandler
    public void handle(CompleteStrategyActionCommand command, Clock clock) {
        requireThisAgency(command.by());
        Action action = actions.get(command.actionId());
        if (action == null) {
            throw new NotFoundException("action", command.actionId());
        }
        if (action.completed() || action.completedByAgency()) {
            throw new ActionAlreadyCompletedException(command.actionId());
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
