package org.casebridge.police.strategy.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.casebridge.police.strategy.command.Participant;

/** The read side's records for strategy meetings and their actions. */
public final class StrategyViews {

    private StrategyViews() {}

    public record InformationView(
            String informationId,
            Participant sharedBy,
            String summary,
            @Schema(example = "PUBLIC_TASK_SAFEGUARDING") String lawfulBasis,

            @Schema(example = "UK GDPR Art 6(1)(e); Art 9(2)(g) with DPA 2018 Sch 1 para 18")
            String legislation,

            String by,
            Instant at) {}

    public record DecisionView(
            String decisionId,
            @Schema(example = "SECTION_47_ENQUIRIES") String topic,
            String decision,
            Boolean startSection47,
            String rationale,
            String by,
            Instant at) {}

    public record ActionView(
            String actionId,
            String meetingId,
            String caseId,

            @Schema(description = "what the action is, by a code", example = "SAFETY_PLAN")
            String actionType,

            String description,
            Participant owner,
            Instant dueBy,
            String assignedBy,
            Instant assignedAt,
            Instant completedAt,
            String completedBy,
            String completionNote,

            @Schema(description = "open and past its due date")
            boolean overdue) {}

    public record StrategyMeetingView(
            String meetingId,
            String caseId,
            Instant scheduledFor,
            @Schema(example = "Video call (Teams)") String venue,
            List<Participant> invitees,
            String convenedBy,
            Instant convenedAt,
            Instant heldAt,
            List<Participant> attendees,
            List<InformationView> information,
            List<DecisionView> decisions,
            List<ActionView> actions) {}
}
