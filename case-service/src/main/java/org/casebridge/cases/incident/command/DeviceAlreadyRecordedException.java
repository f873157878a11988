package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** The device ref is already in use on the case. */
public class DeviceAlreadyRecordedException extends DomainRuleViolation {

    public DeviceAlreadyRecordedException(CaseId caseId, String deviceRef) {
        super(409, "device-already-recorded", "This case already has a device " + deviceRef + ".");
    }
}
