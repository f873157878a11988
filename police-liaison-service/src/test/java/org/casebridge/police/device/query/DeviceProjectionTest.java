package org.casebridge.police.device.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.test.ReadModelDatabase;
import org.casebridge.police.device.command.CaidGrade;
import org.casebridge.police.device.command.CaidStatus;
import org.casebridge.police.device.command.DeviceEvent.CaidStatusRecordedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceDisposedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceExaminedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceNotSeizedEvent;
import org.casebridge.police.device.command.DeviceEvent.DeviceSeizedEvent;
import org.casebridge.police.device.command.DeviceEvent.ReportRemoveSignpostedEvent;
import org.casebridge.police.device.command.Disposal;
import org.casebridge.police.device.command.ExaminingUnit;
import org.casebridge.police.shared.PoliceRoles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The police device read model without Spring: the projection on a real PostgreSQL database migrated by the
 * service's Flyway scripts, fed events directly and read through {@link DeviceQueries}.
 */
class DeviceProjectionTest {

    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final ActedBy OFFICER = new ActedBy("pc-4411", PoliceRoles.POLICE_LIAISON, "WMP");

    static DeviceProjection projection;
    static DeviceQueries queries;

    private final String caseId = UUID.randomUUID().toString();
    private final String deviceId = UUID.randomUUID().toString();

    @BeforeAll
    static void database() {
        JdbcTemplate jdbc = new JdbcTemplate(ReadModelDatabase.migrated("police_devices"));
        projection = new DeviceProjection(jdbc);
        queries = new DeviceQueries(new NamedParameterJdbcTemplate(jdbc));
    }

    @Test
    void aSeizedDeviceGathersItsExaminationGradeAndDisposalEachOnceHoweverOftenTheyArrive() {
        projection.on(new DeviceSeizedEvent(deviceId, caseId, "WMP", "Phone", "child-1", "EXH/1", OFFICER, AT));
        DeviceExaminedEvent examined =
                new DeviceExaminedEvent(deviceId, caseId, "WMP", ExaminingUnit.DIGITAL_FORENSICS, "DF-1", OFFICER, AT);
        projection.on(examined, "event-1");
        projection.on(examined, "event-1");
        projection.on(
                new CaidStatusRecordedEvent(
                        deviceId, caseId, "WMP", CaidStatus.GRADED, CaidGrade.B, "CAID-1", OFFICER, AT),
                "event-2");
        projection.on(
                new ReportRemoveSignpostedEvent(deviceId, caseId, "WMP", "child-1", "IWF-1", OFFICER, AT), "event-3");
        projection.on(new DeviceDisposedEvent(deviceId, caseId, "WMP", Disposal.FORFEITED, "Closed", OFFICER, AT));

        assertThat(queries.devicesOfCase(caseId)).singleElement().satisfies(device -> {
            assertThat(device.seized()).isTrue();
            assertThat(device.exhibitReference()).isEqualTo("EXH/1");
            assertThat(device.examinations())
                    .extracting(DeviceView.Examination::reference)
                    .containsExactly("DF-1");
            assertThat(device.caid()).extracting(DeviceView.Caid::grade).containsExactly("B");
            assertThat(device.reportRemove())
                    .extracting(DeviceView.ReportRemove::reference)
                    .containsExactly("IWF-1");
            assertThat(device.disposal()).isEqualTo("FORFEITED");
            assertThat(device.disposedBy()).isEqualTo("pc-4411");
        });
    }

    @Test
    void aDeviceNotSeizedSaysWhyAndWhetherTheSchoolMayDeleteAndIsRecordedOnce() {
        DeviceNotSeizedEvent notSeized =
                new DeviceNotSeizedEvent(deviceId, caseId, "WMP", "Tablet", null, "Victim's device", true, OFFICER, AT);
        projection.on(notSeized);
        projection.on(notSeized);

        assertThat(queries.devicesOfCase(caseId)).singleElement().satisfies(device -> {
            assertThat(device.seized()).isFalse();
            assertThat(device.notSeizedReason()).isEqualTo("Victim's device");
            assertThat(device.schoolMayUseDeletionPowers()).isTrue();
            assertThat(device.examinations()).isEmpty();
        });
        assertThat(queries.devicesOfCase(UUID.randomUUID().toString())).isEmpty();
    }
}
