package org.casebridge.cases.incident.api;

/**
 * The five immediate-referral criteria of the UKCIS guidance "Sharing nudes and semi-nudes" (2020, updated 2024).
 * If any is met the case must be referred to the police and/or children's social care.
 */
public enum Criterion {
    /** The incident involves an adult. */
    ADULT_INVOLVED,
    /** A child was coerced, blackmailed or groomed, or there are concerns about their capacity to consent. */
    COERCION_OR_GROOMING_OR_CAPACITY,
    /** The imagery shows sexual acts unusual for the child's developmental stage, or violent acts. */
    UNUSUAL_OR_VIOLENT_ACTS,
    /** The imagery involves sexual acts and a child in it is under 13. */
    UNDER_13_SEXUAL_ACTS,
    /** A child is at immediate risk of harm because of the sharing, for example suicidal or self-harming. */
    IMMEDIATE_RISK_OF_HARM
}
