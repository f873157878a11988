package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.casebridge.platform.actor.Actor;
import org.casebridge.police.escalation.query.InboxChanges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An inbox kept current without asking again and again (ADR 0101): a read names the rows it has by their ETag, is
 * answered 304 while they hold, and with {@code Prefer: wait} is held until the force's inbox changes. The database
 * tells every instance which force's rows changed; a change of another force's never answers a read with other rows.
 */
class InboxWaitIT extends PoliceApiIntegrationTest {

    static final String FORCE = "WYP";
    static final Actor OFFICER = new Actor("pc-7301", Actor.Role.POLICE_LIAISON, FORCE);
    static final Actor OTHER_FORCE = new Actor("pc-0002", Actor.Role.POLICE_LIAISON, "MPS");
    static final String NEWEST = "/api/escalations?status=active&sort=arrived&limit=5";
    static final String EVERY_ACTIVE = "/api/escalations?status=active&sort=arrived";
    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    InboxChanges changes;

    @Autowired
    MeterRegistry meters;

    @Test
    void aReadWhoseRowsStillHoldIsNotModifiedAndIsNotRecordedAsARead() throws Exception {
        referred(SchoolReferral.to(FORCE), OFFICER, WAIT);
        ResponseEntity<String> first = api().get(OFFICER, NEWEST);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        String tag = first.getHeaders().getETag();
        assertThat(tag).matches("\"[0-9a-f]{32}\"");
        int readsBefore = inboxReads();

        ResponseEntity<String> again = api().get(OFFICER, NEWEST, ifNoneMatch(tag));
        ResponseEntity<String> weak = api().get(OFFICER, NEWEST, ifNoneMatch("\"other\", W/" + tag));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(again.getBody()).isNull();
        assertThat(again.getHeaders().getETag()).isEqualTo(tag);
        assertThat(again.getHeaders().get("Preference-Applied")).isNull();
        assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(inboxReads()).isEqualTo(readsBefore);
        ResponseEntity<String> otherQuery =
                api().get(OFFICER, "/api/escalations?status=active&sort=arrived&limit=1", ifNoneMatch(tag));
        assertThat(otherQuery.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(inboxReads()).isEqualTo(readsBefore + 1);
    }

    @Test
    void aWaitingReadIsAnsweredWithTheNewRowsWhenAReferralArrives() throws Exception {
        ResponseEntity<String> first = api().get(OFFICER, NEWEST);
        String tag = first.getHeaders().getETag();

        CompletableFuture<ResponseEntity<String>> waiting =
                CompletableFuture.supplyAsync(() -> api().get(OFFICER, NEWEST, waitingFor(tag, 20)));
        await().pollDelay(Duration.ofMillis(500)).atMost(WAIT).until(() -> true);
        assertThat(waiting).isNotDone();
        String caseId = SchoolReferral.to(FORCE).sendWith(kafka);

        ResponseEntity<String> answer = waiting.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(answer.getBody()).findValuesAsText("caseId"))
                .first()
                .isEqualTo(caseId);
        assertThat(answer.getHeaders().getETag()).isNotEqualTo(tag);
        assertThat(answer.getHeaders().getFirst("Preference-Applied")).isEqualTo("wait=20");
    }

    @Test
    void aWaitRunsOutNotModifiedWhenOnlyAnotherForcesInboxChanges() throws Exception {
        String tag = api().get(OFFICER, NEWEST).getHeaders().getETag();
        long before = changes.version("MPS");

        CompletableFuture<ResponseEntity<String>> waiting =
                CompletableFuture.supplyAsync(() -> api().get(OFFICER, NEWEST, waitingFor(tag, 3)));
        referred(SchoolReferral.to("MPS"), OTHER_FORCE, WAIT);

        ResponseEntity<String> answer = waiting.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(changes.version("MPS")).isGreaterThan(before);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(answer.getHeaders().getETag()).isEqualTo(tag);
        assertThat(answer.getHeaders().getFirst("Preference-Applied")).isEqualTo("wait=3");
    }

