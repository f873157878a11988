package org.casebridge.police.device.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.casebridge.police.device.command.CaidGrade;
import org.casebridge.police.device.command.CaidStatus;
import org.casebridge.police.device.command.Disposal;
import org.casebridge.police.device.command.ExaminingUnit;

/** Request bodies of the device API: references and decisions only, never imagery. */
public final class DeviceRequests {

    /** Room for a reason of a few paragraphs. */
    public static final int MAX_TEXT = 4000;

    /** References are short codes. */
    public static final int MAX_REFERENCE = 64;

    private DeviceRequests() {}

    /** A device and whether it is seized: seized needs the exhibit reference, not seized the reason. */
    public record DeviceDecisionRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Mobile phone")
            String description,

            @Size(max = 32) @Schema(example = "child-1") String ownerChildRef,

            @Size(max = 16)
            @Schema(
                    description = "the school's device, as named on the school's case, when the device came from the"
                            + " school; 'left to the school' then applies to that device only",
                    example = "device-1")
            String schoolDeviceRef,

            @NotNull @Schema(example = "false") Boolean seized,

            @Size(max = MAX_REFERENCE) @Schema(description = "when seized", example = "EXH/WMP/0042")
            String exhibitReference,

            @Size(max = MAX_TEXT)
            @Schema(
                    description = "when not seized",
                    example = "Victim's phone; no evidential need; images to be deleted under the school's powers")
            String notSeizedReason,

            @Schema(
                    description = "when not seized: whether the school may use its Education Act 1996 deletion powers",
                    example = "true")
            Boolean schoolMayUseDeletionPowers) {

        @AssertTrue(
                message = "a seized device needs exhibitReference; one not seized needs notSeizedReason and"
                        + " schoolMayUseDeletionPowers")
        @Schema(hidden = true)
        public boolean isComplete() {
            if (seized == null) {
                return true;
            }
            return seized
                    ? exhibitReference != null && !exhibitReference.isBlank()
                    : notSeizedReason != null && !notSeizedReason.isBlank() && schoolMayUseDeletionPowers != null;
        }
    }

    public record ExaminationRequest(
            @NotNull @Schema(example = "HI_TECH_CRIME_UNIT") ExaminingUnit examinedBy,

            @NotBlank @Size(max = MAX_REFERENCE) @Schema(example = "HTCU-2026-118")
            String examinationReference) {}

    public record CaidRequest(
            @NotNull @Schema(example = "SUBMITTED") CaidStatus status,

            @Schema(description = "with GRADED only", example = "C")
            CaidGrade grade,

            @NotBlank @Size(max = MAX_REFERENCE) @Schema(example = "CAID-SUB-99812")
            String caidReference) {}

    public record ReportRemoveRequest(
            @NotBlank @Size(max = 32) @Schema(example = "child-1")
            String childRef,

            @NotBlank @Size(max = MAX_REFERENCE) @Schema(example = "IWF-RR-20261128-7")
            String reportRemoveReference) {}

    public record DisposalRequest(
            @NotNull @Schema(example = "DESTROYED") Disposal disposal,

            @NotBlank @Size(max = MAX_TEXT) @Schema(example = "Case closed; images added to CAID")
            String rationale) {}

    /** A later round's decision about a device the police did not seize. */
    public record DecisionAgainRequest(
            @NotNull @Schema(description = "whether the school may now use its deletion powers on it", example = "true")
            Boolean schoolMayUseDeletionPowers,

            @NotBlank
            @Size(max = MAX_TEXT)
            @Schema(example = "The new information gives no evidential need for the victim's phone")
            String reason) {}

    /** The id of the device just recorded. */
    public record Created(
            @Schema(example = "0c6f7e2a-1d3b-4c55-9a8e-2b7d4e9f1a30")
            String id) {}
}
