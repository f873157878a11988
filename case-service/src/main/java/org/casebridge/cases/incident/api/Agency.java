package org.casebridge.cases.incident.api;

/** Who a school refers a case to. */
public enum Agency {
    POLICE,
    CHILDRENS_SOCIAL_CARE
}
