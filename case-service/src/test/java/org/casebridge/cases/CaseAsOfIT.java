package org.casebridge.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.casebridge.platform.access.AccessLog;
import org.casebridge.platform.actor.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case as it stood at any instant (ADR 0047), over HTTP on real PostgreSQL: stepping through its history (report,
 * review, referral, a device, closure) each as-of read shows the case as it was after that step and no later, the
 * read at the last instant equals the live read, the refusals are problems, and each read is in the access log as an
 * as-of read. Then who outside the school read its cases, as this service's log knows it.
 */
@CaseIntegrationTest
class CaseAsOfIT extends CaseApiSteps {

    @Autowired
    AccessLog accessLog;

    private CaseApi dsl;

    @BeforeEach
    void setUp() {
        dsl = CaseApi.dsl(port);
    }

    @Test
    void stepsThroughACaseHistoryAndEachInstantShowsTheCaseAsItStoodThen() throws Exception {
        Instant beforeReport = instantAfterNow();
        String caseId = CaseEndpoints.readable(dsl);
        List<Instant> after = new ArrayList<>();
        after.add(instantAfterNow());
        accepted(dsl.post("/api/cases/" + caseId + "/initial-review", CaseApi.reviewJson(true)));
        after.add(instantAfterNow());
        accepted(dsl.post("/api/cases/" + caseId + "/referral", """
                {"referredTo": ["POLICE"], "reasons": "The sender is believed to be an adult aged 19."}"""));
        after.add(instantAfterNow());
        accepted(dsl.post("/api/cases/" + caseId + "/devices", """
                {"deviceRef": "device-1", "description": "Phone", "ownerChildRef": "child-2",
                 "confiscatedBy": "B. Jones", "storedWhere": "Head's safe"}"""));
        after.add(instantAfterNow());

        JsonNode reported = asOf(caseId, after.get(0));
        assertThat(reported.at("/detail/summary/status").asText()).isEqualTo("REPORTED");
        assertThat(reported.at("/detail/initialReviewAt").isValueNode())
                .as("no review yet")
                .isFalse();
        assertThat(reported.at("/detail/childrenInvolved")).hasSize(2);
        assertThat(reported.get("timeline")).hasSize(1);

        JsonNode reviewed = asOf(caseId, after.get(1));
        assertThat(reviewed.at("/detail/summary/status").asText()).isEqualTo("REVIEWED");
        assertThat(reviewed.at("/detail/summary/criteriaMet").toString()).contains("ADULT_INVOLVED");
        assertThat(reviewed.at("/detail/summary/referredTo")).isEmpty();
        assertThat(reviewed.get("timeline")).hasSize(2);

        JsonNode referred = asOf(caseId, after.get(2));
        assertThat(referred.at("/detail/summary/status").asText()).isEqualTo("REFERRED");
        assertThat(referred.at("/detail/summary/referredTo").toString()).contains("POLICE");
        assertThat(referred.at("/detail/devices")).isEmpty();
        assertThat(referred.get("timeline")).hasSize(3);

        JsonNode withDevice = asOf(caseId, after.get(3));
        assertThat(withDevice.at("/detail/devices/0/custody").asText()).isEqualTo("WITH_SCHOOL");
        assertThat(withDevice.get("timeline")).hasSize(4);

        JsonNode timeline = dsl.get("/api/cases/" + caseId + "/timeline").json().get("entries");
        Instant reviewAt = Instant.parse(timeline.get(1).get("at").asText());
        assertThat(asOf(caseId, reviewAt).get("timeline"))
                .as("the timeline's own instant includes its entry, as its link promises")
                .hasSize(2);

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        dsl.get("/api/cases/" + caseId).json().get("devices").size() == 1);
        JsonNode live = dsl.get("/api/cases/" + caseId).json();
        assertThat(withDevice.get("detail"))
                .as("the last instant is the live case")
                .isEqualTo(live);

        CaseApi.Response tooEarly = dsl.get("/api/cases/" + caseId + "?asOf=" + beforeReport);
        assertThat(tooEarly.status()).isEqualTo(404);
        assertThat(tooEarly.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooEarly.json().get("detail").asText()).contains("did not exist yet");

