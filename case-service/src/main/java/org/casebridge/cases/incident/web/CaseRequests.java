package org.casebridge.cases.incident.web;

import static org.casebridge.cases.incident.api.CaseLimits.CHILD_REF_PATTERN;
import static org.casebridge.cases.incident.api.CaseLimits.DEVICE_REF_PATTERN;
import static org.casebridge.cases.incident.api.CaseLimits.MAX_ATTENDEES;
import static org.casebridge.cases.incident.api.CaseLimits.MAX_CHILDREN;
import static org.casebridge.cases.incident.api.CaseLimits.MAX_CHILD_AGE;
import static org.casebridge.cases.incident.api.CaseLimits.MAX_PLATFORMS;
import static org.casebridge.cases.incident.api.CaseLimits.MAX_SHORT_TEXT_LENGTH;
import static org.casebridge.cases.incident.api.CaseLimits.MAX_TEXT_LENGTH;
import static org.casebridge.cases.incident.api.CaseLimits.MIN_CHILD_AGE;
import static org.casebridge.cases.incident.api.CaseLimits.YEAR_GROUP_PATTERN;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebridge.cases.incident.api.AdultEmployer;
import org.casebridge.cases.incident.api.AdultRole;
import org.casebridge.cases.incident.api.Agency;
import org.casebridge.cases.incident.api.ChildFlag;
import org.casebridge.cases.incident.api.ChildRole;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.cases.incident.api.HowCameToLight;
import org.casebridge.cases.incident.api.ImageryCategory;
import org.casebridge.cases.incident.api.ParentContactMethod;
import org.casebridge.cases.incident.api.Spread;
import org.casebridge.cases.incident.api.SupportType;

/**
 * The request bodies of the case API. Shape is checked here (400 with field errors); the rules of the guidance are
 * the aggregate's (409/422 naming the rule). Rationale fields are checked by the aggregate, which knows the minimum.
 */
public final class CaseRequests {

    private CaseRequests() {}

    @Schema(description = "An incident as the DSL first knows it. Describe the imagery in categories; never attach it.")
    public record ReportIncident(
            @NotNull @Schema(example = "DISCLOSURE_BY_CHILD_INVOLVED")
            HowCameToLight howCameToLight,

            @NotNull @Schema(example = "2026-11-27T08:40:00Z")
            Instant cameToLightAt,

            @NotEmpty @Schema(example = "[\"SEMI_NUDE\"]") Set<@NotNull ImageryCategory> imagery,

            @Size(max = MAX_TEXT_LENGTH) @Schema(example = "Described by the child as a topless selfie")
            String imageryNotes,

            @NotNull @Size(max = MAX_PLATFORMS) @Schema(example = "[\"Snapchat\"]")
            Set<@NotBlank @Size(max = MAX_SHORT_TEXT_LENGTH) String> platforms,

            @NotNull @Schema(example = "ONE_RECIPIENT") Spread spread,
            @NotNull @Schema(example = "false") Boolean mayHaveReachedInternet,
            @NotNull @Schema(example = "false") Boolean onSchoolDeviceOrNetwork,
            @NotEmpty @Size(max = MAX_CHILDREN) List<@NotNull @Valid Child> children,

            @Size(max = MAX_TEXT_LENGTH) @Schema(example = "child-1 told her tutor that child-2 forwarded a picture")
            String summary) {}

    @Schema(description = "A child involved. The ref travels; the personal details stay encrypted in case-service.")
    public record Child(
            @NotNull @Pattern(regexp = CHILD_REF_PATTERN) @Schema(example = "child-1")
            String ref,

            @NotNull @Min(MIN_CHILD_AGE) @Max(MAX_CHILD_AGE) @Schema(example = "14")
            Integer age,

            @NotNull @Pattern(regexp = YEAR_GROUP_PATTERN) @Schema(example = "Year 9")
            String yearGroup,

            @NotEmpty @Schema(example = "[\"PICTURED\"]") Set<@NotNull ChildRole> roles,
            @Schema(example = "[\"SEND\"]") Set<@NotNull ChildFlag> flags,
            @Valid PersonalDetails personalDetails) {}

