package org.casebridge.police.escalation.command;

/** Where an escalation stands in its force's inbox. */
public enum EscalationStatus {
    /** Waiting for an officer of the force (also after a transfer in). */
    NEW,
    ACCEPTED,
    DECLINED
}
