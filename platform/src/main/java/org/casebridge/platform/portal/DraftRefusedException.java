package org.casebridge.platform.portal;

import org.casebridge.platform.problem.DomainRuleViolation;

/** A draft that is not saved, and why; nothing of it is written. */
public class DraftRefusedException extends DomainRuleViolation {

    private DraftRefusedException(int status, String rule, String detail) {
        super(status, rule, detail);
    }

    static DraftRefusedException notYourForm() {
        return new DraftRefusedException(
                403, "draft-form-not-yours", "Your role does not fill in this form, so no draft of it is saved.");
    }

    static DraftRefusedException tooLarge() {
        return new DraftRefusedException(
                422, "draft-too-large", "This draft is too large to save. Submit the form or shorten your answers.");
    }

    static DraftRefusedException tooMany(int max) {
        return new DraftRefusedException(
                422,
                "too-many-drafts",
                "You have " + max + " unsubmitted drafts, the most that are kept. Submit or discard one of them "
                        + "and this form will be saved again.");
    }
}
