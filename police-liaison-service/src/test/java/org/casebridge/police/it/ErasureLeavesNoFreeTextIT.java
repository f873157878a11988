package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.police.it.PoliceRequests.crimeRecordedAt;
import static org.casebridge.police.it.PoliceRequests.factor;
import static org.casebridge.police.it.PoliceRequests.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalDrafts;
import org.casebridge.platform.sealing.SealedText;
import org.casebridge.police.escalation.command.EscalationCommand.FlagCrimeRecordForReviewCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Issue 14's test for the police side (ADR 0064): a distinctive word typed into every kind of free text of a case
 * (aggravating-factor notes, reclassification reason, outcome rationale and diversionary activity, a strategy meeting's
 * venue, information, decision, rationale, action and completion note, a device's description, a portal draft) is
 * never in the event store, only in the read models; once a supervisor erases the case's personal data on the MoPI
 * review of its crime record, no text, character, JSON or binary column of any table holds it, the drafts are gone and
 * the API reads the text as erased.
 */
class ErasureLeavesNoFreeTextIT extends PoliceApiIntegrationTest {

    private static final String FORCE = "WMP";
    private static final String WORD = "Zyxquorl";
    private static final Actor OFFICER = new Actor("pc-6401", Actor.Role.POLICE_LIAISON, FORCE);
    private static final Actor SUPERVISOR = new Actor("ps-6402", Actor.Role.POLICE_SUPERVISOR, FORCE);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final AtomicInteger REFERENCES = new AtomicInteger((int) (Math.random() * 400_000) + 100_000);

    @Autowired
    CommandGateway commands;

    @Autowired
    PortalDrafts drafts;

    @Test
    void afterTheErasureNoFreeTextOfTheCaseIsReadableAnywhere() throws Exception {
        PoliceApi api = api();
        String caseId = caseWithTheWordInEveryFreeText(api);
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(columnsHolding(WORD))
                        .as("the read models copy the text, for the officers entitled to it")
                        .contains(
                                "police_escalation.aggravating_factors",
                                "police_escalation.amendments",
                                "police_escalation.legal_holds",
                                "police_escalation.outcome_rationale",
                                "police_strategy_meeting.venue",
                                "police_strategy_meeting.information",
                                "police_strategy_meeting.decisions",
                                "police_strategy_action.description",
                                "police_strategy_action.completion_note",
                                "police_device.description",
                                "police_subject_access_request.requester",
                                "police_subject_access_request.reason",
                                "police_subject_access_request.chosen_redactions",
                                "police_subject_access_request.release_rationale"));
        assertThat(columnsHolding(WORD))
                .as("the event store holds every free text sealed")
                .noneMatch(column -> column.startsWith("domain_event_entry."));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM portal_draft WHERE case_id = ?::uuid", Integer.class, caseId))
                .isEqualTo(1);
        assertThat(disclosureFiles(caseId)).as("the released PDF and JSON").isEqualTo(2);

        assertThat(status(api.post(
                        SUPERVISOR,
                        "/api/escalations/" + caseId + "/personal-details/erasure",
                        Map.of("reason", "MoPI review: no further policing purpose"))))
                .as("never before the crime record is due for review")
                .isEqualTo(409);
        commands.sendAndWait(new FlagCrimeRecordForReviewCommand(caseId, 1, LocalDate.of(2011, 3, 1)));
        assertThat(status(api.post(
                        OFFICER,
                        "/api/escalations/" + caseId + "/personal-details/erasure",
                        Map.of("reason", "MoPI review: no further policing purpose"))))
                .isEqualTo(403);
        assertThat(status(api.post(
                        SUPERVISOR,
                        "/api/escalations/" + caseId + "/personal-details/erasure",
                        Map.of("reason", "MoPI review: no further policing purpose"))))
                .isEqualTo(204);

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(columnsHolding(WORD))
                        .as("no table keeps the case's free text")
                        .isEmpty());
        assertThat(jdbc.queryForObject(
                        "SELECT key_material IS NULL AND destroyed_at IS NOT NULL FROM sealing_key WHERE key_id = ?::uuid",
                        Boolean.class,
                        caseId))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM portal_draft WHERE case_id = ?::uuid", Integer.class, caseId))
                .isZero();
        String detail = api.get(OFFICER, "/api/escalations/" + caseId).getBody();
        assertThat(detail).doesNotContain(WORD).contains(SealedText.ERASED);
        assertThat(api.get(OFFICER, "/api/escalations/" + caseId + "?asOf=" + Instant.now())
                        .getBody())
                .as("the view as at an instant is rebuilt from the events: erased too")
                .doesNotContain(WORD);
        assertThat(api.get(OFFICER, "/api/escalations/" + caseId + "/strategy-meetings")
                        .getBody())
                .doesNotContain(WORD);
        assertThat(api.get(OFFICER, "/api/escalations/" + caseId + "/devices").getBody())
                .doesNotContain(WORD);
        assertThat(api.get(SUPERVISOR, "/api/escalations/" + caseId + "/subject-access-requests")
                        .getBody())
                .doesNotContain(WORD);
        assertThat(disclosureFiles(caseId))
                .as("the released files go with the case's personal data; their hashes stay on the event")
                .isZero();
    }

    /** Every text, character, JSON and binary column of the service's tables that holds {@code word}. */
    private List<String> columnsHolding(String word) {
        List<String> holding = new ArrayList<>();
        jdbc.query("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = current_schema()
                  AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')""", rs -> {
            String table = rs.getString(1);
            String column = rs.getString(2);
            String test = rs.getString(3).equals("bytea")
                    ? "position(convert_to(?, 'UTF8') in \"" + column + "\") > 0"
                    : "position(? in \"" + column + "\"::text) > 0";
            Integer found =
                    jdbc.queryForObject("SELECT count(*) FROM \"" + table + "\" WHERE " + test, Integer.class, word);
            if (found != null && found > 0) {
                holding.add(table + "." + column);
            }
        });
        return holding;
    }

    private String caseWithTheWordInEveryFreeText(PoliceApi api) throws Exception {
        String caseId = referred(SchoolReferral.policeOnlyTo(FORCE, List.of("ADULT_INVOLVED")), OFFICER, WAIT);
        String base = "/api/escalations/" + caseId;
        ok(api.post(OFFICER, base + "/acceptance", null));
        ok(api.post(
                OFFICER,
                base + "/aggravating-factors",
                factor("COERCION_OR_BLACKMAIL", "Threats sent by Mr " + WORD + " online")));
        ok(api.post(OFFICER, base + "/crime", crimeRecordedAt("2001-03-01T10:00:00Z")));
        ok(api.post(
                OFFICER,
                base + "/crime/reclassification",
                Map.of("classification", "86/10", "reason", WORD + "'s account: received, never shared")));
        ok(api.post(
                OFFICER,
                base + "/outcome-proposal",
                Map.of(
                        "outcome",
                        "OUTCOME_22",
                        "rationale",
                        "Agreed with " + WORD + "'s parents",
                        "diversionaryActivity",
                        "Course run by Ms " + WORD)));
        String meetingId = created(api.post(
                OFFICER,
                base + "/strategy-meetings",
                meeting(
                        "Room 4 at " + WORD + " House",
                        List.of(Map.of(
                                "type", "CHILDRENS_SOCIAL_CARE",
                                "organisation", "E08000025",
                                "role", "Social worker")))));
        String meeting = base + "/strategy-meetings/" + meetingId;
        ok(api.post(
                OFFICER,
                meeting + "/attendance",
                Map.of(
                        "attendees",
                        List.of(Map.of(
                                "type", "CHILDRENS_SOCIAL_CARE",
                                "organisation", "E08000025",
                                "role", "Social worker")))));
        created(api.post(
                OFFICER,
                meeting + "/information-shared",
                Map.of(
                        "sharedBy",
                        Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "E08000025"),
                        "summary",
                        "The " + WORD + " family is known to social care",
                        "lawfulBasis",
                        "PUBLIC_TASK_SAFEGUARDING")));
        created(api.post(
                OFFICER,
                meeting + "/decisions",
                Map.of(
                        "topic",
                        "SECTION_47_ENQUIRIES",
                        "decision",
                        "Visit " + WORD + " at home",
                        "startSection47",
                        true,
                        "rationale",
                        WORD + " was coerced")));
        String actionId = created(api.post(
                OFFICER,
                meeting + "/actions",
                Map.of(
                        "description", "Call " + WORD + "'s mother",
                        "owner", Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "E08000025"),
                        "dueBy", Instant.now().plus(Duration.ofDays(2)).toString())));
        ok(api.post(OFFICER, meeting + "/actions/" + actionId + "/completion", Map.of("note", "Spoke to Mrs " + WORD)));
        created(api.post(
                OFFICER,
                base + "/devices",
                Map.of(
                        "description",
                        WORD + "'s phone",
                        "ownerChildRef",
                        "child-2",
                        "seized",
                        true,
                        "exhibitReference",
                        "EXH/WMP/" + REFERENCES.incrementAndGet())));
        String requests = base + "/subject-access-requests";
        String requestId = created(api.post(
                SUPERVISOR,
                requests,
                Map.of(
                        "childRef", "child-1",
                        "requester", "Mrs " + WORD + ", the child's mother",
                        "reason", "Art 15 request; " + WORD + " showed her passport")));
        await().atMost(WAIT)
                .until(() -> api.get(SUPERVISOR, requests + "/" + requestId)
                                .getStatusCode()
                                .value()
                        == 200);
        ok(api.post(
                SUPERVISOR,
                requests + "/" + requestId + "/redactions",
                Map.of("phrase", "Ms " + WORD, "reason", "The course leader " + WORD + " is a third party")));
        await().atMost(WAIT)
                .until(() -> jdbc.queryForObject(
                                "SELECT jsonb_array_length(chosen_redactions) FROM police_subject_access_request"
                                        + " WHERE request_id = ?",
                                Integer.class,
                                requestId)
                        == 1);
        ok(api.post(
                SUPERVISOR,
                requests + "/" + requestId + "/release",
                Map.of("rationale", "Reviewed with " + WORD + ", the force's data protection officer")));
        drafts.save(OFFICER, "decline-" + caseId, Map.of("reason", List.of("Draft naming " + WORD)));
        ok(api.post(SUPERVISOR, base + "/legal-hold", Map.of("reason", "Claim by Mrs " + WORD + " (ADR 0081)")));
        ok(api.post(SUPERVISOR, base + "/legal-hold/lifting", Map.of("reason", "Mrs " + WORD + " withdrew the claim")));
        await().atMost(WAIT)
                .until(() -> jdbc.queryForObject(
                                "SELECT jsonb_array_length(legal_holds) FROM police_escalation WHERE case_id = ?",
                                Integer.class,
                                caseId)
                        == 2);
        await().atMost(WAIT)
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM police_strategy_action WHERE case_id = ? AND completion_note IS NOT"
                                        + " NULL",
                                Integer.class,
                                caseId)
                        == 1);
        return caseId;
    }

    private static int status(ResponseEntity<String> response) {
        return response.getStatusCode().value();
    }

    private int disclosureFiles(String caseId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM police_disclosure_file WHERE request_id IN"
                        + " (SELECT request_id FROM police_subject_access_request WHERE case_id = ?)",
                Integer.class,
                caseId);
    }
}
