package org.casebridge.cases.incident.command;

import java.util.Map;
import java.util.Set;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** Every confiscated device was handed to the police, cleared by deletion, or returned before closing. */
public class DeviceDecisionRequiredException extends DomainRuleViolation {

    private final Set<String> deviceRefs;

    public DeviceDecisionRequiredException(CaseId caseId, Set<String> deviceRefs) {
        super(
                422,
                "device-decision-required",
                "Before closing this case, decide what happens to "
                        + String.join(" and ", new java.util.TreeSet<>(deviceRefs)) + ".");
        this.deviceRefs = deviceRefs;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("deviceRefs", deviceRefs.stream().sorted().toList());
    }
}