        assertThat(jdbc.queryForList(
                        "SELECT what FROM access_log WHERE case_id = ? AND actor_id = ? AND what = 'case-as-of'",
                        String.class,
                        caseId,
                        dsl.userId()))
                .as("each as-of read that answered is recorded as one")
                .hasSize(5);
        assertThat(jdbc.queryForObject("SELECT status FROM case_summary WHERE case_id = ?::uuid", String.class, caseId))
                .as("rebuilding the past leaves the live read model alone")
                .isEqualTo("REFERRED");
    }

    @Test
    void refusesWhatIsNotAnInstantOrIsToComeAndHidesOthersCases() {
        String caseId = CaseEndpoints.readable(dsl);

        CaseApi.Response garbage = dsl.get("/api/cases/" + caseId + "?asOf=last-tuesday");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.header("Content-Type")).startsWith("application/problem+json");
        assertThat(garbage.json().get("detail").asText()).contains("asOf must be an instant");
        assertThat(garbage.json().get("type").asText()).endsWith("/invalid-request");
        assertThat(garbage.json().at("/errors/0/field").asText()).isEqualTo("asOf");
        assertThat(garbage.json().toString()).as("never repeats what was sent").doesNotContain("last-tuesday");

        CaseApi.Response future =
                dsl.get("/api/cases/" + caseId + "?asOf=" + Instant.now().plusSeconds(3600));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("detail").asText()).contains("is in the future");

        String now = Instant.now().toString();
        for (CaseApi outsider : List.of(
                dsl.as(CaseApi.OTHER_URN, "SCHOOL_DSL"),
                dsl.as("WMP", "POLICE_LIAISON"),
                dsl.as("casebridge-audit", "AUDITOR"))) {
            CaseApi.Response hidden = outsider.get("/api/cases/" + caseId + "?asOf=" + now);
            CaseApi.Response absent = outsider.get("/api/cases/" + CaseEndpoints.absentCase() + "?asOf=" + now);
            assertThat(hidden.status()).as(outsider.userId()).isEqualTo(404);
            assertThat(absent.status()).isEqualTo(404);
        }
        assertThat(dsl.as(CaseApi.URN, "AUDITOR")
                        .get("/api/cases/" + caseId + "?asOf=" + now)
                        .status())
                .as("the school's own auditor reads it, as the live case")
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE case_id = ? AND what = 'case-as-of'",
                        Integer.class,
                        caseId))
                .as("only the auditor's read answered, so only it is recorded")
                .isEqualTo(1);
    }

    @Test
    void aSchoolSeesWhoOutsideItReadItsCasesAndItsAuditorSeesThemInTheSearch() {
        String caseId = CaseEndpoints.readable(dsl);
        String otherCase = CaseEndpoints.readable(dsl.as(CaseApi.OTHER_URN, "SCHOOL_DSL"));
        // case-service gives no other organisation a read of a school's case (ADR 0019); an entry as another service
        // or a future cross-organisation read would write it stands for one here.
        accessLog.record(
                new Actor("officer.hughes", Actor.Role.POLICE_LIAISON, "WMP"),
                "case",
                caseId,
                "/api/cases/" + caseId,
                "Preparing the strategy meeting");
        accessLog.record(
                new Actor("officer.hughes", Actor.Role.POLICE_LIAISON, "WMP"),
                "case",
                otherCase,
                "/api/cases/" + otherCase,
                null);

        JsonNode outside = dsl.get("/api/outside-reads").json();
        assertThat(outside.findValuesAsText("caseId")).contains(caseId).doesNotContain(otherCase);
        assertThat(outside.findValuesAsText("actorOrganisation")).containsOnly("WMP");
        assertThat(outside.toString()).contains("Preparing the strategy meeting");
        assertThat(dsl.get("/api/outside-reads?organisation=MPS")
                        .json()
                        .get("total")
                        .asInt())
                .isZero();

        JsonNode schoolAudit = dsl.as(CaseApi.URN, "AUDITOR")
                .get("/api/audit/access-log?caseId=" + caseId)
                .json();
        assertThat(schoolAudit.findValuesAsText("actorOrganisation")).contains("WMP", CaseApi.URN);
        JsonNode otherSchoolAudit = dsl.as(CaseApi.OTHER_URN, "AUDITOR")
                .get("/api/audit/access-log?caseId=" + caseId)
                .json();
        assertThat(otherSchoolAudit.get("total").asInt())
                .as("not its school's case, not its people")
                .isZero();
        JsonNode forceAudit = dsl.as("WMP", "AUDITOR")
                .get("/api/audit/access-log?person=officer.hughes")
                .json();
        assertThat(forceAudit.findValuesAsText("caseId")).contains(caseId, otherCase);

        assertThat(jdbc.queryForList(
                        "SELECT what FROM access_log WHERE actor_id IN (?, ?) AND what IN ('outside-reads',"
                                + " 'access-log-search')",
                        String.class,
                        dsl.userId(),
                        dsl.as(CaseApi.URN, "AUDITOR").userId()))
                .as("every read of the log is itself recorded")
                .contains("outside-reads", "access-log-search");
    }

    private JsonNode asOf(String caseId, Instant instant) {
        CaseApi.Response response = dsl.get("/api/cases/" + caseId + "?asOf=" + instant);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static void accepted(CaseApi.Response response) {
        assertThat(response.status()).as(response.body()).isIn(201, 204);
    }

    /** An instant after every event so far and before any to come. */
    private static Instant instantAfterNow() throws InterruptedException {
        Thread.sleep(5);
        Instant now = Instant.now();
        Thread.sleep(5);
        return now;
    }
}
