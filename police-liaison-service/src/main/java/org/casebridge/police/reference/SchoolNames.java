package org.casebridge.police.reference;

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
 * The schools' names by URN, from the school reference data (the same CSV as case-service's,
 * {@code casebridge.reference.schools}, env {@code CASEBRIDGE_SCHOOLS_CSV}): the school's events carry its URN only,
 * and an officer reads its name. Read once at start-up; a school missing from the file reads as "School 100001".
 */
public final class SchoolNames {

    private final Map<String, String> names;

    private SchoolNames(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /** Names given directly, for tests without Spring. */
    public static SchoolNames of(Map<String, String> names) {
        return new SchoolNames(names);
    }

    /** The school's name, if the reference data has it. */
    public Optional<String> known(String urn) {
        return Optional.ofNullable(names.get(urn));
    }

    /** The school's name, or "School" and its URN when the reference data does not know it. */
    public String of(String urn) {
        if (urn == null) {
            return "";
        }
        return names.getOrDefault(urn, "School " + urn);
    }

    /**
     * Reads the CSV: a header row and lines starting with {@code #} are skipped, the first column is the URN, the
     * second the name; a line without both stops the start-up with its number.
     */
    public static SchoolNames read(InputStream csv, String description) {
        Map<String, String> names = new HashMap<>();
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
                names.put(fields[0].strip(), fields[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the school reference data " + description, e);
        }
        return new SchoolNames(names);
    }
}
