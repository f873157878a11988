package org.casebridge.platform.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the school reference data ({@code urn,name,local_authority_code,local_authority_name,force_code,force_name
 * [,short_code]}): a header row, blank lines and lines starting with {@code #} are skipped; every other line needs a URN
 * and a name, or the start-up stops with its number. What a service needs beyond that (case-service routes by the
 * force code) it checks itself, on the lines read here.
 */
public final class SchoolReferenceFile {

    private SchoolReferenceFile() {}

    public static List<SchoolReference> read(InputStream csv, String description) {
        List<SchoolReference> schools = new ArrayList<>();
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
                String shortCode = column(fields, 6);
                schools.add(new SchoolReference(
                        number,
                        fields.length,
                        column(fields, 0),
                        column(fields, 1),
                        column(fields, 2),
                        column(fields, 3),
                        column(fields, 4),
                        column(fields, 5),
                        shortCode.isEmpty() ? null : shortCode));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the school reference data " + description, e);
        }
        return List.copyOf(schools);
    }

    private static String column(String[] fields, int index) {
        return index < fields.length ? fields[index].strip() : "";
    }
}