    @Test
    void aTransferAnswersTheHeldReadsOfTheForceItLeavesAndOfTheForceItReaches() throws Exception {
        String caseId = referred(SchoolReferral.to(FORCE), OFFICER, WAIT);
        Actor manchester = new Actor("pc-7303", Actor.Role.POLICE_LIAISON, "GMP");
        String ours = api().get(OFFICER, EVERY_ACTIVE).getHeaders().getETag();
        String theirs = api().get(manchester, EVERY_ACTIVE).getHeaders().getETag();
        CompletableFuture<ResponseEntity<String>> oursHeld =
                CompletableFuture.supplyAsync(() -> api().get(OFFICER, EVERY_ACTIVE, waitingFor(ours, 20)));
        CompletableFuture<ResponseEntity<String>> theirsHeld =
                CompletableFuture.supplyAsync(() -> api().get(manchester, EVERY_ACTIVE, waitingFor(theirs, 20)));

        assertThat(api().post(
                                OFFICER,
                                "/api/escalations/" + caseId + "/transfer",
                                Map.of("toForceCode", "GMP", "reason", "The children live in Manchester"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> left = oursHeld.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        ResponseEntity<String> reached = theirsHeld.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(left.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(left.getBody()).findValuesAsText("caseId")).doesNotContain(caseId);
        assertThat(reached.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(reached.getBody()).findValuesAsText("caseId")).contains(caseId);
    }

    @Test
    void anAuditorsHeldReadIsAnsweredByAChangeToAnyForce() throws Exception {
        Actor auditor = new Actor("auditor-9", Actor.Role.AUDITOR, "casebridge-audit");
        String tag = api().get(auditor, NEWEST).getHeaders().getETag();
        CompletableFuture<ResponseEntity<String>> held =
                CompletableFuture.supplyAsync(() -> api().get(auditor, NEWEST, waitingFor(tag, 20)));

        String caseId = SchoolReferral.to("DPP").sendWith(kafka);

        ResponseEntity<String> answer = held.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(answer.getBody()).findValuesAsText("caseId")).contains(caseId);
    }

    @Test
    void aSupervisorsHeldSignOffQueueIsAnsweredWhenAnOutcomeIsProposed() throws Exception {
        Actor officer = new Actor("pc-7304", Actor.Role.POLICE_LIAISON, "WMP");
        Actor supervisor = new Actor("ps-7305", Actor.Role.POLICE_SUPERVISOR, "WMP");
        String caseId = referred(SchoolReferral.to("WMP"), officer, WAIT);
        String base = "/api/escalations/" + caseId;
        ok(api().post(officer, base + "/acceptance", null));
        ok(api().post(officer, base + "/crime", PoliceRequests.crime()));
        ok(api().post(officer, base + "/aggravating-factors", PoliceRequests.noFactors()));
        ResponseEntity<String> queue = api().get(supervisor, "/api/sign-off-queue");
        String tag = queue.getHeaders().getETag();
        assertThat(api().get(supervisor, "/api/sign-off-queue", ifNoneMatch(tag))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_MODIFIED);
        CompletableFuture<ResponseEntity<String>> held =
                CompletableFuture.supplyAsync(() -> api().get(supervisor, "/api/sign-off-queue", waitingFor(tag, 20)));

        ok(api().post(
                        officer,
                        base + "/outcome-proposal",
                        Map.of("outcome", "OUTCOME_21", "rationale", "Consensual exchange between peers")));

        ResponseEntity<String> answer = held.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(answer.getBody()).findValuesAsText("caseId")).contains(caseId);
    }

    @Test
    void aPreferenceThatDoesNotParseIsIgnoredAndTheReadAnsweredAtOnce() {
        String tag = api().get(OFFICER, NEWEST).getHeaders().getETag();

        for (String prefer : List.of("wait=", "wait=-1", "wait=ten", "wait=1.5", "wait=99999999999", "respond-async")) {
            HttpHeaders headers = ifNoneMatch(tag);
            headers.set("Prefer", prefer);
            ResponseEntity<String> answer = api().get(OFFICER, NEWEST, headers);
            assertThat(answer.getStatusCode()).as(prefer).isEqualTo(HttpStatus.NOT_MODIFIED);
            assertThat(answer.getHeaders().get("Preference-Applied")).as(prefer).isNull();
        }
    }

    @Test
    void oneReaderHasAtMostFourReadsHeldAndTheGaugeCountsThem() throws Exception {
        Actor reader = new Actor("pc-7302", Actor.Role.POLICE_LIAISON, FORCE);
        String tag = api().get(reader, NEWEST).getHeaders().getETag();
        List<CompletableFuture<ResponseEntity<String>>> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            held.add(CompletableFuture.supplyAsync(() -> api().get(reader, NEWEST, waitingFor(tag, 5))));
        }
        await().atMost(WAIT)
                .until(() ->
                        meters.get("casebridge.inbox.reads.waiting").gauge().value() >= 4);

        ResponseEntity<String> fifth = api().get(reader, NEWEST, waitingFor(tag, 5));
        ResponseEntity<String> colleague = api().get(OFFICER, NEWEST, waitingFor(tag, 1));

        assertThat(fifth.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(fifth.getHeaders().get("Preference-Applied")).isNull();
        assertThat(colleague.getHeaders().getFirst("Preference-Applied")).isEqualTo("wait=1");
        for (CompletableFuture<ResponseEntity<String>> read : held) {
            assertThat(read.get(WAIT.toSeconds(), TimeUnit.SECONDS).getHeaders().getFirst("Preference-Applied"))
                    .isEqualTo("wait=5");
        }
        await().atMost(WAIT)
                .until(() ->
                        meters.get("casebridge.inbox.reads.waiting").gauge().value() == 0);
    }

    @Test
    void aWaitingReadIsStillAnsweredWhenTheListeningConnectionIsKilled() throws Exception {
        String tag = api().get(OFFICER, NEWEST).getHeaders().getETag();
        await().atMost(WAIT).until(changes::listening);

        assertThat(jdbc.queryForObject(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query = 'LISTEN police_inbox'",
                        Integer.class))
                .isPositive();
        CompletableFuture<ResponseEntity<String>> waiting =
                CompletableFuture.supplyAsync(() -> api().get(OFFICER, NEWEST, waitingFor(tag, 20)));
        String caseId = SchoolReferral.to(FORCE).sendWith(kafka);

        ResponseEntity<String> answer = waiting.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(answer.getBody()).findValuesAsText("caseId")).contains(caseId);
        await().atMost(WAIT).until(changes::listening);
    }

    private int inboxReads() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM access_log WHERE actor_id = ? AND what = 'escalation-inbox'",
                Integer.class,
                OFFICER.id());
    }

    private static HttpHeaders ifNoneMatch(String tag) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.IF_NONE_MATCH, tag);
        return headers;
    }

    private static HttpHeaders waitingFor(String tag, int seconds) {
        HttpHeaders headers = ifNoneMatch(tag);
        headers.set("Prefer", "wait=" + seconds);
        return headers;
    }
}
