package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/** A transfer of this child to this school is already waiting for its receipt. */
public class TransferAlreadyOpenException extends DomainRuleViolation {

    public TransferAlreadyOpenException(CaseId caseId, String childRef, String toSchoolUrn) {
        super(
                409,
                "transfer-already-open",
                "The record of " + childRef + " was already sent to that school and its receipt is awaited.");
    }
}
