package org.casebridge.notification.referral.command;

/** One attendee of an allegation management meeting: the role, and the organisation they came from (its name). */
public record MeetingAttendee(MeetingAttendeeRole role, String organisation) {}
