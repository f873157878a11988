package org.casebridge.police.device.query;

import static org.casebridge.police.shared.ReadModels.appendOnce;
import static org.casebridge.police.shared.ReadModels.erasedColumns;
import static org.casebridge.police.shared.ReadModels.json;
import static org.casebridge.police.shared.ReadModels.timestamp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.casebridge.police.device.command.DeviceEvent.CaidStatusRecordedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceDisposedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceExaminedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceNotSeizedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceSeizedEvent;
import org.casebridge.police.device.command.DeviceEvent.ReportRemoveSignpostedEvent;
import org.casebridge.police.device.command.DeviceEvent.SchoolDeletionWithdrawnEvent;
import org.casebridge.police.device.command.DeviceEvent.SchoolDeviceNamedEvent;
import org.casebridge.police.device.command.DeviceEvent.UnseizedDeviceDecidedAgainEvent;
import org.casebridge.police.escalation.command.EscalationEvent.PersonalDetailsErasedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code police_device} table; every handler is idempotent. */
@Component
@ProcessingGroup(DeviceProjection.GROUP)
class DeviceProjection {

    static final String GROUP = "police-devices";

    private final JdbcTemplate jdbc;

    DeviceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DeviceSeizedEvent e) {
        jdbc.update(
                """
                INSERT INTO police_device (device_id, case_id, force_code, description, owner_child_ref, seized,
                    exhibit_reference, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, true, ?, ?, ?) ON CONFLICT (device_id) DO NOTHING""",
                e.deviceId(),
                e.caseId(),
                e.forceCode(),
                e.description(),
                e.ownerChildRef(),
                e.exhibitReference(),
                e.by().id(),
                timestamp(e.at()));
    }

    @EventHandler
    void on(DeviceNotSeizedEvent e) {
        jdbc.update(
                """
                INSERT INTO police_device (device_id, case_id, force_code, description, owner_child_ref, seized,
                    not_seized_reason, school_may_use_deletion_powers, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, false, ?, ?, ?, ?) ON CONFLICT (device_id) DO NOTHING""",
                e.deviceId(),
                e.caseId(),
                e.forceCode(),
                e.description(),
                e.ownerChildRef(),
                e.reason(),
                e.schoolMayUseDeletionPowers(),
                e.by().id(),
                timestamp(e.at()));
    }

    @EventHandler
    void on(DeviceExaminedEvent e, @MessageIdentifier String eventId) {
        append(
                e.deviceId(),
                "examinations",
                eventId,
                new DeviceView.Examination(
                        eventId, e.examinedBy().name(), e.examinationReference(), e.by().id(), e.at()));
    }

    @EventHandler
    void on(CaidStatusRecordedEvent e, @MessageIdentifier String eventId) {
        append(
                e.deviceId(),
                "caid",
                eventId,
                new DeviceView.Caid(
                        eventId,
                        e.status().name(),
                        e.grade() == null ? null : e.grade().name(),
                        e.caidReference(),
                        e.by().id(),
                        e.at()));
    }

    @EventHandler
    void on(ReportRemoveSignpostedEvent e, @MessageIdentifier String eventId) {
        append(
                e.deviceId(),
                "report_remove",
                eventId,
                new DeviceView.ReportRemove(eventId, e.childRef(), e.reportRemoveReference(), e.by().id(), e.at()));
    }

    @EventHandler
    void on(DeviceDisposedEvent e) {
        jdbc.update("""
                UPDATE police_device SET disposal = ?, disposal_rationale = ?, disposed_by = ?, disposed_at = ?
                WHERE device_id = ?""", e.disposal().name(), e.rationale(), e.by().id(), timestamp(e.at()), e.deviceId());
    }

    @EventHandler
    void on(SchoolDeviceNamedEvent e) {
        jdbc.update(
                "UPDATE police_device SET school_device_ref = ? WHERE device_id = ?",
                e.schoolDeviceRef(),
                e.deviceId());
    }

    @EventHandler
    void on(SchoolDeletionWithdrawnEvent e) {
        jdbc.update("""
                UPDATE police_device SET school_may_use_deletion_powers = false, school_deletion_withdrawn_at = ?
                WHERE device_id = ?""", timestamp(e.at()), e.deviceId());
    }

    @EventHandler
    void on(UnseizedDeviceDecidedAgainEvent e) {
        jdbc.update("""
                UPDATE police_device SET school_may_use_deletion_powers = ?, not_seized_reason = ?,
                    school_deletion_withdrawn_at = NULL
                WHERE device_id = ?""", e.schoolMayUseDeletionPowers(), e.reason(), e.deviceId());
    }

    /** The case's free text became unreadable with its key (ADR 0064): the copies here go too. */
    @EventHandler
    void on(PersonalDetailsErasedEvent e) {
        jdbc.update(
                "UPDATE police_device SET "
                        + erasedColumns("description", "not_seized_reason", "disposal_rationale")
                        + " WHERE case_id = ?",
                e.caseId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM police_device");
    }

    private void append(String deviceId, String column, String eventId, Object element) {
        appendOnce(jdbc, "police_device", "device_id", deviceId, column, "eventId", eventId, json(element));
    }
}
