package org.casebridge.police.device.command;

/** Who examined a device. */
public enum ExaminingUnit {
    HI_TECH_CRIME_UNIT,
    DIGITAL_FORENSICS
}
