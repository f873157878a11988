package org.casebridge.police.device.command;

/** Where a device's images stand with the Child Abuse Image Database; the platform holds only references. */
public enum CaidStatus {
    SUBMITTED,
    GRADED,
    ADDED,
    NOT_ELIGIBLE
}