    @Schema(description = "Who the child is: stored AES-GCM encrypted under the case key, never in an event.")
    public record PersonalDetails(
            @NotBlank @Size(max = 100) @Schema(example = "Amira")
            String givenName,

            @NotBlank @Size(max = 100) @Schema(example = "Hussain")
            String familyName,

            @NotNull @Past @Schema(example = "2012-03-14") LocalDate dateOfBirth,

            @Pattern(regexp = "[A-Z][0-9]{11}[0-9A-Z]") @Schema(example = "H801200001001")
            String upn) {}

    @Schema(description = "The initial review meeting, with a yes or no for each of the five criteria.")
    public record InitialReview(
            @NotNull @Schema(example = "2026-11-27T11:00:00Z")
            Instant heldAt,

            @NotEmpty @Size(max = MAX_ATTENDEES) List<@NotNull @Valid Attendee> attendees,
            @NotNull @Schema(example = """
                    {"ADULT_INVOLVED": false, "COERCION_OR_GROOMING_OR_CAPACITY": false,
                     "UNUSUAL_OR_VIOLENT_ACTS": false, "UNDER_13_SEXUAL_ACTS": false,
                     "IMMEDIATE_RISK_OF_HARM": false}""") Map<@NotNull Criterion, @NotNull Boolean> criteria,
            @NotNull @Valid Considerations considerations,
            @Size(max = MAX_TEXT_LENGTH) String notes) {}

    public record Attendee(
            @NotBlank @Size(max = MAX_SHORT_TEXT_LENGTH) @Schema(example = "A. Kaur")
            String name,

            @NotBlank @Size(max = MAX_SHORT_TEXT_LENGTH) @Schema(example = "DSL")
            String role) {}

    public record Considerations(
            @Size(max = MAX_TEXT_LENGTH) @Schema(example = "No child at immediate risk")
            String riskNow,

            @NotNull @Schema(example = "false") Boolean viewingNeeded,

            @Size(max = MAX_TEXT_LENGTH) @Schema(example = "Sent to one pupil, not forwarded")
            String spreadAssessment,

            @Size(max = MAX_TEXT_LENGTH) @Schema(example = "child-2 to delete in front of the DSL")
            String deletionPlan,

            @NotNull @Schema(example = "false") Boolean otherSchoolsInvolved,
            @NotNull @Schema(example = "true") Boolean informParents) {}

    public record HandleInSchool(
            @Size(max = MAX_TEXT_LENGTH)
            @Schema(example = "Consensual exchange between two 14-year-olds; no criterion met; both families engaged")
            String rationale) {}

    public record Referral(
            @NotEmpty @Schema(example = "[\"POLICE\", \"CHILDRENS_SOCIAL_CARE\"]")
            Set<@NotNull Agency> referredTo,

            @Size(max = MAX_TEXT_LENGTH) @Schema(example = "The sender is believed to be an adult aged 19")
            String reasons) {}

    @Schema(
            description = "An adult in a position of trust who is or may be involved: role and employer's kind only,"
                    + " never a name.")
    public record AdultInPositionOfTrust(
            @Schema(example = "SUPPLY_STAFF") AdultRole role,
            @Schema(example = "SUPPLY_AGENCY") AdultEmployer employer,

            @Size(max = MAX_TEXT_LENGTH)
            @Schema(example = "child-1 says a supply teacher asked for the image over a messaging app")
            String rationale) {}

    public record LadoReferral(
            @Size(max = MAX_TEXT_LENGTH)
            @Schema(example = "Allegation that a supply teacher asked child-1 for an image; agency informed")
            String rationale) {}

    public record Escalation(
            @NotEmpty @Schema(example = "[\"POLICE\"]") Set<@NotNull Agency> referredTo,

            @Schema(example = "[\"IMMEDIATE_RISK_OF_HARM\"]")
            Set<@NotNull Criterion> criteriaNowMet,

            @Size(max = MAX_TEXT_LENGTH) @Schema(example = "The image has since been posted to a public account")
            String newInformation) {}

