package org.casebridge.notification.agency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;

/**
 * The agency directory: which agencies exist, of which kind, and which local authority areas each served when. It is
 * reference data read at start-up from CSV files ({@code casebridge.notification.agencies}, env
 * {@code CASEBRIDGE_AGENCIES_CSV}; the demo agencies by default), never something an agency declares. Columns:
 * agency_id, name, kind, local_authority_codes (separated by spaces), served_from, served_until (UK dates; empty: still
 * serving); a header row and lines starting with {@code #} are skipped. A malformed line stops the start-up with its
 * file and number.
 */
public final class AgencyDirectory {

    /** The organisation claim of an agency's token, which also names its Kafka topic. */
    private static final Pattern AGENCY_ID = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    /** ONS local authority codes: country letter (England, Wales, Scotland, Northern Ireland) and eight digits. */
    private static final Pattern AREA_CODE = Pattern.compile("[EWSN]\\d{8}");

    private static final int COLUMNS = 6;
    private static final String HEADER = "agency_id,name,kind,local_authority_codes,served_from,served_until";

    private final Map<String, DirectoryAgency> agencies;

    private AgencyDirectory(Map<String, DirectoryAgency> agencies) {
        this.agencies = Map.copyOf(agencies);
    }

    public static AgencyDirectory of(Collection<DirectoryAgency> agencies) {
        Map<String, DirectoryAgency> byId = new LinkedHashMap<>();
        agencies.forEach(agency -> byId.put(agency.agencyId(), agency));
        return new AgencyDirectory(byId);
    }

    /** Reads the directory from the files, in order; an agency may have rows in several. */
    public static AgencyDirectory read(List<Resource> sources) {
        Map<String, Rows> rows = new LinkedHashMap<>();
        for (Resource source : sources) {
            readInto(source, rows);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("The agency directory "
                    + sources.stream().map(Resource::getDescription).toList() + " names no agency");
        }
        Map<String, DirectoryAgency> agencies = new LinkedHashMap<>();
        rows.forEach(
                (id, agency) -> agencies.put(id, new DirectoryAgency(id, agency.name, agency.kind, agency.periods)));
        return new AgencyDirectory(agencies);
    }

    public Optional<DirectoryAgency> find(String agencyId) {
        return Optional.ofNullable(agencyId).map(agencies::get);
    }

    public List<DirectoryAgency> all() {
        return agencies.values().stream()
                .sorted(Comparator.comparing(DirectoryAgency::agencyId))
                .toList();
    }

    private static final class Rows {
        private final String name;
        private final AgencyKind kind;
        private final List<ServicePeriod> periods = new ArrayList<>();

        private Rows(String name, AgencyKind kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    private static void readInto(Resource source, Map<String, Rows> rows) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.strip().equals(HEADER)) {
                    continue;
                }
                String where = "Line " + number + " of the agency directory " + source.getDescription() + ": ";
                String[] fields = line.split(",", -1);
                if (fields.length != COLUMNS) {
                    throw new IllegalStateException(
                            where + "needs " + COLUMNS + " columns (" + HEADER + "), found " + fields.length);
                }
                add(rows, fields, where);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the agency directory " + source.getDescription(), e);
        }
    }

    private static void add(Map<String, Rows> rows, String[] fields, String where) {
        String id = fields[0].strip();
        if (!AGENCY_ID.matcher(id).matches()) {
            throw new IllegalStateException(where + "the agency id must be 1 to 200 letters, digits, '.', '_' or '-'");
        }
        String name = fields[1].strip();
        if (name.isEmpty()) {
            throw new IllegalStateException(where + "agency " + id + " needs a name");
        }
        AgencyKind kind = kind(fields[2].strip(), where);
        Set<String> areas = new LinkedHashSet<>(Arrays.asList(fields[3].strip().split("\\s+")));
        areas.remove("");
        if (areas.isEmpty()
                || !areas.stream().allMatch(area -> AREA_CODE.matcher(area).matches())) {
            throw new IllegalStateException(where + "local_authority_codes must be one or more ONS codes such as "
                    + "E09000012, separated by spaces");
        }
        LocalDate from = date(fields[4].strip(), "served_from", where);
        if (from == null) {
            throw new IllegalStateException(where + "served_from is required (a date such as 2024-04-01)");
        }
        LocalDate until = date(fields[5].strip(), "served_until", where);
        if (until != null && !until.isAfter(from)) {
            throw new IllegalStateException(where + "served_until must be after served_from");
        }
        Rows agency = rows.computeIfAbsent(id, key -> new Rows(name, kind));
        if (!agency.name.equals(name) || agency.kind != kind) {
            throw new IllegalStateException(where + "agency " + id + " has another name or kind on an earlier row");
        }
        agency.periods.add(new ServicePeriod(areas, from, until));
    }

    private static AgencyKind kind(String value, String where) {
        try {
            return AgencyKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + "kind must be one of " + Arrays.toString(AgencyKind.values()));
        }
    }

    private static LocalDate date(String value, String column, String where) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + column + " must be a date such as 2024-04-01");
        }
    }
}
