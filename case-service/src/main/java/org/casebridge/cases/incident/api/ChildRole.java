package org.casebridge.cases.incident.api;

/** A child's part in the incident; a child may have several. */
public enum ChildRole {
    PICTURED,
    SHARED,
    RECEIVED,
    POSSESSED
}
