package org.casebridge.police.device.command;

/** The category CAID grades images into (A most serious). */
public enum CaidGrade {
    A,
    B,
    C
}
