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

    /** A seized device is an exhibit: there is nothing to leave to the school, so it is not decided again. */
    public static final class SeizedDeviceNotDecidedAgainException extends DomainRuleViolation {
        public SeizedDeviceNotDecidedAgainException(String deviceId) {
            super(
                    409,
                    "seized-device-not-decided-again",
                    "Device " + deviceId + " was seized as an exhibit; only a device the police did not seize is"
                            + " decided again.");
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

    /** The police cannot delete with any guarantee, and returning a device with images may be distribution. */
    public static final class DeviceNotReturnedAfterDeletionException extends DomainRuleViolation {
        public DeviceNotReturnedAfterDeletionException(String deviceId) {
            super(
                    422,
                    "device-not-returned-after-deletion",
                    "Device " + deviceId + " cannot be returned after police deletion: the police cannot guarantee"
                            + " that every image is gone, and returning it may be distribution. Destroy or forfeit"
                            + " it once the outcome is assigned, or leave an unseized device to the school.");
        }
    }

    /** An exhibit stays until the case has its outcome. */
    public static final class OutcomeNotAssignedForDisposalException extends DomainRuleViolation {
        public OutcomeNotAssignedForDisposalException(String deviceId, String caseId) {
            super(
                    409,
                    "disposal-before-outcome",
                    "Device " + deviceId + " is evidence in case " + caseId
                            + ", which has no assigned outcome yet: it cannot be destroyed or forfeited before then.");
        }
    }

    public static final class CaidNotGradedException extends DomainRuleViolation {
        public CaidNotGradedException(String deviceId) {
            super(
                    409,
                    "caid-not-graded",
                    "The images of device " + deviceId + " are added to CAID only after they were graded.");
        }
    }

    public static final class SchoolDeviceRefFormatException extends DomainRuleViolation {
        public SchoolDeviceRefFormatException(String ref) {
            super(
                    422,
                    "school-device-ref-format",
                    "The school's device is named as on the school's case, for example device-1; '" + ref
                            + "' is not such a name.");
        }
    }

    /** Devices are decided on an escalation an officer of the force accepted (and not declined). */
    public static final class EscalationNotAcceptedForDeviceException extends DomainRuleViolation {
        public EscalationNotAcceptedForDeviceException(String caseId) {
            super(
                    409,
                    "escalation-not-accepted",
                    "Escalation " + caseId + " is not accepted by the force (new, declined or unknown): accept it"
                            + " before deciding on its devices.");
        }
    }
}
