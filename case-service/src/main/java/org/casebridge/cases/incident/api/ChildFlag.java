package org.casebridge.cases.incident.api;

/** Facts about a child the initial review must weigh. */
public enum ChildFlag {
    SEND,
    KNOWN_VULNERABILITY,
    LOOKED_AFTER_CHILD,
    CHILD_PROTECTION_PLAN
}
