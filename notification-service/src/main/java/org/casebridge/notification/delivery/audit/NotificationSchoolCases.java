package org.casebridge.notification.delivery.audit;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casebridge.events.agency.CaseReadByAgencyEvent;
import org.casebridge.events.registry.LawfulBases;
import org.casebridge.platform.access.SchoolCaseRead;
import org.casebridge.platform.access.SchoolCases;
import org.casebridge.platform.actor.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What this service holds of a school's case, read by an agency or an auditor, is told to the school (ADR 0070): the
 * referral routed to the agency, what was shared with it, the deliveries. The school is the one its events named (or
 * the agency case's). Reads by case-service's own subject access client are the school's own (its DSL's disclosure,
 * ADR 0057) and are not told.
 */
@Component
class NotificationSchoolCases implements SchoolCases {

    private static final Map<String, String> RECORDS = Map.of(
            "agency-referral", "REFERRAL",
            "agency-case", "SHARED_INFORMATION",
            "case-information-shares", "SHARED_INFORMATION",
            "case-deliveries", "DELIVERIES");

    private final JdbcTemplate jdbc;
    private final Set<String> schoolsOwnReaders;
    private final String basis;

    NotificationSchoolCases(
            JdbcTemplate jdbc,
            @Value("${casebridge.access.schools-own-readers:case-service-sar}") Set<String> schoolsOwnReaders) {
        this.jdbc = jdbc;
        this.schoolsOwnReaders = Set.copyOf(schoolsOwnReaders);
        this.basis = LawfulBases.declaredFor(CaseReadByAgencyEvent.class)
                .orElseThrow()
                .attribute();
    }

    @Override
    public Optional<SchoolCaseRead> read(Actor actor, String what, String caseId) {
        String record = RECORDS.get(what);
        if (record == null || schoolsOwnReaders.contains(actor.id())) {
            return Optional.empty();
        }
        return jdbc.query("""
                        SELECT school_urn FROM agency_case WHERE case_id = ? AND school_urn IS NOT NULL
                        UNION ALL
                        (SELECT payload ->> 'schoolUrn' FROM received_event
                          WHERE case_id = ? AND source = '/casebridge/case-service'
                            AND payload ->> 'schoolUrn' IS NOT NULL
                          ORDER BY seq LIMIT 1)
                        LIMIT 1""", (rs, row) -> rs.getString(1), caseId, caseId).stream()
                .findFirst()
                .map(school -> new SchoolCaseRead(school, null, record, basis));
    }
}
