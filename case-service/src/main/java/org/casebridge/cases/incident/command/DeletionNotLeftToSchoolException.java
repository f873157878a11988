package org.casebridge.cases.incident.command;

import java.util.Map;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/**
 * Staff delete imagery under the school's powers only from a device the police decided not to seize and left to the
 * school. Where the police are not involved, the child deletes the imagery and the DSL records that they confirmed it.
 */
public class DeletionNotLeftToSchoolException extends DomainRuleViolation {

    private final String deviceRef;

    public DeletionNotLeftToSchoolException(CaseId caseId, String deviceRef) {
        super(
                409,
                "deletion-not-left-to-school",
                "The police have not left " + deviceRef + " of this case"
                        + " to the school: staff must not delete from it. Where the police are not involved, record"
                        + " the child's own deletion instead.");
        this.deviceRef = deviceRef;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("deviceRef", deviceRef);
    }
}
