package org.casebridge.police.escalation.command;

/**
 * A child's role in the crime record.
 *
 * @param childRef the child's pseudonymous ref from the referral
 * @param role     victim, person involved or suspect
 */
public record ChildRoleAssignment(String childRef, ChildRole role) {}
