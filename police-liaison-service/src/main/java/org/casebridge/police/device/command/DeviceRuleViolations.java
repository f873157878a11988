package org.casebridge.police.device.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** The rules a {@link Device} enforces, one exception (and one problem type) each. */
public final class DeviceRuleViolations {

    private DeviceRuleViolations() {}

    /** CAID takes images the police hold: from a seized or forensically examined device. */
    public static final class CaidRequiresSeizedOrExaminedDeviceException extends DomainRuleViolation {
        public CaidRequiresSeizedOrExaminedDeviceException(String deviceId) {
            super(
                    409,
                    "caid-requires-seized-or-examined-device",
                    "Device " + deviceId + " was neither seized nor examined, so nothing from it can go to CAID.");
        }
    }

    public static final class CaidNotSubmittedException extends DomainRuleViolation {
        public CaidNotSubmittedException(CaidStatus status) {
            super(409, "caid-not-submitted", "Record the CAID submission before " + status + ".");
        }
    }

    public static final class CaidGradeRequiredException extends DomainRuleViolation {
        public CaidGradeRequiredException() {
            super(422, "caid-grade-required", "A GRADED status carries the grade A, B or C.");
        }
    }

    /** A phone the police seize is not returned (NPCC briefing 2016). */
    public static final class SeizedDeviceNotReturnedException extends DomainRuleViolation {
        public SeizedDeviceNotReturnedException(String deviceId) {
            super(
                    422,
                    "seized-device-not-returned",
                    "Device " + deviceId + " was seized, and a seized device is not"
                            + " returned: destroy or forfeit it.");
        }
    }

    public static final class DeviceNotHeldException extends DomainRuleViolation {
        public DeviceNotHeldException(String deviceId) {
            super(
                    409,
                    "device-not-held",
                    "The police never held device " + deviceId
                            + " (not seized, not examined): there is nothing to dispose of.");
        }
    }

    public static final class DeviceDisposedException extends DomainRuleViolation {
        public DeviceDisposedException(String deviceId) {
            super(409, "device-disposed", "Device " + deviceId + " has been disposed of.");
        }
    }
}
