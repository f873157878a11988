package org.casebridge.cases.incident.api;

/** How parents or carers were told. */
public enum ParentContactMethod {
    IN_PERSON,
    TELEPHONE,
    VIDEO_CALL,
    LETTER,
    EMAIL
}
