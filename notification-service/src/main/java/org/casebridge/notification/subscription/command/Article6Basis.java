package org.casebridge.notification.subscription.command;

import java.util.Optional;

/**
 * The UK GDPR Article 6(1) lawful bases, as a subscription names them. A subscription may be made only on those a
 * public authority may use for its task ({@link #forPublicAuthorities()}); the other three stay listed because
 * subscriptions stored before ADR 0024 may name them and must still read, and so that a request naming one gets a
 * 422 that says why rather than an unreadable request.
 */
public enum Article6Basis {
    /** Art 6(1)(a): refused. Safeguarding shares happen whatever the family wants; consent would be a pretence. */
    CONSENT,
    /** Art 6(1)(b): refused since ADR 0024. A statutory duty is not a contract with the child. */
    CONTRACT,
    LEGAL_OBLIGATION,
    VITAL_INTERESTS,
    PUBLIC_TASK,
    /** Art 6(1)(f): refused since ADR 0024. Not available to a public authority performing its tasks. */
    LEGITIMATE_INTERESTS;

    /** The same basis in the published language, if a public authority may share on it. */
    public Optional<org.casebridge.events.lawful.Article6Basis> forPublicAuthorities() {
        return switch (this) {
            case LEGAL_OBLIGATION -> Optional.of(org.casebridge.events.lawful.Article6Basis.LEGAL_OBLIGATION);
            case VITAL_INTERESTS -> Optional.of(org.casebridge.events.lawful.Article6Basis.VITAL_INTERESTS);
            case PUBLIC_TASK -> Optional.of(org.casebridge.events.lawful.Article6Basis.PUBLIC_TASK);
            case CONSENT, CONTRACT, LEGITIMATE_INTERESTS -> Optional.empty();
        };
    }
}
