package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.people.PeopleNamesRetention;
import org.casebridge.police.escalation.review.MopiReview;
import org.casebridge.police.reference.MopiReviewSchedule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.ResponseEntity;

/**
 * A legal hold on an escalation over the API (ADR 0081), on real PostgreSQL and Kafka: set by the force's supervisor,
 * a second set 409, the MoPI review job passing the held record over, the erasure refused while held, the hold
 * lifted by an auditor of the force, and then the review and the erasure as before. The hold's reason is sealed in
 * the event store and read back as typed. Refusals: an officer and an auditor of another organisation 403, another
 * force's supervisor 404, a reason missing, too long or holding a control character 400. The display name of who
 * acted on a held escalation outlives the six years of the names' retention while the hold lasts.
 */
@AutoConfigureMockMvc
class LegalHoldIT extends PoliceApiIntegrationTest {

    private static final String FORCE = "WMP";
    private static final Actor OFFICER = new Actor("pc-hold-1", Actor.Role.POLICE_LIAISON, FORCE);
    private static final Actor SUPERVISOR = new Actor("ps-hold-1", Actor.Role.POLICE_SUPERVISOR, FORCE);
    private static final Actor FORCE_AUDITOR = new Actor("ig-hold-1", Actor.Role.AUDITOR, FORCE);
    private static final Actor PLATFORM_AUDITOR = new Actor("auditor-hold", Actor.Role.AUDITOR, "casebridge-audit");
    private static final Actor OTHER_FORCE_AUDITOR = new Actor("ig-hold-mps", Actor.Role.AUDITOR, "MPS");
    private static final Actor OTHER_SUPERVISOR = new Actor("ps-hold-mps", Actor.Role.POLICE_SUPERVISOR, "MPS");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Instant RECORDED_AT = Instant.parse("2001-03-01T10:00:00Z");
    private static final AtomicInteger REFERENCES = new AtomicInteger((int) (Math.random() * 400_000) + 500_000);
    private static final String REASON = "IOPC inquiry into the handling of the referral, ref 2026/118";

    @Autowired
    CommandGateway commands;

    @Autowired
    MopiReviewSchedule schedule;

    @Autowired
    ObjectProvider<MeterRegistry> meters;

    @Autowired
    PeopleNamesRetention names;

    @Test
    void aHeldEscalationIsNeitherReviewedNorErasedUntilTheHoldIsLifted() throws Exception {
        String caseId = crimeRecordedIn2001();
        String hold = "/api/escalations/" + caseId + "/legal-hold";
        PoliceApi api = api();

        assertThat(api.post(SUPERVISOR, hold, Map.of("reason", REASON))
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        refused(
                api.post(FORCE_AUDITOR, hold, Map.of("reason", "A civil claim is expected")),
                409,
                "legal-hold-already-set");
        assertThat(sealedReasons(caseId, "LegalHoldSetEvent"))
                .as("the reason is sealed under the case's key")
                .doesNotContain("IOPC")
                .contains("sealedUnder", SUPERVISOR.id());

        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode held = detail(caseId).get("legalHold");
            assertThat(held.get("by").asText()).isEqualTo(SUPERVISOR.id());
            assertThat(held.get("reason").asText()).isEqualTo(REASON);
            assertThat(held.get("since").asText()).isNotBlank();
        });
        assertThat(detail(caseId).get("legalHolds").findValuesAsText("action")).containsExactly("SET");

        MopiReview.Run passedOver = job("2011-03-02T12:00:00Z").run();
        assertThat(passedOver.dueForReview()).as("held: passed over").doesNotContain(caseId);
        assertThat(detail(caseId).has("review")).isFalse();

