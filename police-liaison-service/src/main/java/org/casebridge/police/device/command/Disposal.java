package org.casebridge.police.device.command;

/** What finally happened to a device the police held. */
public enum Disposal {
    DESTROYED,
    FORFEITED,
    RETURNED_AFTER_DELETION
}
