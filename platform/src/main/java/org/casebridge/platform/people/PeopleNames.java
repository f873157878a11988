package org.casebridge.platform.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.actor.ActorResolver;
import org.casebridge.platform.actor.UnauthenticatedException;
import org.casebridge.platform.domain.ActedBy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who acted, as a page names them (ADR 0068): events record a user id, a role and an organisation; a person reads
 * "Sam Okafor" if they work for the same organisation, and words for the role ("a designated
 * safeguarding lead") otherwise, or when the service has not met that person yet. Never the user id.
 *
 * <p>The names come from the identity provider's {@code name} claim of whoever acts ({@link #seen}), kept in the
 * {@code person_name} table and in memory: a name is written when this instance has not seen it yet or it changed,
 * and otherwise at most once a day, so that {@code seen_at} says the day the person last acted through the service
 * (ADR 0076). The daily {@link PeopleNamesRetention} deletes the names of people who have not acted for the retention
 * period; a name held in memory is checked against the table again each day, so a deleted name is shown by no
 * instance after the day it was deleted. Names are staff's personal data: never logged, never on Kafka, never in an
 * event.
 */
public class PeopleNames {

    private static final Logger log = LoggerFactory.getLogger(PeopleNames.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ActorResolver actors;
    private final ConcurrentMap<String, Known> known = new ConcurrentHashMap<>();

    /** A person as last seen: the organisation and role they acted for, and their name. */
    record Person(String organisation, String role, String displayName) {}

    /**
     * A person as this instance knows them: read from (or written to) the table on {@code checkedOn}, and the day this
     * instance last wrote that they acted, if it did.
     */
    private record Known(
            Person person, LocalDate checkedOn, @Nullable LocalDate actedOn) {}

    public PeopleNames(JdbcTemplate jdbc, Clock clock, ActorResolver actors) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.actors = actors;
    }

    /**
     * Keeps the name an actor's token gives and that they acted today; nothing when the name is blank, or the same as
     * this instance already wrote today. A database that refuses the write costs the name, never the request.
     */
    public void seen(Actor actor, @Nullable String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return;
        }
        Person person = new Person(actor.organisation(), actor.role().name(), displayName.strip());
        LocalDate today = today();
        Known already = known.get(actor.id());
        if (already != null && person.equals(already.person()) && today.equals(already.actedOn())) {
            return;
        }
        try {
            jdbc.update(
                    """
                    INSERT INTO person_name (user_id, organisation, role, display_name, seen_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (user_id) DO UPDATE SET organisation = EXCLUDED.organisation, role = EXCLUDED.role,
                        display_name = EXCLUDED.display_name, seen_at = EXCLUDED.seen_at
                    WHERE (person_name.organisation, person_name.role, person_name.display_name)
                        IS DISTINCT FROM (EXCLUDED.organisation, EXCLUDED.role, EXCLUDED.display_name)
                        OR person_name.seen_at < ?
                    """,
                    actor.id(),
                    person.organisation(),
                    person.role(),
                    person.displayName(),
                    Timestamp.from(clock.instant()),
                    Timestamp.from(today.atStartOfDay(UK).toInstant()));
            known.put(actor.id(), new Known(person, today, today));
        } catch (DataAccessException e) {
            log.warn(
                    "A display name was not kept ({}); pages name that person by role",
                    e.getClass().getSimpleName());
        }
    }

    /** Who acted, named for the person reading the page. */
    public String actedBy(@Nullable ActedBy by) {
        return by == null ? "" : of(by.id(), by.role(), by.organisation());
    }

    /** Who acted, by user id alone: the role and organisation last seen with that id. */
    public String of(@Nullable String userId) {
        return of(userId, null, null);
    }

    /**
     * Who acted, named for the person reading the page: the display name when the reader works for the organisation
     * the person acted for (and the service knows the name), else words for the role; the role last seen with the id
     * when none is given; Casebridge itself as "Casebridge"; empty for nobody.
     */
    public String of(@Nullable String userId, @Nullable String role, @Nullable String organisation) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        if (ActedBy.SYSTEM.equals(role) || ActedBy.casebridge().id().equals(userId)) {
            return "Casebridge";
        }
        Optional<Person> person = person(userId);
        String actedFor = organisation != null
                ? organisation
                : person.map(Person::organisation).orElse(null);
        String reader = readerOrganisation();
        if (person.isPresent()
                && reader != null
                && reader.equals(actedFor)
                && reader.equals(person.get().organisation())) {
            return person.get().displayName();
        }
        return roleWords(role != null ? role : person.map(Person::role).orElse(null));
    }

    /** Words for someone acting in a role, to put after "by": "a designated safeguarding lead". */
    public static String roleWords(@Nullable String role) {
        if (role == null) {
            return "a member of staff";
        }
        return switch (role) {
            case "SCHOOL_DSL" -> "a designated safeguarding lead";
            case "POLICE_LIAISON" -> "a police liaison officer";
            case "POLICE_SUPERVISOR" -> "a police supervisor";
            case "AGENCY" -> "the agency";
            case "POLICE" -> "the police";
            case "AUDITOR" -> "an auditor";
            case "OPERATOR" -> "an operator of Casebridge";
            case "PARTNERSHIP" -> "the safeguarding children partnership";
            case ActedBy.SYSTEM -> "Casebridge";
            default -> "a member of staff";
        };
    }

    /**
     * Forgets, in this instance's memory, the people whose names the retention job deleted (other instances check
     * their memory against the table the next day).
     */
    void forget(Collection<String> userIds) {
        userIds.forEach(known::remove);
    }

    /** The person as the table holds them, from memory when this instance checked the table today. */
    private Optional<Person> person(String userId) {
        LocalDate today = today();
        Known cached = known.get(userId);
        if (cached != null && today.equals(cached.checkedOn())) {
            return Optional.of(cached.person());
        }
        Optional<Person> stored = jdbc
                .query(
                        "SELECT organisation, role, display_name FROM person_name WHERE user_id = ?",
                        (rs, row) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3)),
                        userId)
                .stream()
                .findFirst();
        if (stored.isPresent()) {
            LocalDate actedOn = cached != null && cached.person().equals(stored.get()) ? cached.actedOn() : null;
            known.put(userId, new Known(stored.get(), today, actedOn));
        } else {
            known.remove(userId);
        }
        return stored;
    }

    private LocalDate today() {
        return clock.instant().atZone(UK).toLocalDate();
    }

    private @Nullable String readerOrganisation() {
        try {
            return actors.resolve().organisation();
        } catch (UnauthenticatedException e) {
            return null;
        }
    }
}
