package org.casebridge.cases.incident.api;

/**
 * An adult in a position of trust who is or may be involved in a case, named by a ref such as {@code adult-1}: the
 * role and the kind of organisation that employs them, nothing that identifies them.
 */
public record AdultInvolved(String ref, AdultRole role, AdultEmployer employer) {}
