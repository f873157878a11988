package org.casebridge.police.escalation.command;

/**
 * The aggravating factors of the NPCC briefing (November 2016); any one puts the police in control. Only some bar
 * Outcome 21: DOMAIN.md ("only where there is no exploitation, grooming, coercion, profit motive, malice or persistent
 * behaviour"), plus the involvement of an adult (docs/domain-rules.md).
 */
public enum AggravatingFactor {
    ADULT_INVOLVEMENT(true),
    EXPLOITATION(true),
    GROOMING(true),
    COERCION_OR_BLACKMAIL(true),
    PROFIT_MOTIVE(true),
    /** Wide or inappropriate sharing, upload to pornographic sites. */
    MALICIOUS_INTENT(true),
    PERSISTENT_OR_REPEATED(true),
    KNOWN_VULNERABILITIES(false),
    PREVIOUS_INCIDENTS(false),
    OTHER(false);

    private final boolean barsOutcome21;

    AggravatingFactor(boolean barsOutcome21) {
        this.barsOutcome21 = barsOutcome21;
    }

    /** Whether Outcome 21 is refused while this factor is recorded. */
    public boolean barsOutcome21() {
        return barsOutcome21;
    }
}