        refused(
                api.post(SUPERVISOR, "/api/escalations/" + caseId + "/legal-hold/lifting", Map.of("reason", "\u0000")),
                400,
                "invalid-request");
        ResponseEntity<String> lifted = api.post(
                FORCE_AUDITOR,
                "/api/escalations/" + caseId + "/legal-hold/lifting",
                Map.of("reason", "Inquiry closed"));
        assertThat(lifted.getStatusCode().value()).as(lifted.getBody()).isEqualTo(204);
        refused(
                api.post(
                        SUPERVISOR,
                        "/api/escalations/" + caseId + "/legal-hold/lifting",
                        Map.of("reason", "Inquiry closed")),
                409,
                "no-legal-hold");
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(detail(caseId).has("legalHold")).isFalse());
        JsonNode history = detail(caseId).get("legalHolds");
        assertThat(history.findValuesAsText("action")).containsExactly("SET", "LIFTED");
        assertThat(history.findValuesAsText("by")).containsExactly(SUPERVISOR.id(), FORCE_AUDITOR.id());
        assertThat(history.findValuesAsText("reason")).containsExactly(REASON, "Inquiry closed");

        assertThat(job("2011-03-02T12:00:00Z").run().dueForReview())
                .as("the first run after the lift puts the record to its review")
                .contains(caseId);
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(detail(caseId).has("review")).isTrue());

        assertThat(api.post(SUPERVISOR, hold, Map.of("reason", "A civil claim is expected"))
                        .getStatusCode()
                        .value())
                .as("held again after the lift")
                .isEqualTo(204);
        refused(
                api.post(
                        SUPERVISOR,
                        "/api/escalations/" + caseId + "/personal-details/erasure",
                        Map.of("reason", "MoPI review: no further policing purpose")),
                409,
                "under-legal-hold");
        assertThat(erased(caseId)).as("the key survives a refused erasure").isFalse();

        ok(api.post(
                SUPERVISOR,
                "/api/escalations/" + caseId + "/legal-hold/lifting",
                Map.of("reason", "The claim was withdrawn")));
        ok(api.post(
                SUPERVISOR,
                "/api/escalations/" + caseId + "/personal-details/erasure",
                Map.of("reason", "MoPI review: no further policing purpose")));
        assertThat(erased(caseId)).isTrue();
        refused(api.post(SUPERVISOR, hold, Map.of("reason", REASON)), 409, "personal-details-already-erased");
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(detail(caseId).get("legalHolds").findValuesAsText("reason"))
                        .as("the reasons are erased with the case's personal data")
                        .doesNotContain(REASON, "The claim was withdrawn"));
    }

    @Test
    void onlyASupervisorOrAnAuditorOfTheHoldingForceHoldsItAndAReasonIsShortPlainText() throws Exception {
        String caseId = referred(
                SchoolReferral.to(FORCE).policeOnly().referredAt(Instant.now().minus(2, ChronoUnit.HOURS)),
                OFFICER,
                WAIT);
        String hold = "/api/escalations/" + caseId + "/legal-hold";
        PoliceApi api = api();

        refused(api.post(OFFICER, hold, Map.of("reason", REASON)), 403, "legal-hold-keeper-required");
        refused(api.post(PLATFORM_AUDITOR, hold, Map.of("reason", REASON)), 403, "legal-hold-keeper-required");
        ResponseEntity<String> otherForce = api.post(OTHER_SUPERVISOR, hold, Map.of("reason", REASON));
        ResponseEntity<String> noSuchCase = api.post(
                OTHER_SUPERVISOR,
                "/api/escalations/00000000-0000-4000-8000-000000000000/legal-hold",
                Map.of("reason", REASON));
        assertThat(otherForce.getStatusCode().value()).isEqualTo(404);
        assertThat(otherForce.getBody().replace(caseId, "{id}"))
                .as("another force's escalation: the same answer as none")
                .isEqualTo(noSuchCase.getBody().replace("00000000-0000-4000-8000-000000000000", "{id}"));

        refused(api.post(SUPERVISOR, hold, Map.of("reason", "")), 400, "invalid-request");
        refused(api.post(SUPERVISOR, hold, Map.of()), 400, "invalid-request");
        refused(api.post(SUPERVISOR, hold, Map.of("reason", "x".repeat(4001))), 400, "invalid-request");
        refused(api.post(SUPERVISOR, hold, Map.of("reason", "Court order\u0000")), 400, "invalid-request");
        refused(api.post(SUPERVISOR, hold, Map.of("reason", "Court\u0007 order")), 400, "invalid-request");
        refused(
                api.post(
                        SUPERVISOR,
                        "/api/escalations/" + caseId + "/legal-hold/lifting",
                        Map.of("reason", "Nothing held")),
                409,
                "no-legal-hold");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%LegalHold%'",
                        Integer.class, caseId))
                .as("nothing written by a refusal")
                .isZero();

        ok(api.post(FORCE_AUDITOR, hold, Map.of("reason", "  " + REASON + "  ")));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(
                                detail(caseId).get("legalHold").get("reason").asText())
                        .isEqualTo(REASON));
        assertThat(api.get(PLATFORM_AUDITOR, "/api/escalations/" + caseId).getBody())
                .as("the platform's auditors read the hold")
                .contains(REASON, FORCE_AUDITOR.id());
        assertThat(api.get(OTHER_FORCE_AUDITOR, "/api/escalations/" + caseId)
                        .getStatusCode()
                        .value())
                .as("another force's auditor: not its business, the same as no escalation")
                .isEqualTo(404);
        assertThat(api.get(OTHER_FORCE_AUDITOR, "/api/escalations").getBody())
                .as("nor in another force's auditor's list")
                .doesNotContain(caseId);
        assertThat(api.get(FORCE_AUDITOR, "/api/escalations").getBody())
                .as("the holding force's auditor lists its force's escalations")
                .contains(caseId);
        assertThat(api.get(FORCE_AUDITOR, "/api/access-log?caseId=" + caseId)
                        .getStatusCode()
                        .value())
                .as("the force's auditor reads who read its escalation")
                .isEqualTo(200);
        for (String accessLog : List.of("/api/access-log?caseId=" + caseId, "/api/access-log")) {
            assertThat(api.get(OTHER_FORCE_AUDITOR, accessLog).getStatusCode().value())
                    .as("another force's auditor reads no access log of this force's: " + accessLog)
                    .isEqualTo(404);
        }

        for (Actor lastActedIn2015 : List.of(FORCE_AUDITOR, PLATFORM_AUDITOR)) {
            jdbc.update(
                    """
                    INSERT INTO person_name (user_id, organisation, role, display_name, seen_at)
                    VALUES (?, ?, ?, ?, '2015-01-05T10:00:00Z') ON CONFLICT (user_id) DO UPDATE SET seen_at = EXCLUDED.seen_at""",
                    lastActedIn2015.id(),
                    lastActedIn2015.organisation(),
                    lastActedIn2015.role().name(),
                    "Name of " + lastActedIn2015.id());
        }
        names.run();
        assertThat(jdbc.queryForList(
                        "SELECT user_id FROM person_name WHERE user_id IN (?, ?)",
                        String.class,
                        FORCE_AUDITOR.id(),
                        PLATFORM_AUDITOR.id()))
                .as("the name of who acted on the held escalation is kept past its six years; another is not")
                .containsExactly(FORCE_AUDITOR.id());
    }

    private void refused(ResponseEntity<String> response, int status, String problem) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(response.getBody()).get("type").asText())
                .isEqualTo("https://casebridge.org/problems/" + problem);
    }

    private JsonNode detail(String caseId) throws Exception {
        return json.readTree(api().get(SUPERVISOR, "/api/escalations/" + caseId).getBody());
    }

    private String sealedReasons(String caseId, String event) {
        return String.join(
                "\n",
                jdbc.queryForList(
                        "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry"
                                + " WHERE aggregate_identifier = ? AND payload_type LIKE ?",
                        String.class,
                        caseId,
                        "%" + event));
    }

    private boolean erased(String caseId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM sealing_key WHERE key_id::text = ? AND destroyed_at IS NOT NULL)",
                Boolean.class,
                caseId));
    }

    private MopiReview job(String now) {
        return new MopiReview(jdbc, commands, schedule, Clock.fixed(Instant.parse(now), ZoneOffset.UTC), meters);
    }

    private String crimeRecordedIn2001() throws Exception {
        String caseId = referred(
                SchoolReferral.to(FORCE)
                        .policeOnly()
                        .criteria(List.of("ADULT_INVOLVED"))
                        .children(PoliceRulesIT.CHILDREN)
                        .referredAt(Instant.now().minus(2, ChronoUnit.HOURS)),
                OFFICER,
                WAIT);
        PoliceApi api = api();
        ok(api.post(OFFICER, "/api/escalations/" + caseId + "/acceptance", null));
        ok(api.post(
                OFFICER,
                "/api/escalations/" + caseId + "/crime",
                Map.of(
                        "classification",
                        "86/02",
                        "crimeReference",
                        "20/" + REFERENCES.incrementAndGet() + "/01",
                        "recordedAt",
                        RECORDED_AT.toString(),
                        "childRoles",
                        List.of(
                                Map.of("childRef", "child-1", "role", "VICTIM"),
                                Map.of("childRef", "child-2", "role", "PERSON_INVOLVED")))));
        await().atMost(WAIT)
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM police_escalation WHERE case_id = ? AND crime_recorded_at IS NOT NULL",
                                Integer.class,
                                caseId)
                        == 1);
        return caseId;
    }
}
