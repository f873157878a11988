package org.casebridge.platform.people;

import java.time.LocalTime;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The retention of people's display names (ADR 0076).
 *
 * @param namesKeptFor how long a name is kept after its person last acted through the service: six years, the period
 *     organisations keep a member of staff's records after they leave (env {@code CASEBRIDGE_PEOPLE_NAMES_KEPT_FOR})
 * @param namesForgottenAt the time of day (UK) the daily task deletes the names past it (env
 *     {@code CASEBRIDGE_PEOPLE_NAMES_FORGOTTEN_AT})
 */
@ConfigurationProperties("casebridge.people")
public record PeopleProperties(
        @DefaultValue("P6Y") Period namesKeptFor,
        @DefaultValue("03:30") LocalTime namesForgottenAt) {}
