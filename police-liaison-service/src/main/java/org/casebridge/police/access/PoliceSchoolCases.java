package org.casebridge.police.access;

import java.util.Map;
import java.util.Optional;
import org.casebridge.events.lawful.LawfulBasis;
import org.casebridge.events.police.CrimeRecordedEvent;
import org.casebridge.events.police.StrategyMeetingConvenedEvent;
import org.casebridge.events.registry.LawfulBases;
import org.casebridge.platform.access.SchoolCaseRead;
import org.casebridge.platform.access.SchoolCases;
import org.casebridge.platform.actor.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every escalation is a school's case (ADR 0070): a read of one by an officer or an auditor is told to the school, as
 * what was read and the basis the force holds it on (its strategy meetings are multi-agency safeguarding, the rest law
 * enforcement). Lists are not reads of a case; a case with no escalation here is no school's case of this service.
 */
@Component
class PoliceSchoolCases implements SchoolCases {

    private static final Map<String, String> RECORDS = Map.of(
            "escalation", "ESCALATION",
            "escalation-as-of", "ESCALATION_AS_OF",
            "devices", "DEVICES",
            "strategy-meetings", "STRATEGY_MEETINGS",
            "subject-access-requests", "SUBJECT_ACCESS_BUNDLE",
            "subject-access-draft", "SUBJECT_ACCESS_BUNDLE",
            "subject-access-disclosure-pdf", "SUBJECT_ACCESS_BUNDLE",
            "subject-access-disclosure-json", "SUBJECT_ACCESS_BUNDLE");

    private final JdbcTemplate jdbc;

    PoliceSchoolCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SchoolCaseRead> read(Actor actor, String what, String caseId) {
        String record = RECORDS.get(what);
        if (record == null) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        "SELECT school_urn, force_code FROM police_escalation WHERE case_id = ?",
                        (rs, row) -> new SchoolCaseRead(
                                rs.getString("school_urn"),
                                rs.getString("force_code"),
                                record,
                                basisOf(record).attribute()),
                        caseId)
                .stream()
                .findFirst();
    }

    private static LawfulBasis basisOf(String record) {
        return LawfulBases.declaredFor(
                        record.equals("STRATEGY_MEETINGS")
                                ? StrategyMeetingConvenedEvent.class
                                : CrimeRecordedEvent.class)
                .orElseThrow();
    }
}
