package org.casebridge.platform.reference;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The names of schools, local authorities and police forces by their codes, from the school reference data (ADR 0063),
 * and of agencies by their ids, from the agency directory (ADR 0068). Events carry codes only (a URN, an ONS code, a
 * force code, an agency id); a person reads names. A code missing from the files reads as "School 100001", the ONS
 * code, the force code or the agency id.
 */
public final class PlaceNames {

    private final Map<String, String> schools;
    private final Map<String, String> areas;
    private final Map<String, String> forces;
    private final Map<String, String> agencies;

    private PlaceNames(
            Map<String, String> schools,
            Map<String, String> areas,
            Map<String, String> forces,
            Map<String, String> agencies) {
        this.schools = Map.copyOf(schools);
        this.areas = Map.copyOf(areas);
        this.forces = Map.copyOf(forces);
        this.agencies = Map.copyOf(agencies);
    }

    /** Names given directly, for tests without Spring. */
    public static PlaceNames of(Map<String, String> schools, Map<String, String> areas, Map<String, String> forces) {
        return new PlaceNames(schools, areas, forces, Map.of());
    }

    /** These names and the agencies' names, by agency id ({@link AgencyNamesFile}). */
    public PlaceNames withAgencies(Map<String, String> agencyNames) {
        Map<String, String> all = new HashMap<>(agencies);
        all.putAll(agencyNames);
        return new PlaceNames(schools, areas, forces, all);
    }

    /** The names in a reference data file ({@link SchoolReferenceFile}). */
    public static PlaceNames read(InputStream csv, String description) {
        return of(SchoolReferenceFile.read(csv, description));
    }

    /** The names of the schools read; a school without an area or force name names its school only. */
    public static PlaceNames of(List<SchoolReference> rows) {
        Map<String, String> schools = new HashMap<>();
        Map<String, String> areas = new HashMap<>();
        Map<String, String> forces = new HashMap<>();
        for (SchoolReference row : rows) {
            schools.put(row.urn(), row.name());
            named(areas, row.localAuthorityCode(), row.localAuthorityName());
            named(forces, row.forceCode(), row.forceName());
        }
        return new PlaceNames(schools, areas, forces, Map.of());
    }

    /** The school's name, if the reference data has it. */
    public Optional<String> knownSchool(@Nullable String urn) {
        return Optional.ofNullable(urn == null ? null : schools.get(urn));
    }

    /** The school's name, or "School" and its URN when the reference data does not know it; empty for none. */
    public String school(@Nullable String urn) {
        if (urn == null || urn.isBlank()) {
            return "";
        }
        return schools.getOrDefault(urn, "School " + urn);
    }

    /** The local authority's name ("Hackney"), or its ONS code when the reference data does not know it. */
    public String area(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return areas.getOrDefault(code, code);
    }

    /** The police force's name ("Metropolitan Police Service"), or its code when the reference data does not know it. */
    public String force(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return forces.getOrDefault(code, code);
    }

    /** The agency's name ("East London LADO service"), or its id when the agency directory does not know it. */
    public String agency(@Nullable String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        return agencies.getOrDefault(id, id);
    }

    /**
     * The organisation someone acted for, as events record it: a school, a force or an agency by its name, Casebridge
     * itself by its name; an organisation none of the files knows by its code.
     */
    public String organisation(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        if ("casebridge".equals(code)) {
            return "Casebridge";
        }
        return knownSchool(code).orElseGet(() -> forces.getOrDefault(code, agencies.getOrDefault(code, code)));
    }

    private static void named(Map<String, String> names, String code, String name) {
        if (!code.isEmpty() && !name.isEmpty()) {
            names.putIfAbsent(code, name);
        }
    }
}
