package org.casebridge.platform.reference;

import java.util.Arrays;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Where a service's reference data files are: a setting naming one location or several separated by commas. */
public final class ReferenceFiles {

    private ReferenceFiles() {}

    /** The files at these comma-separated locations ({@code classpath:} or {@code file:}), blanks left out. */
    public static List<Resource> at(String locations, ResourceLoader resources) {
        return Arrays.stream(locations.split(","))
                .map(String::strip)
                .filter(location -> !location.isEmpty())
                .map(resources::getResource)
                .toList();
    }
}
