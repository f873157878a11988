package org.casebridge.police.shared;

/** A fact the record cannot do without (a reference, a description) is missing. */
public class InformationRequiredException extends RuleViolationAbout {
    public InformationRequiredException(String field) {
        super(422, "information-required", "The " + field + " is required.", "field", field);
    }
}
