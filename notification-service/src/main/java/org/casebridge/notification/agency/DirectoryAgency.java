package org.casebridge.notification.agency;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An agency as the agency directory knows it.
 *
 * @param agencyId the organisation in its users' tokens, and the id police events name when they involve it
 * @param name     the team's name
 * @param kind     what kind of agency it is, which decides what it may receive ({@link SharingRules})
 * @param periods  when it served which areas
 */
public record DirectoryAgency(String agencyId, String name, AgencyKind kind, List<ServicePeriod> periods) {

    public DirectoryAgency {
        periods = List.copyOf(periods);
    }

    /** Whether the agency served the area at the instant. */
    public boolean serves(String area, Instant at) {
        return periods.stream().anyMatch(period -> period.areas().contains(area) && period.covers(at));
    }

    /** The areas the agency serves at the instant or will serve later: those it may subscribe to. */
    public Set<String> areasNotEndedAt(Instant at) {
        Set<String> areas = new TreeSet<>();
        periods.stream().filter(period -> period.notEndedAt(at)).forEach(period -> areas.addAll(period.areas()));
        return areas;
    }

    /** The areas the agency serves at the instant. */
    public Set<String> areasServedAt(Instant at) {
        Set<String> areas = new TreeSet<>();
        periods.stream().filter(period -> period.covers(at)).forEach(period -> areas.addAll(period.areas()));
        return areas;
    }

    /** When the agency began to serve any of the areas (every area it ever served, when none are given). */
    public Optional<Instant> servingSince(Set<String> areas) {
        return periods.stream()
                .filter(period -> areas.isEmpty() || period.areas().stream().anyMatch(areas::contains))
                .map(ServicePeriod::start)
                .min(Instant::compareTo);
    }
}
