package org.casebridge.notification.referral.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casebridge.notification.referral.command.AllegationOutcome;
import org.casebridge.notification.referral.command.MeetingAttendeeRole;
import org.casebridge.notification.referral.command.Section47Outcome;

/** Request bodies of the agency's acts in a case. */
public final class AgencyCaseRequests {

    private AgencyCaseRequests() {}

    /** @param startedAt when the enquiries started (now when omitted); never in the future */
    public record Section47StartRequest(Instant startedAt) {}

    /** @param outcome what the enquiries concluded */
    public record Section47OutcomeRequest(Section47Outcome outcome) {}

    /**
     * The allegation management meeting (ADR 0055).
     *
     * @param heldOn    the day it was held, not in the future
     * @param attendees who attended, by role and the organisation they came from
     * @param rationale what the meeting decided and why
     */
    public record AllegationMeetingRequest(
            LocalDate heldOn,
            @Size(max = 30) List<@Valid AttendeeRequest> attendees,
            @Size(max = 4000) String rationale) {}

    /** @param role the attendee's role; @param organisation the organisation they came from, by name */
    public record AttendeeRequest(
            MeetingAttendeeRole role, @Size(max = 200) String organisation) {}

    /** @param outcome the allegation's outcome; @param rationale why */
    public record AllegationOutcomeRequest(
            AllegationOutcome outcome, @Size(max = 4000) String rationale) {}

    /**
     * An adult's normal pension age (ADR 0084).
     *
     * @param adultRef     the adult, by the ref the school's referral gave
     * @param pensionAgeOn the day they reach it, not before the allegation; omitted or null when not known
     */
    public record PensionAgeRequest(@Size(max = 10) String adultRef, LocalDate pensionAgeOn) {}

    /**
     * The adult's consent to keep the record of a false or malicious allegation, or its withdrawal (ADR 0084).
     *
     * @param adultRef  the adult, by the ref the school's referral gave
     * @param rationale the consent's basis (how and when the adult gave it), or why it was withdrawn
     */
    public record RetentionConsentRequest(
            @Size(max = 10) String adultRef,
            @Size(max = 4000) String rationale) {}
}
