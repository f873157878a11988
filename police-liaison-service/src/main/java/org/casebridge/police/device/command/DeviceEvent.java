package org.casebridge.police.device.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;
import org.casebridge.police.shared.PoliceCaseEvent;

/** Everything decided about a {@link Device}; each names the device, the case and the force. */
public sealed interface DeviceEvent extends PoliceCaseEvent {

    String deviceId();

    /** Seized as an exhibit; a seized device is not returned. */
    @Revision("2")
    record DeviceSeizedEvent(
            String deviceId,
            String caseId,
            String forceCode,
            @Sealed String description,
            String ownerChildRef,
            String exhibitReference,
            ActedBy by,
            Instant at)
            implements DeviceEvent {}

    /** Not seized, why, and whether the school may use its Education Act 1996 s.550ZC deletion powers. */
    @Revision("2")
    record DeviceNotSeizedEvent(
            String deviceId,
            String caseId,
            String forceCode,
            @Sealed String description,
            String ownerChildRef,
            @Sealed String reason,
            boolean schoolMayUseDeletionPowers,
            ActedBy by,
            Instant at)
            implements DeviceEvent {}

    @Revision("1")
    record DeviceExaminedEvent(
            String deviceId,
            String caseId,
            String forceCode,
            ExaminingUnit examinedBy,
            String examinationReference,
            ActedBy by,
            Instant at)
            implements DeviceEvent {}

    @Revision("1")
    record CaidStatusRecordedEvent(
            String deviceId,
            String caseId,
            String forceCode,
            CaidStatus status,
            CaidGrade grade,
            String caidReference,
            ActedBy by,
            Instant at)
            implements DeviceEvent {}

    @Revision("1")
    record ReportRemoveSignpostedEvent(
            String deviceId,
            String caseId,
            String forceCode,
            String childRef,
            String reportRemoveReference,
            ActedBy by,
            Instant at)
            implements DeviceEvent {}

    @Revision("2")
    record DeviceDisposedEvent(
            String deviceId,
            String caseId,
            String forceCode,
            Disposal disposal,
            @Sealed String rationale,
            ActedBy by,
            Instant at)
            implements DeviceEvent {}

    /** The device came from the school: the school's own name for it on its case ({@code device-1}). */
    @Revision("1")
    record SchoolDeviceNamedEvent(
            String deviceId, String caseId, String forceCode, String schoolDeviceRef, ActedBy by, Instant at)
            implements DeviceEvent {}

    /**
     * The police decided again, in a later round, about a device they had not seized: why, and whether the school
     * may use its deletion powers on it now.
     */
    @Revision("2")
    record UnseizedDeviceDecidedAgainEvent(
            String deviceId,
            String caseId,
            String forceCode,
            @Sealed String reason,
            boolean schoolMayUseDeletionPowers,
            ActedBy by,
            Instant at)
            implements DeviceEvent {}

    /**
     * A school's re-escalation opened round {@code round}: the deletion left to the school on this unseized device
     * is withdrawn until the police decide again. {@code by} is the school that re-escalated.
     */
    @Revision("1")
    record SchoolDeletionWithdrawnEvent(
            String deviceId, String caseId, String forceCode, String schoolDeviceRef, int round, ActedBy by, Instant at)
            implements DeviceEvent {}
}
