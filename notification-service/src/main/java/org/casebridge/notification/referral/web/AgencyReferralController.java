package org.casebridge.notification.referral.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.casebridge.notification.referral.command.MeetingAttendee;
import org.casebridge.notification.referral.query.AgencyCaseView;
import org.casebridge.notification.referral.service.AgencyCaseService;
import org.casebridge.notification.referral.web.AgencyCaseRequests.AllegationMeetingRequest;
import org.casebridge.notification.referral.web.AgencyCaseRequests.AllegationOutcomeRequest;
import org.casebridge.notification.referral.web.AgencyCaseRequests.PensionAgeRequest;
import org.casebridge.notification.referral.web.AgencyCaseRequests.RetentionConsentRequest;
import org.casebridge.notification.referral.web.AgencyCaseRequests.Section47OutcomeRequest;
import org.casebridge.notification.referral.web.AgencyCaseRequests.Section47StartRequest;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Children's social care acting in a case (ADR 0022): the referrals the agency directory routed to the caller's
 * agency and the strategy actions the police gave it, the acknowledgement (due within one working day), section 47
 * enquiries and completing its actions. Another agency's case is a 404 exactly as one that does not exist.
 */
@RestController
@Validated
@Tag(name = "Referrals", description = "Acknowledge a school's referral, record section 47 enquiries, complete actions")
public class AgencyReferralController {

    private static final String CASE_EXAMPLE = "8ccb4417-2b1e-4a4e-9f0e-5d1b6a3c2e10";

    private final AgencyCaseService service;

    public AgencyReferralController(AgencyCaseService service) {
        this.service = service;
    }

    @GetMapping("/api/agency/referrals")
    @RecordsAccess(value = "agency-referrals", caseIdVariable = "")
    @Operation(
            summary = "The caller's agency's referrals and actions, most recently changed first",
            description = "With the acknowledgement clock (acknowledgeBy, overdue), section 47 and the agency's own"
                    + " strategy actions. An auditor sees every agency's.")
    public List<AgencyCaseView> list(Actor actor) {
        return service.visible(actor);
    }

    @GetMapping("/api/agency/referrals/{caseId}")
    @RecordsAccess("agency-referral")
    @Operation(summary = "The caller's agency's part in one case")
    @ApiResponse(responseCode = "404", description = "The caller's agency has no referral or action in this case")
    public AgencyCaseView get(
            Actor actor, @Parameter(example = CASE_EXAMPLE) @Size(max = 255) @PathVariable String caseId) {
        return service.get(actor, caseId);
    }

