package org.casebridge.notification.referral.command;

import org.casebridge.platform.sealing.Sealed;

/**
 * One attendee of an allegation management meeting: the role, and the organisation they came from (its name, as the
 * LADO typed it, so stored sealed under the agency case's key, ADR 0075).
 */
public record MeetingAttendee(
        MeetingAttendeeRole role, @Sealed String organisation) {}
