package org.casebridge.cases.incident.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** An initial review names who attended. */
public class AttendeesRequiredException extends DomainRuleViolation {

    public AttendeesRequiredException() {
        super(422, "attendees-required", "Name at least one attendee of the initial review and their role.");
    }
}
