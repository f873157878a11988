package org.casebridge.notification.delivery.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.casebridge.notification.agency.ReadScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The names of cases as a reader may know them: only from the events delivered (or being delivered) to the reader's
 * agency, so a page never names a school the agency was not sent (an auditor: from every agency's). The school's
 * reference of the case (ADR 0062) joins the name only where the school does, since its short code names the school.
 * Three queries for a page's cases.
 */
@Component
public class CaseNames {

    private final NamedParameterJdbcTemplate jdbc;

    public CaseNames(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each case's name; a case the reader was sent nothing about has a name with its area only, if known. */
    public Map<String, CaseName> of(ReadScope scope, Collection<String> caseIds) {
        Set<String> ids = new TreeSet<>(caseIds);
        Map<String, CaseName> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids).addValue("agency", scope.agencyId());
        Map<String, String> areas = new HashMap<>();
        jdbc.query("SELECT case_id, local_authority_code FROM case_context WHERE case_id IN (:ids)", params, rs -> {
            areas.put(rs.getString("case_id"), rs.getString("local_authority_code"));
        });
        jdbc.query(
                """
                SELECT d.case_id,
                       (array_agg(r.payload->>'schoolUrn' ORDER BY r.seq)
                            FILTER (WHERE r.payload->>'schoolUrn' IS NOT NULL))[1] AS school_urn,
                       min(r.occurred_at) FILTER (WHERE r.event_type LIKE 'org.casebridge.school.referral-made.%')
                            AS referred_at,
                       min(r.occurred_at) AS first_heard_at
                FROM delivery d JOIN received_event r ON r.event_id = d.event_id
                WHERE d.case_id IN (:ids) AND (CAST(:agency AS VARCHAR) IS NULL OR d.agency_id = :agency)
                GROUP BY d.case_id""",
                params, rs -> {
                    String caseId = rs.getString("case_id");
                    names.put(
                            caseId,
                            new CaseName(
                                    caseId,
                                    rs.getString("school_urn"),
                                    areas.get(caseId),
                                    instant(rs.getTimestamp("referred_at")),
                                    instant(rs.getTimestamp("first_heard_at")),
                                    null));
                });
        ids.stream()
                .filter(id -> !names.containsKey(id))
                .forEach(id -> names.put(id, new CaseName(id, null, areas.get(id), null, null, null)));
        references(params)
                .forEach((caseId, reference) ->
                        names.computeIfPresent(caseId, (id, name) -> name.withReference(reference)));
        return names;
    }

    /** One case's name. */
    public CaseName of(ReadScope scope, String caseId) {
        return of(scope, Set.of(caseId)).getOrDefault(caseId, new CaseName(caseId, null, null, null, null, null));
    }

    /** The latest reference the school published for each case, whoever it was delivered to. */
    public Map<String, String> references(Collection<String> caseIds) {
        return caseIds.isEmpty() ? Map.of() : references(new MapSqlParameterSource("ids", new TreeSet<>(caseIds)));
    }

    private Map<String, String> references(MapSqlParameterSource params) {
        Map<String, String> references = new HashMap<>();
        jdbc.query(
                """
                SELECT case_id, (array_agg(payload->>'caseReference' ORDER BY seq DESC))[1] AS case_reference
                FROM received_event
                WHERE case_id IN (:ids) AND event_type LIKE 'org.casebridge.school.case-referenced.%'
                GROUP BY case_id""",
                params, rs -> {
                    if (rs.getString("case_reference") != null) {
                        references.put(rs.getString("case_id"), rs.getString("case_reference"));
                    }
                });
        return references;
    }

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
