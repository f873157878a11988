package org.casebridge.police.shared;

/**
 * Where the case a device belongs to stands with its force, as the escalation's events record it. The device rules read it:
 * a device is decided on an accepted escalation, and an exhibit is destroyed or forfeited only after the outcome.
 */
public interface CaseStanding {

    /** Whether the case's escalation is accepted by the force (not new, not declined). */
    boolean accepted(String caseId);

    /** Whether the case's outcome is assigned (signed off) in its latest round. */
    boolean outcomeAssigned(String caseId);
}
