package org.casebridge.police.escalation.command;

/**
 * A child's role in the crime record. NPCC guidance (2024) records children in non-aggravated cases as a person
 * involved, not a suspect.
 */
public enum ChildRole {
    VICTIM,
    PERSON_INVOLVED,
    SUSPECT
}
