package org.casebridge.platform.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A page names who acted by their name only to readers of the same organisation, by words for their role to everyone
 * else and while the name is unknown, and never by their user id; a name already known is not written again.
 */
@CasebridgeIntegrationTest
@AutoConfigureMockMvc
class PeopleNamesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleNames names;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void namesSomeoneToReadersOfTheirOwnOrganisation() {
        String officer = "officer." + UUID.randomUUID();
        names.seen(new Actor(officer, Actor.Role.POLICE_LIAISON, "MPS"), "PC Alex Morgan");

        readAs("supervisor.1", "POLICE_SUPERVISOR", "MPS");

        assertThat(names.actedBy(new ActedBy(officer, "POLICE_LIAISON", "MPS"))).isEqualTo("PC Alex Morgan");
        assertThat(names.of(officer)).isEqualTo("PC Alex Morgan");
    }

    @Test
    void namesSomeoneByTheirRoleToReadersOfAnotherOrganisation() {
        String dsl = "dsl." + UUID.randomUUID();
        names.seen(new Actor(dsl, Actor.Role.SCHOOL_DSL, "100001"), "Sam Okafor");

        readAs("dsl.other", "SCHOOL_DSL", "103456");

        assertThat(names.actedBy(new ActedBy(dsl, "SCHOOL_DSL", "100001"))).isEqualTo("a designated safeguarding lead");
        assertThat(names.of(dsl)).isEqualTo("a designated safeguarding lead");
    }

    @Test
    void namesSomeoneByTheRoleTheyActedInWhenTheyActedForAnotherOrganisationThanTheirCurrentOne() {
        String dsl = "dsl." + UUID.randomUUID();
        names.seen(new Actor(dsl, Actor.Role.SCHOOL_DSL, "103456"), "Priya Shah");

        readAs("dsl.clapton", "SCHOOL_DSL", "100001");

        assertThat(names.actedBy(new ActedBy(dsl, "SCHOOL_DSL", "100001"))).isEqualTo("a designated safeguarding lead");
    }

    @Test
    void namesSomeoneUnknownByTheirRoleAndNeverByTheirId() {
        String unknown = "officer." + UUID.randomUUID();
        readAs("supervisor.1", "POLICE_SUPERVISOR", "MPS");

        assertThat(names.actedBy(new ActedBy(unknown, "POLICE_LIAISON", "MPS"))).isEqualTo("a police liaison officer");
        assertThat(names.of(unknown)).isEqualTo("a member of staff");
        assertThat(names.actedBy(ActedBy.casebridge())).isEqualTo("Casebridge");
        assertThat(names.of((String) null)).isEmpty();
    }

    @Test
    void namesNobodyToARequestWithoutAReader() {
        String dsl = "dsl." + UUID.randomUUID();
        names.seen(new Actor(dsl, Actor.Role.SCHOOL_DSL, "100001"), "Sam Okafor");

        assertThat(names.actedBy(new ActedBy(dsl, "SCHOOL_DSL", "100001"))).isEqualTo("a designated safeguarding lead");
    }

    @Test
    void writesANameOnlyWhenItIsNewOrChanged() {
        String dsl = "dsl." + UUID.randomUUID();
        Actor actor = new Actor(dsl, Actor.Role.SCHOOL_DSL, "100001");
        names.seen(actor, "Sam Okafor");
        Timestamp longAgo = Timestamp.from(Instant.parse("2020-01-01T00:00:00Z"));
        jdbc.update("UPDATE person_name SET seen_at = ? WHERE user_id = ?", longAgo, dsl);

        names.seen(actor, "Sam Okafor");
        assertThat(jdbc.queryForObject("SELECT seen_at FROM person_name WHERE user_id = ?", Timestamp.class, dsl))
                .isEqualTo(longAgo);

        names.seen(actor, "Sam Okafor-Reid");
        assertThat(jdbc.queryForMap("SELECT display_name, seen_at FROM person_name WHERE user_id = ?", dsl))
                .containsEntry("display_name", "Sam Okafor-Reid")
                .doesNotContainEntry("seen_at", longAgo);
        readAs("dsl.2", "SCHOOL_DSL", "100001");
        assertThat(names.of(dsl)).isEqualTo("Sam Okafor-Reid");
    }

    @Test
    void aRequestWithANameClaimKeepsTheNameOnceAndAKnownCallerWritesNothing() throws Exception {
        String client = "school-" + UUID.randomUUID();
        var caller = jwt().jwt(token -> token.subject(client)
                        .claim("role", "SCHOOL_DSL")
                        .claim("org", "100001")
                        .claim("name", "Clapton Park Academy"))
                .authorities(new SimpleGrantedAuthority("ROLE_SCHOOL_DSL"));

        mvc.perform(get("/api/whoami").with(caller)).andExpect(status().isOk());
        assertThat(jdbc.queryForMap(
                        "SELECT organisation, role, display_name FROM person_name WHERE user_id = ?", client))
                .containsEntry("organisation", "100001")
                .containsEntry("role", "SCHOOL_DSL")
                .containsEntry("display_name", "Clapton Park Academy");

        Timestamp longAgo = Timestamp.from(Instant.parse("2020-01-01T00:00:00Z"));
        jdbc.update("UPDATE person_name SET seen_at = ? WHERE user_id = ?", longAgo, client);
        mvc.perform(get("/api/whoami").with(caller)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT seen_at FROM person_name WHERE user_id = ?", Timestamp.class, client))
                .as("a caller already known is not written again")
                .isEqualTo(longAgo);
    }

    @Test
    void aRequestWithoutANameClaimKeepsNothing() throws Exception {
        String client = "school-" + UUID.randomUUID();
        mvc.perform(get("/api/whoami")
                        .with(jwt().jwt(token -> token.subject(client)
                                        .claim("role", "SCHOOL_DSL")
                                        .claim("org", "100001"))
                                .authorities(new SimpleGrantedAuthority("ROLE_SCHOOL_DSL"))))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person_name WHERE user_id = ?", Integer.class, client))
                .isZero();
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
}