    @PostMapping("/api/agency/referrals/{caseId}/acknowledgement")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Acknowledge the school's referral (due by the end of the next working day)",
            description = "A second acknowledgement by the agency changes nothing and answers 204 again (ADR 0090).")
    @ApiResponse(responseCode = "409", description = "The school did not refer to the agency")
    public void acknowledge(
            Actor actor, @Parameter(example = CASE_EXAMPLE) @Size(max = 255) @PathVariable String caseId) {
        service.acknowledge(actor, caseId);
    }

    @PostMapping("/api/agency/referrals/{caseId}/section-47-enquiries")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Record that section 47 enquiries (Children Act 1989) started",
            description = "Again with no startedAt, or the same one, changes nothing and answers 204 again (ADR 0090).")
    @ApiResponse(responseCode = "409", description = "Already recorded as started at another time")
    @ApiResponse(responseCode = "422", description = "A start in the future")
    public void startSection47(
            Actor actor,
            @Parameter(example = CASE_EXAMPLE) @Size(max = 255) @PathVariable String caseId,
            @RequestBody(required = false) Section47StartRequest request) {
        service.startSection47(actor, caseId, request == null ? null : request.startedAt());
    }

    @PostMapping("/api/agency/referrals/{caseId}/section-47-outcome")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record the outcome of the section 47 enquiries")
    @ApiResponse(responseCode = "409", description = "Not started, or an outcome is already recorded")
    @ApiResponse(responseCode = "422", description = "No outcome given")
    public void recordSection47Outcome(
            Actor actor,
            @Parameter(example = CASE_EXAMPLE) @Size(max = 255) @PathVariable String caseId,
            @RequestBody Section47OutcomeRequest request) {
        service.recordSection47Outcome(actor, caseId, request.outcome());
    }

    @PostMapping("/api/agency/referrals/{caseId}/actions/{actionId}/completion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Complete a strategy-meeting action the police gave the caller's agency",
            description = "Published to the police, who complete the action on the meeting only if the agency owns it."
                    + " Completing it again, or one the police completed, changes nothing and answers 204 again"
                    + " (ADR 0090).")
    public void completeAction(
            Actor actor,
            @Parameter(example = CASE_EXAMPLE) @Size(max = 255) @PathVariable String caseId,
            @Parameter(example = "action-1") @Size(max = 100) @PathVariable String actionId) {
        service.completeAction(actor, caseId, actionId);
    }

    @PostMapping("/api/agency/referrals/{caseId}/lado-acknowledgement")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "As the area's LADO, acknowledge the school's LADO referral (ADR 0055)",
            description = "A second acknowledgement by the LADO changes nothing and answers 204 again (ADR 0090).")
    @ApiResponse(responseCode = "409", description = "The school did not refer to the LADO")
    public void acknowledgeLadoReferral(
            Actor actor, @Parameter(example = CASE_EXAMPLE) @Size(max = 255) @PathVariable String caseId) {
        service.acknowledgeLadoReferral(actor, caseId);
    }

    @PostMapping("/api/agency/referrals/{caseId}/allegation-meeting")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "As the LADO, record the allegation management meeting",
            description = "The day, the attendees by role and organisation, and the decision's rationale. Only the"
                    + " day and the attendees' roles reach the school.")
    @ApiResponse(responseCode = "409", description = "Not acknowledged yet, or already recorded")
    @ApiResponse(responseCode = "422", description = "No day, a day to come, no attendee, or no rationale")
    public void recordAllegationMeeting(
            Actor actor,
            @Parameter(example = CASE_EXAMPLE) @Size(max = 255) @PathVariable String caseId,
            @Valid @RequestBody AllegationMeetingRequest request) {
        service.recordAllegationMeeting(
                actor,
                caseId,
                request.heldOn(),
                request.attendees() == null
                        ? List.of()
                        : request.attendees().stream()
                                .map(attendee -> new MeetingAttendee(attendee.role(), attendee.organisation()))
                                .toList(),
                request.rationale());
    }

    @PostMapping("/api/agency/referrals/{caseId}/allegation-outcome")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "As the LADO, record the allegation's outcome",
            description = "SUBSTANTIATED, UNSUBSTANTIATED, UNFOUNDED, FALSE or MALICIOUS, with the rationale (which"
                    + " stays with the LADO).")
    @ApiResponse(responseCode = "409", description = "The meeting is not recorded yet, or an outcome is")
    @ApiResponse(responseCode = "422", description = "No outcome, or no rationale")
    public void recordAllegationOutcome(
            Actor actor,
            @Parameter(example = CASE_EXAMPLE) @Size(max = 255) @PathVariable String caseId,
            @Valid @RequestBody AllegationOutcomeRequest request) {
        service.recordAllegationOutcome(actor, caseId, request.outcome(), request.rationale());
    }

    @PostMapping("/api/agency/referrals/{caseId}/pension-age")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "As the LADO, record the day an adult reaches normal pension age, or that it is not known",
            description = "KCSIE Part 4 keeps the record of an allegation that was not false or malicious until then"
                    + " when that is later than 10 years (ADR 0084). The day stays sealed in the LADO's record and is"
                    + " erased with it; it never reaches the school. A later one replaces it.")
    @ApiResponse(responseCode = "409", description = "No LADO referral, or the record is already erased")
    @ApiResponse(
            responseCode = "422",
            description = "An adult the referral did not name, or a day before the allegation")
    public void recordPensionAge(
            Actor actor,
            @Parameter(example = CASE_EXAMPLE) @Size(max = 255) @PathVariable String caseId,
            @Valid @RequestBody PensionAgeRequest request) {
        service.recordPensionAge(actor, caseId, request.adultRef(), request.pensionAgeOn());
    }

    @PostMapping("/api/agency/referrals/{caseId}/retention-consent")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "As the LADO, record an adult's consent to keep the record of a false or malicious allegation",
            description = "With every adult's consent the record is kept as an unfounded allegation's instead of"
                    + " removed (ADR 0084). The basis stays sealed in the LADO's record.")
    @ApiResponse(
            responseCode = "409",
            description = "The outcome is not false or malicious, consent is already recorded, or the record is erased")
    @ApiResponse(responseCode = "422", description = "An adult the referral did not name, or no basis")
    public void recordRetentionConsent(
            Actor actor,
            @Parameter(example = CASE_EXAMPLE) @Size(max = 255) @PathVariable String caseId,
            @Valid @RequestBody RetentionConsentRequest request) {
        service.recordRetentionConsent(actor, caseId, request.adultRef(), request.rationale());
    }

    @PostMapping("/api/agency/referrals/{caseId}/retention-consent-withdrawal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "As the LADO, record that an adult withdrew their consent to keep the record",
            description = "The record of the false or malicious allegation is due for removal again (ADR 0084).")
    @ApiResponse(responseCode = "409", description = "No consent to withdraw, or the record is erased")
    @ApiResponse(responseCode = "422", description = "An adult the referral did not name, or no reason")
    public void withdrawRetentionConsent(
            Actor actor,
            @Parameter(example = CASE_EXAMPLE) @Size(max = 255) @PathVariable String caseId,
            @Valid @RequestBody RetentionConsentRequest request) {
        service.withdrawRetentionConsent(actor, caseId, request.adultRef(), request.rationale());
    }
}
