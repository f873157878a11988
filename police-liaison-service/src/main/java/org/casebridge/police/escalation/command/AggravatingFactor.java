package org.casebridge.police.escalation.command;

/** The aggravating factors of the NPCC briefing (November 2016); any one puts the police in control. */
public enum AggravatingFactor {
    ADULT_INVOLVEMENT,
    EXPLOITATION,
    GROOMING,
    COERCION_OR_BLACKMAIL,
    PROFIT_MOTIVE,
    /** Wide or inappropriate sharing, upload to pornographic sites. */
    MALICIOUS_INTENT,
    PERSISTENT_OR_REPEATED,
    KNOWN_VULNERABILITIES,
    PREVIOUS_INCIDENTS,
    OTHER
}
