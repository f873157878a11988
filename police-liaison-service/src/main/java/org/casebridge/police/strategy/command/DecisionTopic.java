package org.casebridge.police.strategy.command;

/** What a strategy-meeting decision is about. */
public enum DecisionTopic {
    /** Whether to start enquiries under Children Act 1989 s.47. */
    SECTION_47_ENQUIRIES,
    POLICE_INVESTIGATION,
    SUPPORT_PLAN,
    OTHER
}
