package org.casebridge.police.strategy.process;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.casebridge.police.escalation.command.EscalationCommand.FlagStrategyMeetingOverdueCommand;
import org.casebridge.police.escalation.command.EscalationCommand.StopStrategyMeetingClockCommand;
import org.casebridge.police.escalation.command.EscalationEvent.AggravatingFactorsAssessedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationDeclinedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationReceivedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationRoundOpenedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.OutcomeAssignedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.ReferralCriteriaUpdatedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.FlagActionOverdueCommand;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionAssignedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionCompletedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.StrategyMeetingHeldEvent;

/**
 * The statutory clocks of one case. The strategy-meeting clock starts with the referral (same day where a child is
 * at immediate risk, otherwise the configured time) and stops when a meeting is held or the assessment finds no
 * aggravating factors; each strategy-meeting action has a clock to its due date that stops on completion. When a
 * clock runs out the saga flags it on the aggregate, which records the overdue event; when a meeting is held while
 * the meeting clock runs, the saga tells the aggregate, which records it in time or late (ADR 0067). The saga ends
 * once the outcome is assigned and no clock is running, or when the escalation is declined; an action assigned after
 * that starts a saga of its own that ends with its last action clock. A school's re-escalation that newly meets a
 * criterion starts the meeting clock again, in this saga or, once it ended, in a new one.
 */
@Saga
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class StrategyClocksSaga {

    static final String MEETING_DUE = "strategy-meeting-due";
    static final String ACTION_DUE = "strategy-action-due";

    private String caseId;
    private Instant meetingDueBy;
    private String meetingDeadline;
    private boolean meetingHeld;
    private boolean outcomeAssigned;
    private boolean onlyActionClocks;
    private Map<String, String> actionDeadlines = new HashMap<>();

    /** The payload of the strategy-meeting deadline. */
    public record MeetingDue(String caseId) {}

    /** The payload of an action's deadline. */
    public record ActionDue(String meetingId, String actionId) {}

    @StartSaga
    @SagaEventHandler(associationProperty = "caseId")
    public void on(EscalationReceivedEvent event, DeadlineManager deadlines) {
        caseId = event.caseId();
        meetingDueBy = event.strategyMeetingDueBy();
        meetingDeadline = deadlines.schedule(meetingDueBy, MEETING_DUE, new MeetingDue(caseId));
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "caseId")
    public void on(EscalationRoundOpenedEvent event, DeadlineManager deadlines) {
        if (caseId == null) {
            caseId = event.caseId();
            if (event.strategyMeetingDueBy() == null) {
                SagaLifecycle.end();
                return;
            }
        }
        if (event.strategyMeetingDueBy() == null) {
            return;
        }
        stopMeetingClock(deadlines);
        meetingDueBy = event.strategyMeetingDueBy();
        meetingHeld = false;
        outcomeAssigned = false;
        onlyActionClocks = false;
        meetingDeadline = deadlines.schedule(meetingDueBy, MEETING_DUE, new MeetingDue(caseId));
    }

    @SagaEventHandler(associationProperty = "caseId")
    public void on(ReferralCriteriaUpdatedEvent event, DeadlineManager deadlines) {
        meetingDueBy = event.strategyMeetingDueBy();
        if (meetingDeadline != null) {
            deadlines.cancelSchedule(MEETING_DUE, meetingDeadline);
            meetingDeadline = deadlines.schedule(meetingDueBy, MEETING_DUE, new MeetingDue(caseId));
        }
    }

    @SagaEventHandler(associationProperty = "caseId")
    public void on(AggravatingFactorsAssessedEvent event, DeadlineManager deadlines) {
        if (!event.strategyMeetingRequired()) {
            stopMeetingClock(deadlines);
        } else if (meetingDeadline == null && !meetingHeld && meetingDueBy != null) {
            meetingDeadline = deadlines.schedule(meetingDueBy, MEETING_DUE, new MeetingDue(caseId));
        }
        endIfDone();
    }

    @SagaEventHandler(associationProperty = "caseId")
    public void on(StrategyMeetingHeldEvent event, DeadlineManager deadlines, CommandGateway commands) {
        meetingHeld = true;
        if (meetingDeadline != null) {
            commands.send(new StopStrategyMeetingClockCommand(caseId, event.meetingId(), event.heldAt()));
        }
        stopMeetingClock(deadlines);
        endIfDone();
    }

    @StartSaga
    @SagaEventHandler(associationProperty = "caseId")
    public void on(ActionAssignedEvent event, DeadlineManager deadlines) {
        if (caseId == null) {
            onlyActionClocks = true;
            caseId = event.caseId();
        }
        actionDeadlines.put(
                event.actionId(),
                deadlines.schedule(event.dueBy(), ACTION_DUE, new ActionDue(event.meetingId(), event.actionId())));
    }

    @SagaEventHandler(associationProperty = "caseId")
    public void on(ActionCompletedEvent event, DeadlineManager deadlines) {
        String deadline = actionDeadlines.remove(event.actionId());
        if (deadline != null) {
            deadlines.cancelSchedule(ACTION_DUE, deadline);
        }
        endIfDone();
    }

    @SagaEventHandler(associationProperty = "caseId")
    public void on(OutcomeAssignedEvent event) {
        outcomeAssigned = true;
        endIfDone();
    }

    @SagaEventHandler(associationProperty = "caseId")
    public void on(EscalationDeclinedEvent event, DeadlineManager deadlines) {
        stopMeetingClock(deadlines);
        actionDeadlines.forEach((action, deadline) -> deadlines.cancelSchedule(ACTION_DUE, deadline));
        actionDeadlines.clear();
        SagaLifecycle.end();
    }

    @DeadlineHandler(deadlineName = MEETING_DUE)
    public void meetingDue(MeetingDue due, CommandGateway commands) {
        meetingDeadline = null;
        commands.send(new FlagStrategyMeetingOverdueCommand(due.caseId()));
        endIfDone();
    }

    @DeadlineHandler(deadlineName = ACTION_DUE)
    public void actionDue(ActionDue due, CommandGateway commands) {
        actionDeadlines.remove(due.actionId());
        commands.send(new FlagActionOverdueCommand(due.meetingId(), due.actionId()));
        endIfDone();
    }

    private void stopMeetingClock(DeadlineManager deadlines) {
        if (meetingDeadline != null) {
            deadlines.cancelSchedule(MEETING_DUE, meetingDeadline);
            meetingDeadline = null;
        }
    }

    private void endIfDone() {
        if ((outcomeAssigned || onlyActionClocks) && meetingDeadline == null && actionDeadlines.isEmpty()) {
            SagaLifecycle.end();
        }
    }
}