    @Schema(description = "Parents or carers informed (who, when, how) or not informed (why).")
    public record Parents(
            @NotNull @Pattern(regexp = CHILD_REF_PATTERN) @Schema(example = "child-1")
            String childRef,

            @NotNull @Schema(example = "true") Boolean informed,

            @Size(max = MAX_SHORT_TEXT_LENGTH) @Schema(example = "Mother")
            String whoWasInformed,

            @Schema(example = "2026-11-27T15:30:00Z") Instant informedAt,
            @Schema(example = "IN_PERSON") ParentContactMethod method,

            @Size(max = MAX_TEXT_LENGTH) @Schema(example = "Supportive; will talk to child-1 tonight")
            String notes,

            @Size(max = MAX_TEXT_LENGTH) String reasonNotInformed) {}

    @Schema(description = "An exceptional viewing of the imagery by the DSL. A record only.")
    public record Viewing(
            @NotNull @Schema(example = "2026-11-27T12:00:00Z")
            Instant viewedAt,

            @NotNull @Schema(example = "true") Boolean headteacherConsulted,

            @Size(max = MAX_SHORT_TEXT_LENGTH) @Schema(example = "C. Patel, deputy head")
            String witnessName,

            @NotNull @Schema(example = "true") Boolean witnessDidNotView,
            @NotNull @Schema(example = "true") Boolean onSchoolPremises,

            @Size(max = MAX_TEXT_LENGTH) @Schema(example = "Needed to establish whether a sexual act was shown")
            String reason,

            @Size(max = MAX_TEXT_LENGTH) @Schema(example = "Referred to police")
            String whatFollowed) {}

    public record Confiscation(
            @NotNull @Pattern(regexp = DEVICE_REF_PATTERN) @Schema(example = "device-1")
            String deviceRef,

            @Size(max = MAX_SHORT_TEXT_LENGTH) @Schema(example = "Black smartphone")
            String description,

            @Pattern(regexp = CHILD_REF_PATTERN) @Schema(example = "child-2")
            String ownerChildRef,

            @Size(max = MAX_SHORT_TEXT_LENGTH) @Schema(example = "B. Jones, Head of Year 9")
            String confiscatedBy,

            @Size(max = MAX_SHORT_TEXT_LENGTH) @Schema(example = "Locked safe, head's office")
            String storedWhere,

            @Size(max = MAX_TEXT_LENGTH) String notes) {}

    public record Examination(
            @Size(max = MAX_TEXT_LENGTH) @Schema(example = "To find out whether the image was forwarded further")
            String goodReason,

            @Size(max = MAX_TEXT_LENGTH) @Schema(example = "Sent to one contact only")
            String findings) {}

    public record Handover(
            @Size(max = MAX_SHORT_TEXT_LENGTH) @Schema(example = "PC 4411 Hughes")
            String handedTo,

            @NotNull @Schema(example = "2026-11-27T16:00:00Z")
            Instant handedOverAt,

            @Size(max = MAX_SHORT_TEXT_LENGTH) @Schema(example = "WMP/EX/2026/0042")
            String exhibitRef,

            @Size(max = MAX_TEXT_LENGTH) String notes) {}

    public record Deletion(
            @Size(max = MAX_TEXT_LENGTH)
            @Schema(example = "Police decided not to seize and left deletion to the school; deleted with child-2")
            String rationale) {}

    public record Return(
            @Size(max = MAX_SHORT_TEXT_LENGTH) @Schema(example = "child-2's mother")
            String returnedTo,

            @Size(max = MAX_TEXT_LENGTH) String rationale) {}

    public record OwnDeletion(
            @Size(max = MAX_TEXT_LENGTH) @Schema(example = "Deleted in front of the DSL, including recently deleted")
            String confirmation) {}

    public record Support(
            @NotNull @Pattern(regexp = CHILD_REF_PATTERN) @Schema(example = "child-1")
            String childRef,

            @NotNull @Schema(example = "REPORT_REMOVE_SIGNPOSTED")
            SupportType supportType,

            @Size(max = MAX_TEXT_LENGTH) @Schema(example = "Shown how to use Report Remove")
            String description) {}

    public record Closure(
            @Size(max = MAX_TEXT_LENGTH) @Schema(example = "Support in place, images deleted, families informed")
            String outcomeSummary,

            @Size(max = MAX_TEXT_LENGTH) String policeOutcomeNotAwaitedReason) {}
}
