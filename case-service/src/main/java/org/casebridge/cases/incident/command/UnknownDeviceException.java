package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** The device ref is not one of the case's confiscated devices. */
public class UnknownDeviceException extends DomainRuleViolation {

    public UnknownDeviceException(CaseId caseId, String deviceRef) {
        super(422, "unknown-device", "This case has no confiscated device " + deviceRef + ".");
    }
}
