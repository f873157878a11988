package org.casebridge.police.shared;

/** Only a police liaison officer or supervisor acts on a force's record. */
public class PoliceRoleRequiredException extends RuleViolationAbout {
    public PoliceRoleRequiredException(String role) {
        super(
                403,
                "police-role-required",
                "Only a police liaison officer or supervisor may do this, not " + role + ".",
                "role",
                role);
    }
}
