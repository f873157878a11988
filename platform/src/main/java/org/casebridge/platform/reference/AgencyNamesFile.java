package org.casebridge.platform.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the names from the agency directory ({@code agency_id,name,kind,local_authority_codes,served_from,
 * served_until}; ADR 0068): a header row, blank lines and lines starting with {@code #} are skipped; every other line
 * needs an agency id and a name, or the start-up stops with its number. An agency on several rows (several periods)
 * keeps the name of its first. What else the directory says (kinds, areas, periods) only notification-service reads.
 */
public final class AgencyNamesFile {

    private AgencyNamesFile() {}

    public static Map<String, String> read(InputStream csv, String description) {
        Map<String, String> names = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("agency_id,")) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length < 2 || fields[0].isBlank() || fields[1].isBlank()) {
                    throw new IllegalStateException(
                            "Line " + number + " of " + description + " needs an agency id and a name");
                }
                names.putIfAbsent(fields[0].strip(), fields[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the agency directory " + description, e);
        }
        return names;
    }
}
