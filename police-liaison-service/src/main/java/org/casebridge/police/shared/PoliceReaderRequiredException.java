package org.casebridge.police.shared;

/** A force's lists (inbox, sign-off queue, actions) are for its officers and supervisors, and for auditors. */
public class PoliceReaderRequiredException extends RuleViolationAbout {
    public PoliceReaderRequiredException(String role) {
        super(
                403,
                "police-reader-required",
                "Only police officers and supervisors, and auditors, read a force's" + " lists, not " + role + ".",
                "role",
                role);
    }
}
