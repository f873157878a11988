package org.casebridge.police.device.command;

/** What finally happened to a device the police held. */
public enum Disposal {
    DESTROYED,
    FORFEITED,
    /**
     * Refused since issue 12: the police cannot guarantee deletion, and returning a device with images may be
     * distribution (NPCC briefing 2016). Kept so that decisions already recorded still read.
     */
    RETURNED_AFTER_DELETION
}
