package org.casebridge.police.device.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A device of a case and every decision about it and its images, by reference only.
 *
 * @param examinations  forensic examinations (unit and reference)
 * @param caid          the CAID statuses recorded, oldest first
 * @param reportRemove  Report Remove signposting (child and reference)
 * @param schoolDeviceRef the school's device when it came from the school
 * @param schoolDeletionWithdrawnAt when a re-escalation withdrew the deletion left to the school
 */
public record DeviceView(
        String deviceId,
        String caseId,
        @Schema(example = "Mobile phone") String description,
        @Schema(example = "child-2") String ownerChildRef,
        boolean seized,
        @Schema(example = "EXH/WMP/0042") String exhibitReference,
        String notSeizedReason,
        Boolean schoolMayUseDeletionPowers,
        List<Examination> examinations,
        List<Caid> caid,
        List<ReportRemove> reportRemove,
        @Schema(example = "DESTROYED") String disposal,
        String disposalRationale,
        String disposedBy,
        Instant disposedAt,
        String recordedBy,
        Instant recordedAt,
        @Schema(example = "device-1") String schoolDeviceRef,
        Instant schoolDeletionWithdrawnAt) {

    public record Examination(
            String eventId,
            @Schema(example = "HI_TECH_CRIME_UNIT") String examinedBy,
            @Schema(example = "HTCU-2026-118") String reference,
            String by,
            Instant at) {}

    public record Caid(
            String eventId,
            @Schema(example = "GRADED") String status,
            @Schema(example = "C") String grade,
            @Schema(example = "CAID-SUB-99812") String reference,
            String by,
            Instant at) {}

    public record ReportRemove(
            String eventId,
            @Schema(example = "child-1") String childRef,
            @Schema(example = "IWF-RR-20261128-7") String reference,
            String by,
            Instant at) {}
}
