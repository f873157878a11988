package org.casebridge.cases.incident.web;

import static org.casebridge.cases.incident.api.CaseLimits.MAX_CHILD_AGE;
import static org.casebridge.cases.incident.api.CaseLimits.MAX_TEXT_LENGTH;
import static org.casebridge.cases.incident.api.CaseLimits.MIN_CHILD_AGE;
import static org.casebridge.cases.incident.api.CaseLimits.YEAR_GROUP_PATTERN;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.casebridge.cases.incident.api.ChildRole;

/**
 * The request bodies of amendments and the legal hold. Shape is checked here (400); the reason's minimum and the rules
 * are the aggregate's (409/422 naming the rule).
 */
public final class AmendmentRequests {

    private AmendmentRequests() {}

    @Schema(description = "A child found after the report, with why they are added. Their identity is encrypted.")
    public record AddChild(
            @NotNull @Valid CaseRequests.Child child,

            @Size(max = MAX_TEXT_LENGTH) @Schema(example = "child-3 came forward on Monday and named child-1")
            String reason) {}

    @Schema(
            description = "A correction of a child's age, year group or roles; leave out what stays. The old values"
                    + " stay on the timeline.")
    public record AmendChild(
            @Min(MIN_CHILD_AGE) @Max(MAX_CHILD_AGE) @Schema(example = "12")
            Integer age,

            @Pattern(regexp = YEAR_GROUP_PATTERN) @Schema(example = "Year 7")
            String yearGroup,

            @Size(min = 1) @Schema(example = "[\"PICTURED\"]")
            Set<@NotNull ChildRole> roles,

            @Size(max = MAX_TEXT_LENGTH) @Schema(example = "Date of birth checked with the admissions record")
            String reason) {}

    @Schema(description = "Why a legal hold is set or lifted.")
    public record LegalHold(
            @NotEmpty @Size(max = MAX_TEXT_LENGTH) @Schema(example = "Solicitor's letter: a civil claim is expected")
            String reason) {}
}
