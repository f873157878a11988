package org.casebridge.police.shared;

/** The guidance asks for a rationale with this decision, and none was given. */
public class RationaleRequiredException extends RuleViolationAbout {
    public RationaleRequiredException(String decision) {
        super(422, "rationale-required", "A rationale is required to " + decision + ".", "decision", decision);
    }
}
