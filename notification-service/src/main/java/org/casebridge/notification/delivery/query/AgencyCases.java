package org.casebridge.notification.delivery.query;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebridge.notification.agency.AgencyDirectory;
import org.casebridge.notification.agency.DirectoryAgency;
import org.casebridge.notification.agency.ReadScope;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.platform.reference.PlaceNames;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The cases an agency is entitled to see here: those it has been sent something about (the share record, which holds
 * what reached it and on which lawful basis), with the area the school's events gave. An auditor sees every
 * agency's.
 */
@Component
public class AgencyCases {

    /** Most cases a list returns, the most recently shared first. */
    public static final int MAX_ROWS = 500;

    /** Joins an Article 6 basis and an Article 9 condition in one aggregated value; never in either. */
    private static final String BASIS_SEPARATOR = "\u001f";

    private final NamedParameterJdbcTemplate jdbc;
    private final DeliveryLog log;
    private final CaseNames names;
    private final PlaceNames places;
    private final AgencyDirectory agencies;

    public AgencyCases(
            NamedParameterJdbcTemplate jdbc,
            DeliveryLog log,
            CaseNames names,
            PlaceNames places,
            AgencyDirectory agencies) {
        this.jdbc = jdbc;
        this.log = log;
        this.names = names;
        this.places = places;
        this.agencies = agencies;
    }

    /** The agency's name in the directory, or its id when the directory does not know it. */
    public String agencyName(String agencyId) {
        return agencies.find(agencyId).map(DirectoryAgency::name).orElse(agencyId);
    }

    private String schoolName(CaseName name) {
        return name.schoolUrn() == null ? null : places.school(name.schoolUrn());
    }

    public List<AgencyCaseSummary> list(ReadScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("agency", scope.agencyId())
                .addValue("separator", BASIS_SEPARATOR)
                .addValue("limit", MAX_ROWS);
        List<AgencyCaseSummary> rows = jdbc.query(
                """
                        SELECT s.case_id, s.agency_id, c.local_authority_code,
                               array_agg(DISTINCT s.event_type ORDER BY s.event_type) AS event_types,
                               array_agg(DISTINCT s.article6_basis || :separator || s.article9_condition) AS bases,
                               count(*) AS shares, min(s.shared_at) AS first_shared, max(s.shared_at) AS last_shared
                        FROM information_share s LEFT JOIN case_context c ON c.case_id = s.case_id
                        WHERE (CAST(:agency AS VARCHAR) IS NULL OR s.agency_id = :agency)
                        GROUP BY s.case_id, s.agency_id, c.local_authority_code
                        ORDER BY max(s.shared_at) DESC, s.case_id, s.agency_id LIMIT :limit""",
                params,
                (rs, row) -> new AgencyCaseSummary(
                        rs.getString("case_id"),
                        rs.getString("local_authority_code"),
                        rs.getString("agency_id"),
                        Arrays.asList((String[]) rs.getArray("event_types").getArray()),
                        Arrays.stream((String[]) rs.getArray("bases").getArray())
                                .map(AgencyCases::basis)
                                .toList(),
                        rs.getInt("shares"),
                        rs.getTimestamp("first_shared").toInstant(),
                        rs.getTimestamp("last_shared").toInstant(),
                        null,
                        agencyName(rs.getString("agency_id")),
                        null));
        Map<String, CaseName> named =
                names.of(scope, rows.stream().map(AgencyCaseSummary::caseId).toList());
        return rows.stream()
                .map(row -> new AgencyCaseSummary(
                        row.caseId(),
                        row.localAuthorityCode(),
                        row.agencyId(),
                        row.eventTypes(),
                        row.lawfulBases(),
                        row.shares(),
                        row.firstSharedAt(),
                        row.lastSharedAt(),
                        schoolName(named.get(row.caseId())),
                        row.agencyName(),
                        named.get(row.caseId()).caseReference()))
                .toList();
    }

    /** The case with every share the reader may see; empty when there is none, whether or not the case exists. */
    public Optional<AgencyCaseView> find(ReadScope scope, String caseId) {
        List<InformationShareView> shares = log.shares(scope, caseId, null);
        if (shares.isEmpty()) {
            return Optional.empty();
        }
        String area = jdbc
                .query(
                        "SELECT local_authority_code FROM case_context WHERE case_id = :caseId",
                        new MapSqlParameterSource("caseId", caseId),
                        (rs, row) -> rs.getString(1))
                .stream()
                .findFirst()
                .orElse(null);
        CaseName name = names.of(scope, caseId);
        List<String> sharedWith = shares.stream()
                .map(InformationShareView::agencyId)
                .distinct()
                .sorted()
                .toList();
        List<Instant> times =
                shares.stream().map(InformationShareView::sharedAt).sorted().toList();
        return Optional.of(new AgencyCaseView(
                caseId,
                area,
                sharedWith,
                shares.stream()
                        .map(InformationShareView::eventType)
                        .distinct()
                        .sorted()
                        .toList(),
                shares.stream()
                        .map(share -> new SharedBasis(share.article6Basis(), share.article9Condition()))
                        .distinct()
                        .sorted(Comparator.comparing(SharedBasis::article6)
                                .thenComparing(SharedBasis::article9Condition))
                        .toList(),
                times.getFirst(),
                times.getLast(),
                shares,
                schoolName(name),
                sharedWith.stream().map(this::agencyName).toList(),
                name.caseReference()));
    }

    private static SharedBasis basis(String joined) {
        String[] parts = joined.split(BASIS_SEPARATOR, 2);
        return new SharedBasis(Article6Basis.valueOf(parts[0]), parts[1]);
    }
}
