package org.casebridge.platform.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Questions put to the access log: reads filtered by person, case, reading organisation and time, a page at a time,
 * always within a scope that the caller cannot widen (an auditor's organisation, a school's cases read by others).
 * Read-only; recording stays {@link AccessLog}'s.
 */
public class AccessLogSearch {

    /** Largest page. */
    public static final int MAX_PAGE_SIZE = 200;

    private final JdbcTemplate jdbc;
    private final @Nullable OrganisationCases organisationCases;

    public AccessLogSearch(JdbcTemplate jdbc, @Nullable OrganisationCases organisationCases) {
        this.jdbc = jdbc;
        this.organisationCases = organisationCases;
    }

    /** What to look for; every field is optional, and {@code to} is exclusive. */
    public record Filter(
            @Nullable String person,
            @Nullable String caseId,
            @Nullable String organisation,
            @Nullable Instant from,
            @Nullable Instant to) {}

    /** One page of entries, newest first, and how many match in all. */
    public record Page(List<AccessEntry> entries, int page, int size, long total) {}

    /**
     * The entries an auditor of {@code auditorOrganisation} may see (ADR 0019): reads by their organisation's people,
     * and reads of their organisation's cases by anyone, where the service says which cases are whose.
     */
    public Page forAuditor(String auditorOrganisation, Filter filter, int page, int size) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder("(actor_org = ?");
        args.add(auditorOrganisation);
        if (organisationCases != null) {
            where.append(" OR case_id IN (")
                    .append(organisationCases.caseIdsSql())
                    .append(")");
            args.add(auditorOrganisation);
        }
        where.append(")");
        return page(where, args, filter, page, size);
    }

    /**
     * Reads of {@code organisation}'s cases by people of any other organisation, as far as this service's log knows
     * them. Empty where the service does not say which cases are whose.
     */
    public Page readsByOthers(String organisation, Filter filter, int page, int size) {
        if (organisationCases == null) {
            return new Page(List.of(), Math.max(page, 0), pageSize(size), 0);
        }
        List<Object> args = new ArrayList<>();
        StringBuilder where =
                new StringBuilder("actor_org <> ? AND case_id IN (" + organisationCases.caseIdsSql() + ")");
        args.add(organisation);
        args.add(organisation);
        return page(where, args, filter, page, size);
    }

    private Page page(StringBuilder where, List<Object> args, Filter filter, int page, int size) {
        add(where, args, "actor_id = ?", filter.person());
        add(where, args, "case_id = ?", filter.caseId());
        add(where, args, "actor_org = ?", filter.organisation());
        add(where, args, "at >= ?", filter.from() == null ? null : Timestamp.from(filter.from()));
        add(where, args, "at < ?", filter.to() == null ? null : Timestamp.from(filter.to()));
        int pageSize = pageSize(size);
        int pageNumber = Math.max(page, 0);
        Long total = jdbc.queryForObject("SELECT count(*) FROM access_log WHERE " + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageSize);
        pageArgs.add((long) pageNumber * pageSize);
        List<AccessEntry> entries = jdbc.query(
                "SELECT * FROM access_log WHERE " + where + " ORDER BY id DESC LIMIT ? OFFSET ?",
                AccessEntry::read,
                pageArgs.toArray());
        return new Page(entries, pageNumber, pageSize, total == null ? 0 : total);
    }

    private static void add(StringBuilder where, List<Object> args, String condition, @Nullable Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(" AND ").append(condition);
            args.add(value);
        }
    }

    private static int pageSize(int size) {
        return Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
    }
}
