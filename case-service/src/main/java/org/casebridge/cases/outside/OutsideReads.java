package org.casebridge.cases.outside;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.incident.query.CaseViewQueries;
import org.casebridge.cases.words.CodeWords;
import org.casebridge.events.lawful.LawfulBasis;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.reference.PlaceNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Who outside the school read one of its cases (ADR 0070), newest first, within the reader's case scope: a case
 * outside it answers 404 as one that does not exist. The reads are the police's and the agencies', told by their
 * services at most once per organisation, role and record in a window of minutes, so each line is the first read of
 * its window.
 */
@Service
public class OutsideReads {

    /** Most lines one answer holds; older reads stay in the table and in the readers' own services' logs. */
    public static final int MAX = 500;

    private static final Map<String, String> RECORDS = Map.of(
            "ESCALATION", "The police escalation",
            "ESCALATION_AS_OF", "The police escalation as it stood at an earlier time",
            "DEVICES", "The devices the police hold a decision on",
            "STRATEGY_MEETINGS", "The strategy meetings",
            "SUBJECT_ACCESS_BUNDLE", "A subject access disclosure",
            "REFERRAL", "The referral to the agency",
            "SHARED_INFORMATION", "What was shared with the agency",
            "DELIVERIES", "The deliveries of what was shared");

    private static final Map<String, String> ROLES = Map.of("AGENCY", "Agency practitioner");

    private final CaseViewQueries cases;
    private final JdbcTemplate jdbc;
    private final PlaceNames places;

    public OutsideReads(CaseViewQueries cases, JdbcTemplate jdbc, PlaceNames places) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.places = places;
    }

    public List<OutsideReadView> of(Actor actor, UUID caseId) {
        cases.detail(caseId, CaseScope.of(actor));
        return jdbc.query(
                """
                SELECT r.reader_org, r.reader_kind, r.reader_role, r.record, r.lawful_basis, r.read_at,
                       (SELECT a.local_authority_code FROM case_agency_referral a
                         WHERE a.case_id = r.case_id AND a.agency_id = r.reader_org
                           AND a.local_authority_code IS NOT NULL LIMIT 1) AS csc_area,
                       EXISTS (SELECT 1 FROM case_lado_referral l
                                WHERE l.case_id = r.case_id AND l.agency_id = r.reader_org) AS lado
                  FROM case_outside_read r WHERE r.case_id = ? ORDER BY r.read_at DESC, r.event_id LIMIT ?""",
                (rs, row) -> {
                    String org = rs.getString("reader_org");
                    String kind = rs.getString("reader_kind");
                    String role = rs.getString("reader_role");
                    String record = rs.getString("record");
                    String basis = rs.getString("lawful_basis");
                    Instant readAt = rs.getTimestamp("read_at").toInstant();
                    return new OutsideReadView(
                            organisation(org, kind, rs.getString("csc_area"), rs.getBoolean("lado")),
                            org,
                            kind,
                            ROLES.getOrDefault(role, CodeWords.of(role)),
                            role,
                            RECORDS.getOrDefault(record, CodeWords.of(record)),
                            record,
                            LawfulBasis.parse(basis).map(LawfulBasis::citation).orElse(basis),
                            readAt,
                            PortalDates.shown(readAt));
                },
                caseId,
                MAX);
    }

    private String organisation(String code, String kind, String cscArea, boolean lado) {
        return switch (kind) {
            case "POLICE_FORCE" -> places.force(code);
            case "AUDITOR" -> "casebridge-audit".equals(code) ? "Casebridge's auditors" : places.organisation(code);
            case "AGENCY" -> {
                String name = places.agency(code);
                if (!name.equals(code)) {
                    yield name;
                }
                if (cscArea != null) {
                    yield "Children's social care in " + places.area(cscArea);
                }
                yield lado ? "The LADO the case was referred to" : "An agency the case was shared with";
            }
            default -> places.organisation(code);
        };
    }
}
