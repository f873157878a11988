package org.casebridge.police.strategy.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.police.strategy.command.DecisionTopic;
import org.casebridge.police.strategy.command.LawfulBasis;
import org.casebridge.police.strategy.command.OrganisationType;
import org.casebridge.police.strategy.command.Participant;

/** Request bodies of the strategy-meeting API. */
public final class StrategyRequests {

    /** Room for a summary or rationale of a few paragraphs. */
    public static final int MAX_TEXT = 4000;

    private StrategyRequests() {}

    /** An organisation by its role, never a named person. */
    public record ParticipantRequest(
            @NotNull @Schema(example = "CHILDRENS_SOCIAL_CARE")
            OrganisationType type,

            @NotBlank @Size(max = 64) @Schema(example = "E08000025")
            String organisation,

            @Size(max = 64) @Schema(example = "Social worker")
            String role) {

        Participant toParticipant() {
            return new Participant(type, organisation, role);
        }
    }

    public record ConveneRequest(
            @NotNull @Schema(example = "2026-11-28T14:00:00Z")
            Instant scheduledFor,

            @NotBlank @Size(max = 200) @Schema(example = "Video call (Teams)")
            String venue,

            @NotEmpty @Valid List<ParticipantRequest> invitees) {}

    public record AttendanceRequest(
            @Schema(description = "when the meeting took place; now if omitted", example = "2026-11-28T14:05:00Z")
            Instant heldAt,

            @NotEmpty @Valid List<ParticipantRequest> attendees) {}

    public record InformationSharedRequest(
            @NotNull @Valid ParticipantRequest sharedBy,

            @NotBlank
            @Size(max = MAX_TEXT)
            @Schema(example = "Family known to children's social care in 2024; no current plan")
            String summary,

            @NotNull @Schema(example = "PUBLIC_TASK_SAFEGUARDING")
            LawfulBasis lawfulBasis) {}

    public record DecisionRequest(
            @NotNull @Schema(example = "SECTION_47_ENQUIRIES")
            DecisionTopic topic,

            @NotBlank @Size(max = MAX_TEXT) @Schema(example = "Start s.47 enquiries for child-1")
            String decision,

            @Schema(description = "required for SECTION_47_ENQUIRIES", example = "true")
            Boolean startSection47,

            @NotBlank
            @Size(max = MAX_TEXT)
            @Schema(example = "Reasonable cause to suspect significant harm: an adult coerced the child")
            String rationale) {}

    public record ActionRequest(
            @Schema(
                    description = "what the action is, by a code; OTHER when omitted or when none fits",
                    example = "SAFETY_PLAN")
            StrategyActionType actionType,

            @NotBlank @Size(max = MAX_TEXT) @Schema(example = "Joint visit to the family with the police")
            String description,

            @NotNull @Valid ParticipantRequest owner,

            @NotNull @Schema(example = "2026-12-02T17:00:00Z")
            Instant dueBy) {}

    public record CompletionRequest(
            @Size(max = MAX_TEXT) @Schema(example = "Visit done on 1 December; plan agreed")
            String note) {}

    /** The id of what was just recorded. */
    public record Created(
            @Schema(example = "5b0d8c8e-2f7a-4f5e-8f1e-6a3a1f0c9b44")
            String id) {}
}
