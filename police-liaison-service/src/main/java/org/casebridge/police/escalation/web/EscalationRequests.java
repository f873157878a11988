package org.casebridge.police.escalation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.casebridge.police.escalation.command.AggravatingFactor;
import org.casebridge.police.escalation.command.ChildRole;
import org.casebridge.police.escalation.command.DisclosureRecipient;
import org.casebridge.police.reference.OutcomeCode;

/** Request bodies of the escalation API. Free text is limited so that no one pastes a document (or an image). */
public final class EscalationRequests {

    /** Room for a rationale of a few paragraphs. */
    public static final int MAX_TEXT = 4000;

    /** References are short codes. */
    public static final int MAX_REFERENCE = 64;

    private EscalationRequests() {}

    public record DeclineRequest(
            @NotBlank @Size(max = MAX_TEXT) @Schema(example = "Duplicate of case 1c2d: the school referred twice")
            String reason) {}

    /** Why the review decided the case's personal data goes; kept readable, so it should name no one (ADR 0064). */
    public record ErasureRequest(
            @NotBlank @Size(max = MAX_TEXT) @Schema(example = "MoPI review: no further policing purpose")
            String reason) {}

    /** Why a legal hold is set or lifted (ADR 0081); sealed under the case's key like other free text. */
    public record LegalHoldRequest(
            @NotBlank @Size(max = MAX_TEXT) @Schema(example = "IOPC inquiry into the handling of the referral")
            String reason) {}

    public record TransferRequest(
            @NotBlank @Size(max = 16) @Schema(example = "DPP")
            String toForceCode,

            @NotBlank @Size(max = MAX_TEXT) @Schema(example = "The children live and go to school in Dyfed-Powys")
            String reason) {}

    public record ChildRoleRequest(
            @NotBlank @Size(max = 32) @Schema(example = "child-1")
            String childRef,

            @NotNull @Schema(example = "PERSON_INVOLVED") ChildRole role) {}

    public record RecordCrimeRequest(
            @NotBlank
            @Pattern(regexp = "86/02|86/10", message = "must be 86/02 or 86/10")
            @Schema(
                    example = "86/02",
                    allowableValues = {"86/02", "86/10"})
            String classification,

            @NotBlank @Size(max = MAX_REFERENCE) @Schema(example = "20/123456/26")
            String crimeReference,

            @Schema(description = "when the crime was recorded; now if omitted", example = "2026-11-28T10:15:00Z")
            Instant recordedAt,

            @NotEmpty @Valid List<ChildRoleRequest> childRoles) {}

    public record FactorRequest(
            @NotNull @Schema(example = "COERCION_OR_BLACKMAIL")
            AggravatingFactor factor,

            @NotBlank @Size(max = MAX_TEXT) @Schema(example = "Threatened to share the image unless sent more")
            String notes) {}

    public record AssessFactorsRequest(
            @NotNull @Valid @Schema(description = "empty when no aggravating factor was found")
            List<FactorRequest> factors,

            @Size(max = MAX_TEXT)
            @Schema(
                    description = "with no factors: why none was found, required (20 characters or more) where the"
                            + " school reported ADULT_INVOLVED, COERCION_OR_GROOMING_OR_CAPACITY or"
                            + " IMMEDIATE_RISK_OF_HARM",
                    example = "The 'adult' is a 17-year-old pupil of the same school; no coercion found")
            String noFactorsReason) {}

    /** HOCR section B style reclassification. */
    public record ReclassifyCrimeRequest(
            @NotBlank
            @Pattern(regexp = "86/02|86/10", message = "must be 86/02 or 86/10")
            @Schema(
                    example = "86/10",
                    allowableValues = {"86/02", "86/10"})
            String classification,

            @NotBlank @Size(max = MAX_TEXT) @Schema(example = "Child-2 received the image but did not share it")
            String reason) {}

    public record ChangeChildRoleRequest(
            @NotBlank @Size(max = 32) @Schema(example = "child-2")
            String childRef,

            @NotNull @Schema(example = "SUSPECT") ChildRole role,

            @NotBlank @Size(max = MAX_TEXT) @Schema(example = "Child-2 threatened to post the image")
            String reason) {}

    /** HOCR: one crime per victim. */
    public record VictimCrimeRequest(
            @NotBlank @Size(max = 32) @Schema(example = "child-2")
            String victimRef,

            @NotBlank
            @Pattern(regexp = "86/02|86/10", message = "must be 86/02 or 86/10")
            @Schema(
                    example = "86/02",
                    allowableValues = {"86/02", "86/10"})
            String classification,

            @NotBlank @Size(max = MAX_REFERENCE) @Schema(example = "20/123457/26")
            String crimeReference,

            @Schema(description = "when the crime was recorded; now if omitted", example = "2026-11-28T10:15:00Z")
            Instant recordedAt) {}

    public record ProposeOutcomeRequest(
            @NotNull @Schema(example = "OUTCOME_21") OutcomeCode outcome,

            @Size(max = MAX_TEXT)
            @Schema(
                    description = "required for OUTCOME_21 (public interest) and NO_FURTHER_ACTION",
                    example = "Consensual exchange between two 14-year-olds, no aggravating factors; the school is"
                            + " supporting both; further investigation is not in the public interest")
            String rationale,

            @Size(max = MAX_TEXT)
            @Schema(
                    description = "required for OUTCOME_22",
                    example = "Completed the Safer Schools healthy relationships programme")
            String diversionaryActivity) {}

    public record SendBackRequest(
            @NotBlank @Size(max = MAX_TEXT) @Schema(example = "Check with the school for previous incidents first")
            String reason) {}

    public record DisclosureStatementRequest(
            @NotEmpty @Schema(example = "[\"SCHOOL\", \"PARENTS_OR_CARERS\"]")
            List<@NotNull DisclosureRecipient> givenTo,

            @NotBlank @Size(max = MAX_REFERENCE) @Schema(example = "NPCC-2016-outcome-21-v1")
            String statementVersion,

            @Schema(description = "when it was given; now if omitted", example = "2026-11-28T15:30:00Z")
            Instant givenAt) {}
}
