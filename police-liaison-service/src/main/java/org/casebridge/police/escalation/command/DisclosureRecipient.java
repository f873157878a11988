package org.casebridge.police.escalation.command;

/** Who was given the force's standard statement on the disclosure of non-conviction information. */
public enum DisclosureRecipient {
    SCHOOL,
    PARENTS_OR_CARERS
}
