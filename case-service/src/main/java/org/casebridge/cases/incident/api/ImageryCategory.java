package org.casebridge.cases.incident.api;

/** What is known of the imagery from what children and staff said, without anyone viewing it. Never the image. */
public enum ImageryCategory {
    SEMI_NUDE,
    NUDE,
    SEXUAL_POSE,
    SEXUAL_ACT,
    UNUSUAL_OR_VIOLENT_ACT,
    NOT_KNOWN
}
