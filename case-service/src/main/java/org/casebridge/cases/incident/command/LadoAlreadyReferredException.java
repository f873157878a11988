package org.casebridge.cases.incident.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** Every adult recorded on the case was already referred to the LADO: a second click changes nothing. */
public class LadoAlreadyReferredException extends DomainRuleViolation {

    public LadoAlreadyReferredException() {
        super(
                409,
                "lado-already-referred",
                "The case was already referred to the LADO for every adult recorded on it. Record another adult"
                        + " first if there is one.");
    }
}
