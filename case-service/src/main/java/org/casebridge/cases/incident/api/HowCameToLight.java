package org.casebridge.cases.incident.api;

/** How the incident reached the DSL. */
public enum HowCameToLight {
    DISCLOSURE_BY_CHILD_INVOLVED,
    DISCLOSURE_BY_ANOTHER_CHILD,
    REPORTED_BY_PARENT_OR_CARER,
    DISCOVERED_BY_STAFF,
    REPORTED_BY_ANOTHER_AGENCY,
    OTHER
}
