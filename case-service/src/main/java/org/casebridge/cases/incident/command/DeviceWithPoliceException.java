package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** The device was handed to the police; the school can no longer act on it. */
public class DeviceWithPoliceException extends DomainRuleViolation {

    public DeviceWithPoliceException(CaseId caseId, String deviceRef) {
        super(409, "device-with-police", "Device " + deviceRef + " of this case is with the police.");
    }
}
