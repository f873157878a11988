package org.casebridge.notification.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names of schools, local authorities and police forces by their codes, from the school reference data (the same
 * CSV as case-service's, {@code casebridge.reference.schools}, env {@code CASEBRIDGE_SCHOOLS_CSV}; ADR 0052). The
 * events carry codes only (a URN, an ONS code, a force code); a person reads names. A code missing from the file reads
 * as "School 100001", the ONS code, or the force code.
 */
public final class PlaceNames {

    private final Map<String, String> schools;
    private final Map<String, String> areas;
    private final Map<String, String> forces;

    private PlaceNames(Map<String, String> schools, Map<String, String> areas, Map<String, String> forces) {
        this.schools = Map.copyOf(schools);
        this.areas = Map.copyOf(areas);
        this.forces = Map.copyOf(forces);
    }

    /** Names given directly, for tests without Spring. */
    public static PlaceNames of(Map<String, String> schools, Map<String, String> areas, Map<String, String> forces) {
        return new PlaceNames(schools, areas, forces);
    }

    /** The school's name, if the reference data has it. */
    public Optional<String> knownSchool(String urn) {
        return Optional.ofNullable(urn == null ? null : schools.get(urn));
    }

    /** The school's name, or "School" and its URN when the reference data does not know it; empty for none. */
    public String school(String urn) {
        if (urn == null || urn.isBlank()) {
            return "";
        }
        return schools.getOrDefault(urn, "School " + urn);
    }

    /** The local authority's name ("Hackney"), or its ONS code when the reference data does not know it. */
    public String area(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return areas.getOrDefault(code, code);
    }

    /** The police force's name ("Metropolitan Police Service"), or its code when the reference data does not know it. */
    public String force(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return forces.getOrDefault(code, code);
    }

    /**
     * Reads the CSV ({@code urn,name,local_authority_code,local_authority_name,force_code,force_name[,short_code]}): a
     * header row and lines starting with {@code #} are skipped; a line without a URN and a name stops the start-up with
     * its number. The area and force columns are optional here: a row without them names its school only.
     */
    public static PlaceNames read(InputStream csv, String description) {
        Map<String, String> schools = new HashMap<>();
        Map<String, String> areas = new HashMap<>();
        Map<String, String> forces = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("urn,")) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length < 2 || fields[0].isBlank() || fields[1].isBlank()) {
                    throw new IllegalStateException(
                            "Line " + number + " of " + description + " needs a URN and a name");
                }
                schools.put(fields[0].strip(), fields[1].strip());
                named(areas, fields, 2);
                named(forces, fields, 4);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the school reference data " + description, e);
        }
        return new PlaceNames(schools, areas, forces);
    }

    private static void named(Map<String, String> names, String[] fields, int codeColumn) {
        if (fields.length > codeColumn + 1 && !fields[codeColumn].isBlank() && !fields[codeColumn + 1].isBlank()) {
            names.putIfAbsent(fields[codeColumn].strip(), fields[codeColumn + 1].strip());
        }
    }
}
