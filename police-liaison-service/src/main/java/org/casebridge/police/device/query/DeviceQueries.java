package org.casebridge.police.device.query;

import static org.casebridge.police.shared.ReadModels.instant;
import static org.casebridge.police.shared.ReadModels.list;
import static org.casebridge.police.shared.ReadModels.nullableBoolean;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of devices; the caller has already checked the case belongs to the force. */
@Component
public class DeviceQueries {

    private final NamedParameterJdbcTemplate jdbc;

    DeviceQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<DeviceView> devicesOfCase(String caseId) {
        return jdbc.query(
                "SELECT * FROM police_device WHERE case_id = :caseId ORDER BY recorded_at, device_id",
                Map.of("caseId", caseId),
                (rs, row) -> new DeviceView(
                        rs.getString("device_id"),
                        rs.getString("case_id"),
                        rs.getString("description"),
                        rs.getString("owner_child_ref"),
                        rs.getBoolean("seized"),
                        rs.getString("exhibit_reference"),
                        rs.getString("not_seized_reason"),
                        nullableBoolean(rs, "school_may_use_deletion_powers"),
                        list(rs.getString("examinations"), DeviceView.Examination.class),
                        list(rs.getString("caid"), DeviceView.Caid.class),
                        list(rs.getString("report_remove"), DeviceView.ReportRemove.class),
                        rs.getString("disposal"),
                        rs.getString("disposal_rationale"),
                        rs.getString("disposed_by"),
                        instant(rs, "disposed_at"),
                        rs.getString("recorded_by"),
                        instant(rs, "recorded_at"),
                        rs.getString("school_device_ref"),
                        instant(rs, "school_deletion_withdrawn_at")));
    }
}
