package org.casebridge.platform.people;

import java.sql.Timestamp;
import java.time.Clock;
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
 * {@code person_name} table and in memory: a name is written only when this instance has not seen it yet or it
 * changed. Names are staff's personal data: never logged, never on Kafka, never in an event.
 */
public class PeopleNames {

    private static final Logger log = LoggerFactory.getLogger(PeopleNames.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ActorResolver actors;
    private final ConcurrentMap<String, Person> known = new ConcurrentHashMap<>();

    /** A person as last seen: the organisation and role they acted for, and their name. */
    record Person(String organisation, String role, String displayName) {}

    public PeopleNames(JdbcTemplate jdbc, Clock clock, ActorResolver actors) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.actors = actors;
    }

    /**
     * Keeps the name an actor's token gives; nothing when it is blank or the same as last seen by this instance. A
     * database that refuses the write costs the name, never the request.
     */
    public void seen(Actor actor, @Nullable String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return;
        }
        Person person = new Person(actor.organisation(), actor.role().name(), displayName.strip());
        if (person.equals(known.get(actor.id()))) {
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
                    """,
                    actor.id(),
                    person.organisation(),
                    person.role(),
                    person.displayName(),
                    Timestamp.from(clock.instant()));
            known.put(actor.id(), person);
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

    private Optional<Person> person(String userId) {
        Person cached = known.get(userId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Person> stored = jdbc
                .query(
                        "SELECT organisation, role, display_name FROM person_name WHERE user_id = ?",
                        (rs, row) -> new Person(rs.getString(1), rs.getString(2), rs.getString(3)),
                        userId)
                .stream()
                .findFirst();
        stored.ifPresent(found -> known.putIfAbsent(userId, found));
        return stored;
    }

    private @Nullable String readerOrganisation() {
        try {
            return actors.resolve().organisation();
        } catch (UnauthenticatedException e) {
            return null;
        }
    }
}
