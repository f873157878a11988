package org.casebridge.platform.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.actor.ActorResolver;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The retention of display names (ADR 0076) on real PostgreSQL, with the clock under the test's control: a name is
 * kept through the sixth anniversary of the day its person last acted and deleted by the next day's run; someone who
 * keeps acting keeps their name; after the deletion every instance names the person by role (the one that ran the job
 * at once, another from the next day), until they act again.
 */
@CasebridgeIntegrationTest
class PeopleNamesRetentionIT {

    private static final String SCHOOL = "100001";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ActorResolver actors;

    private final MovableClock clock = new MovableClock(Instant.parse("2020-03-01T10:00:00Z"));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNameIsKeptSixYearsAfterItsPersonLastActedThenDeletedAndThePagesNameThemByRole() {
        PeopleNames names = new PeopleNames(jdbc, clock, actors);
        PeopleNames otherInstance = new PeopleNames(jdbc, clock, actors);
        PeopleNamesRetention job = new PeopleNamesRetention(jdbc, names, Period.ofYears(6), clock, null);
        Actor left = new Actor("dsl." + UUID.randomUUID(), Actor.Role.SCHOOL_DSL, SCHOOL);
        Actor stayed = new Actor("dsl." + UUID.randomUUID(), Actor.Role.SCHOOL_DSL, SCHOOL);
        names.seen(left, "Sam Okafor");
        names.seen(stayed, "Priya Shah");
        readAs("dsl.reader", "SCHOOL_DSL", SCHOOL);

        clock.set("2024-06-10T09:00:00Z");
        names.seen(stayed, "Priya Shah");

        clock.set("2026-03-01T12:00:00Z");
        job.run();
        assertThat(stored(left))
                .as("kept through the last day of its six years")
                .isTrue();
        assertThat(names.actedBy(left.actedBy())).isEqualTo("Sam Okafor");
        assertThat(otherInstance.actedBy(left.actedBy())).isEqualTo("Sam Okafor");

        clock.set("2026-03-02T03:30:00Z");
        assertThat(otherInstance.actedBy(left.actedBy()))
                .as("another instance read it this morning, before the run")
                .isEqualTo("Sam Okafor");
        assertThat(job.run()).isPositive();

        assertThat(stored(left)).as("deleted the day after its six years").isFalse();
        assertThat(stored(stayed)).as("acted two years ago: kept").isTrue();
        assertThat(names.actedBy(left.actedBy())).isEqualTo("a designated safeguarding lead");
        assertThat(names.of(left.id())).isEqualTo("a member of staff");
        assertThat(names.actedBy(stayed.actedBy())).isEqualTo("Priya Shah");
        assertThat(otherInstance.actedBy(left.actedBy()))
                .as("the other instance until the end of the day")
                .isEqualTo("Sam Okafor");
        clock.set("2026-03-03T08:00:00Z");
        assertThat(otherInstance.actedBy(left.actedBy()))
                .as("and no instance from the next day")
                .isEqualTo("a designated safeguarding lead");

        job.run();
        assertThat(stored(stayed)).isTrue();

        otherInstance.seen(left, "Sam Okafor");
        assertThat(names.actedBy(left.actedBy()))
                .as("someone who acts again is named again")
                .isEqualTo("Sam Okafor");
    }

    @Test
    void aPersonWhoKeepsActingIsWrittenAtMostOnceADaySoTheTableSaysWhenTheyLastActed() {
        PeopleNames names = new PeopleNames(jdbc, clock, actors);
        Actor officer = new Actor("officer." + UUID.randomUUID(), Actor.Role.POLICE_LIAISON, "MPS");
        clock.set("2026-05-01T08:00:00Z");
        names.seen(officer, "PC Alex Morgan");
        Timestamp firstSeen = seenAt(officer);

        clock.set("2026-05-01T17:00:00Z");
        names.seen(officer, "PC Alex Morgan");
        assertThat(seenAt(officer)).as("the same day: not written again").isEqualTo(firstSeen);

        clock.set("2026-05-02T08:00:00Z");
        names.seen(officer, "PC Alex Morgan");
        assertThat(seenAt(officer).toInstant()).isEqualTo(Instant.parse("2026-05-02T08:00:00Z"));

        PeopleNames otherInstance = new PeopleNames(jdbc, clock, actors);
        clock.set("2026-05-02T09:00:00Z");
        otherInstance.seen(officer, "PC Alex Morgan");
        assertThat(seenAt(officer).toInstant())
                .as("another instance finds it written today and changes nothing")
                .isEqualTo(Instant.parse("2026-05-02T08:00:00Z"));
    }

    @Test
    void theJobIsADailyTaskInTheSchedulersTable() {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "SELECT execution_time FROM scheduled_tasks WHERE task_name = 'person-name-retention'",
                                Timestamp.class))
                        .singleElement()
                        .satisfies(next -> assertThat(next.toInstant()
                                        .atZone(ZoneId.of("Europe/London"))
                                        .toLocalTime())
                                .isEqualTo(LocalTime.of(3, 30))));
    }

    @Test
    void aNameAServiceKeepsForALegalHoldOutlivesItsSixYearsUntilTheHoldEnds() {
        PeopleNames names = new PeopleNames(jdbc, clock, actors);
        Actor held = new Actor("ps." + UUID.randomUUID(), Actor.Role.POLICE_SUPERVISOR, "WMP");
        Actor notHeld = new Actor("ps." + UUID.randomUUID(), Actor.Role.POLICE_SUPERVISOR, "WMP");
        Set<String> onHold = new HashSet<>(Set.of(held.id()));
        PeopleNamesRetention job =
                new PeopleNamesRetention(jdbc, names, Period.ofYears(6), clock, null, List.of(() -> onHold));
        clock.set("2020-03-01T10:00:00Z");
        names.seen(held, "Sgt Jo Evans");
        names.seen(notHeld, "Sgt Ali Khan");

        clock.set("2026-03-02T03:30:00Z");
        job.run();
        assertThat(stored(held)).as("kept while the service names it").isTrue();
        assertThat(stored(notHeld)).isFalse();

        onHold.clear();
        job.run();
        assertThat(stored(held))
                .as("deleted by the first run after the hold ends")
                .isFalse();
    }

    private boolean stored(Actor actor) {
        return jdbc.queryForObject("SELECT count(*) FROM person_name WHERE user_id = ?", Integer.class, actor.id())
                == 1;
    }

    private Timestamp seenAt(Actor actor) {
        return jdbc.queryForObject("SELECT seen_at FROM person_name WHERE user_id = ?", Timestamp.class, actor.id());
    }

    private static void readAs(String id, String role, String organisation) {
        Jwt jwt = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject(id)
                .claim("role", role)
                .claim("org", organisation)
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
