package org.casebridge.notification.referral.command;

/**
 * An adult in a position of trust as the school's referral names them: a ref, a role and the kind of organisation
 * that employs them (codes of the published language). Never who they are.
 */
public record LadoAdult(String ref, String role, String employer) {}
