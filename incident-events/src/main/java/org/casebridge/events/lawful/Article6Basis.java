package org.casebridge.events.lawful;

/**
 * The UK GDPR Article 6(1) bases a public authority may rely on for a safeguarding share made in performing its task.
 * Consent (a) is the wrong basis where the sharer would share anyway, contract (b) does not fit a statutory duty, and
 * legitimate interests (f) is not available to public authorities for their tasks (Art 6(1), last subparagraph): none
 * of them is listed.
 */
public enum Article6Basis {
    /** Art 6(1)(c): a statutory duty, for example enquiries under Children Act 1989 s.47. */
    LEGAL_OBLIGATION("6(1)(c)"),
    /** Art 6(1)(d): to protect someone's life. */
    VITAL_INTERESTS("6(1)(d)"),
    /** Art 6(1)(e): a task in the public interest or in the exercise of official authority, such as safeguarding. */
    PUBLIC_TASK("6(1)(e)");

    private final String point;

    Article6Basis(String point) {
        this.point = point;
    }

    /** The citation, for example {@code UK GDPR Art 6(1)(e)}. */
    public String citation() {
        return "UK GDPR Art " + point;
    }
}
