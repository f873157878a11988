package org.casebridge.notification.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;

/**
 * Which local authority areas each local safeguarding children partnership sees: reference data
 * ({@code reference/partnerships.csv}), never the request. A malformed file stops the service at start-up, naming the
 * file and line.
 */
public final class PartnershipDirectory {

    private static final Pattern AREA_CODE = Pattern.compile("[EW]\\d{8}");

    private final Map<String, Set<String>> areasByPartnership;
    private final Map<String, String> names;

    private PartnershipDirectory(Map<String, Set<String>> areasByPartnership, Map<String, String> names) {
        this.areasByPartnership = Map.copyOf(areasByPartnership);
        this.names = Map.copyOf(names);
    }

    public static PartnershipDirectory of(Map<String, Set<String>> areasByPartnership) {
        return new PartnershipDirectory(areasByPartnership, Map.of());
    }

    public static PartnershipDirectory read(List<Resource> sources) {
        Map<String, Set<String>> areas = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (Resource source : sources) {
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                int number = 0;
                boolean header = true;
                while ((line = reader.readLine()) != null) {
                    number++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    if (header) {
                        header = false;
                        continue;
                    }
                    String where = source.getDescription() + " line " + number + ": ";
                    String[] fields = line.split(",", -1);
                    if (fields.length != 3 || fields[0].isBlank()) {
                        throw new IllegalStateException(where + "expected partnership_id,name,local_authority_codes");
                    }
                    Set<String> codes =
                            new LinkedHashSet<>(Arrays.asList(fields[2].strip().split("\\s+")));
                    codes.remove("");
                    if (codes.isEmpty()
                            || !codes.stream()
                                    .allMatch(code -> AREA_CODE.matcher(code).matches())) {
                        throw new IllegalStateException(where + "local_authority_codes must be ONS codes");
                    }
                    areas.computeIfAbsent(fields[0].strip(), id -> new LinkedHashSet<>())
                            .addAll(codes);
                    if (!fields[1].isBlank()) {
                        names.putIfAbsent(fields[0].strip(), fields[1].strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read partnerships from " + source.getDescription(), e);
            }
        }
        return new PartnershipDirectory(areas, names);
    }

    /** The areas the partnership sees; none for an organisation that is not a partnership. */
    public Set<String> areasOf(String partnershipId) {
        return areasByPartnership.getOrDefault(partnershipId, Set.of());
    }

    /** The partnership's name, as the file gives it; none for an id it does not list or a blank name. */
    public Optional<String> nameOf(String partnershipId) {
        return Optional.ofNullable(names.get(partnershipId));
    }

    public int size() {
        return areasByPartnership.size();
    }
}
