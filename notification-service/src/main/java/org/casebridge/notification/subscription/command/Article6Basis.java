package org.casebridge.notification.subscription.command;

/** The UK GDPR Article 6(1) lawful bases. */
public enum Article6Basis {
    CONSENT,
    CONTRACT,
    LEGAL_OBLIGATION,
    VITAL_INTERESTS,
    PUBLIC_TASK,
    LEGITIMATE_INTERESTS
}
