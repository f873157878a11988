package org.casebridge.police;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the police context.
 *
 * @param strategyMeetingWithin how soon a strategy meeting is due when no child is at immediate risk
 * @param forces                forces to add to, or replace in, the built-in reference data
 */
@ConfigurationProperties("casebridge.police")
public record PoliceProperties(@DefaultValue("72h") Duration strategyMeetingWithin, List<ForceEntry> forces) {

    public PoliceProperties {
        forces = forces == null ? List.of() : List.copyOf(forces);
    }

    /** One force as configured. */
    public record ForceEntry(String code, String name, String crimeReferencePattern, String crimeReferenceExample) {}
}
