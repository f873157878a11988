package org.casebridge.notification.subscription.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** Consent is the wrong Article 6 basis for safeguarding shares (use public task or legal obligation). */
public class ConsentIsTheWrongBasisException extends DomainRuleViolation {

    public ConsentIsTheWrongBasisException() {
        super(
                422,
                "consent-is-the-wrong-basis",
                "Consent is not a lawful basis for sharing safeguarding information;"
                        + " use PUBLIC_TASK (or LEGAL_OBLIGATION) with an Article 9 condition such as DPA 2018 Sch 1 para 18");
    }
}
