package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.police.it.PoliceRequests.crimeRecordedAt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.PortalSignIn;
import org.casebridge.police.escalation.review.MopiReview;
import org.casebridge.police.reference.MopiReviewSchedule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The MoPI review job (ADR 0053) on real PostgreSQL and Kafka, with its clock set past the review date of a crime the
 * test records as of 2001 (or a decline, ADR 0069, or a transfer, ADR 0076): the record goes to review with an event,
 * once, and nothing of it is deleted. Every other test's crimes, declines and transfers are of this century's twenties
 * and stay out of the run.
 */
@AutoConfigureMockMvc
class MopiReviewIT extends PoliceApiIntegrationTest {

    private static final String FORCE = "WMP";
    private static final Actor OFFICER = new Actor("pc-7301", Actor.Role.POLICE_LIAISON, FORCE);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Instant RECORDED_AT = Instant.parse("2001-03-01T10:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    CommandGateway commands;

    @Autowired
    MopiReviewSchedule schedule;

    @Autowired
    ObjectProvider<MeterRegistry> meters;

    @Test
    void aCrimeRecordReachingItsReviewDateGoesToReviewOnceAndIsKept() throws Exception {
        String caseId = crimeRecordedIn2001();

        assertThat(job("2011-02-28T12:00:00Z").run().dueForReview())
                .as("group 1: reviewed 10 years after it was recorded, not before")
                .doesNotContain(caseId);
        MopiReview.Run run = job("2011-03-02T12:00:00Z").run();

        assertThat(run.dueForReview()).contains(caseId);
        assertThat(run.failed()).isZero();
        String event = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%CrimeRecordDueForReviewEvent'""", String.class, caseId);
        assertThat(event)
                .contains("\"mopiGroup\":1", "\"dueOn\":\"2011-03-01\"", "\"casebridge:mopi-review\"", "\"SYSTEM\"");
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "SELECT review_due_on FROM police_escalation WHERE case_id = ?",
                                LocalDate.class,
                                caseId))
                        .isEqualTo(LocalDate.of(2011, 3, 1)));

        assertThat(api().get(OFFICER, "/api/escalations/" + caseId).getBody())
                .contains("\"review\":{\"mopiGroup\":1,\"dueOn\":\"2011-03-01\"}");

        assertThat(mvc.perform(get("/portal/escalations/" + caseId)
                                .with(PortalSignIn.as(OFFICER.id(), "POLICE_LIAISON", FORCE, OFFICER.id())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"mopi-review\"", "Due for review", "fell due on 1 March 2011");

        assertThat(job("2011-03-03T12:00:00Z").run().dueForReview()).doesNotContain(caseId);
        assertThat(jdbc.queryForObject("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%CrimeRecordDueForReviewEvent'""", Integer.class, caseId)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT crime_reference IS NOT NULL FROM police_escalation WHERE case_id = ?",
                        Boolean.class,
                        caseId))
                .as("reviewed, never deleted silently")
                .isTrue();
    }

    @Test
    void anEscalationDeclinedWithNoCrimeGoesToReviewSixYearsAfterTheDeclineAndCanThenBeErased() throws Exception {
        String caseId = referred(SchoolReferral.policeOnlyTo(FORCE, List.of("ADULT_INVOLVED")), OFFICER, WAIT);
        PoliceApi api = api();
        ok(api.post(
                OFFICER,
                "/api/escalations/" + caseId + "/decline",
                Map.of("reason", "No police role on what we know")));
        await().atMost(WAIT)
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM police_escalation WHERE case_id = ? AND declined_at IS NOT NULL",
                                Integer.class,
                                caseId)
                        == 1);
        // As if the force had declined it in 2001: every other test's escalations were declined this decade.
        jdbc.update(
                "UPDATE police_escalation SET declined_at = TIMESTAMPTZ '2001-03-01 10:00Z' WHERE case_id = ?", caseId);
        Actor supervisor = new Actor("ps-7302", Actor.Role.POLICE_SUPERVISOR, FORCE);
        Map<String, String> erasure = Map.of("reason", "MoPI review: no further policing purpose");
        assertThat(api.post(supervisor, "/api/escalations/" + caseId + "/personal-details/erasure", erasure)
                        .getStatusCode()
                        .value())
                .as("not before its review")
                .isEqualTo(409);

        assertThat(job("2007-02-28T12:00:00Z").run().dueForReview())
                .as("group 3: reviewed 6 years after the decline, not before")
                .doesNotContain(caseId);
        assertThat(job("2007-03-02T12:00:00Z").run().dueForReview()).contains(caseId);

        String event = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%CrimeRecordDueForReviewEvent'""", String.class, caseId);
        assertThat(event).contains("\"mopiGroup\":3", "\"dueOn\":\"2007-03-01\"", "\"casebridge:mopi-review\"");
        assertThat(api.post(supervisor, "/api/escalations/" + caseId + "/personal-details/erasure", erasure)
                        .getStatusCode()
                        .value())
                .as("erased by a supervisor on its review")
                .isEqualTo(204);
        assertThat(jdbc.queryForObject(
                        "SELECT destroyed_at IS NOT NULL FROM sealing_key WHERE key_id = ?::uuid",
                        Boolean.class,
                        caseId))
                .isTrue();
    }

    @Test
    void anEscalationTransferredAndNeverActedOnGoesToReviewSixYearsAfterTheTransferAtTheReceivingForce()
            throws Exception {
        String caseId = referred(SchoolReferral.policeOnlyTo(FORCE, List.of("ADULT_INVOLVED")), OFFICER, WAIT);
        PoliceApi api = api();
        ok(api.post(
                OFFICER,
                "/api/escalations/" + caseId + "/transfer",
                Map.of("toForceCode", "DPP", "reason", "The children live in Dyfed-Powys")));
        await().atMost(WAIT)
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM police_escalation WHERE case_id = ? AND force_code = 'DPP'",
                                Integer.class,
                                caseId)
                        == 1);
        // As if West Midlands had transferred it in 2001: every other test's transfers were made this decade.
        jdbc.update(
                "UPDATE police_escalation SET transfers = jsonb_set(transfers, '{0,at}', '\"2001-03-01T10:00:00Z\"')"
                        + " WHERE case_id = ?",
                caseId);
        Actor dyfedSupervisor = new Actor("ps-7303", Actor.Role.POLICE_SUPERVISOR, "DPP");
        Map<String, String> erasure = Map.of("reason", "MoPI review: never acted on, no policing purpose");
        assertThat(api.post(dyfedSupervisor, "/api/escalations/" + caseId + "/personal-details/erasure", erasure)
                        .getStatusCode()
                        .value())
                .as("not before its review")
                .isEqualTo(409);

        assertThat(job("2007-02-28T12:00:00Z").run().dueForReview())
                .as("group 3: reviewed 6 years after the transfer, not before")
                .doesNotContain(caseId);
        assertThat(job("2007-03-02T12:00:00Z").run().dueForReview()).contains(caseId);

        String event = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%CrimeRecordDueForReviewEvent'""", String.class, caseId);
        assertThat(event)
                .contains(
                        "\"forceCode\":\"DPP\"",
                        "\"mopiGroup\":3",
                        "\"dueOn\":\"2007-03-01\"",
                        "\"casebridge:mopi-review\"");
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "SELECT review_due_on FROM police_escalation WHERE case_id = ?",
                                LocalDate.class,
                                caseId))
                        .isEqualTo(LocalDate.of(2007, 3, 1)));
        assertThat(job("2007-03-03T12:00:00Z").run().dueForReview()).as("once").doesNotContain(caseId);
        assertThat(jdbc.queryForObject("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%CrimeRecordDueForReviewEvent'""", Integer.class, caseId)).isEqualTo(1);
        assertThat(mvc.perform(get("/portal/escalations/" + caseId)
                                .with(PortalSignIn.as(
                                        dyfedSupervisor.id(), "POLICE_SUPERVISOR", "DPP", "Sgt Rhys Evans")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the receiving force's supervisor sees it due, with the erasure")
                .contains("Due for review", "fell due on 1 March 2007", "id=\"erase-personal-data\"");
        Actor westMidlandsSupervisor = new Actor("ps-7302", Actor.Role.POLICE_SUPERVISOR, FORCE);
        assertThat(api.post(westMidlandsSupervisor, "/api/escalations/" + caseId + "/personal-details/erasure", erasure)
                        .getStatusCode()
                        .value())
                .as("the force that transferred it holds it no longer")
                .isEqualTo(404);

        assertThat(api.post(dyfedSupervisor, "/api/escalations/" + caseId + "/personal-details/erasure", erasure)
                        .getStatusCode()
                        .value())
                .as("erased by the receiving force's supervisor on its review")
                .isEqualTo(204);
        assertThat(jdbc.queryForObject(
                        "SELECT destroyed_at IS NOT NULL FROM sealing_key WHERE key_id = ?::uuid",
                        Boolean.class,
                        caseId))
                .isTrue();
    }

    @Test
    void theJobIsADailyTaskInTheSchedulersTable() {
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "SELECT execution_time FROM scheduled_tasks WHERE task_name = 'mopi-review'",
                                Timestamp.class))
                        .singleElement()
                        .satisfies(next -> assertThat(next.toInstant()
                                        .atZone(ZoneId.of("Europe/London"))
                                        .toLocalTime())
                                .isEqualTo(LocalTime.of(3, 0))));
    }

    private MopiReview job(String now) {
        return new MopiReview(jdbc, commands, schedule, Clock.fixed(Instant.parse(now), ZoneOffset.UTC), meters);
    }

    private String crimeRecordedIn2001() throws Exception {
        String caseId = referred(SchoolReferral.policeOnlyTo(FORCE, List.of("ADULT_INVOLVED")), OFFICER, WAIT);
        PoliceApi api = api();
        ok(api.post(OFFICER, "/api/escalations/" + caseId + "/acceptance", null));
        ok(api.post(OFFICER, "/api/escalations/" + caseId + "/crime", crimeRecordedAt(RECORDED_AT.toString())));
        await().atMost(WAIT)
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM police_escalation WHERE case_id = ? AND crime_recorded_at IS NOT NULL",
                                Integer.class,
                                caseId)
                        == 1);
        return caseId;
    }
}
