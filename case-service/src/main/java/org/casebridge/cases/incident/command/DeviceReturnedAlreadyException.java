package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** The device was returned; the school no longer holds it and can no longer act on it. */
public class DeviceReturnedAlreadyException extends DomainRuleViolation {

    public DeviceReturnedAlreadyException(CaseId caseId, String deviceRef) {
        super(409, "device-returned", "Device " + deviceRef + " of this case was returned already.");
    }
}
