package org.casebridge.police.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.actor.Actor;
import org.casebridge.police.escalation.command.EscalationCommand.FlagCrimeRecordForReviewCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

/**
 * What the tests of the force's list of MoPI reviews (ADR 0083) share: an escalation of a force with a crime recorded
 * so that its group 1 review (10 years) falls a given number of days from today, and the review job's mark, sent for
 * that escalation alone (the job itself would mark every other test's records too).
 */
@AutoConfigureMockMvc
abstract class ReviewSteps extends PoliceApiIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    CommandGateway commands;

    static LocalDate today() {
        return LocalDate.now(UK);
    }

    /** An escalation of {@code force} whose crime's review falls due {@code days} from today (before it: negative). */
    String crimeReviewedIn(String force, String crimeReference, long days) throws Exception {
        Actor officer = new Actor("pc-review-" + force.toLowerCase(), Actor.Role.POLICE_LIAISON, force);
        String caseId = referred(
                SchoolReferral.to(force)
                        .policeOnly()
                        .criteria(List.of("ADULT_INVOLVED"))
                        .children(PoliceRulesIT.CHILDREN)
                        .referredAt(Instant.now().minus(2, ChronoUnit.HOURS)),
                officer,
                WAIT);
        PoliceApi api = api();
        ok(api.post(officer, "/api/escalations/" + caseId + "/acceptance", null));
        Instant recordedAt =
                today().plusDays(days).minusYears(10).atTime(10, 0).atZone(UK).toInstant();
        ok(api.post(
                officer,
                "/api/escalations/" + caseId + "/crime",
                Map.of(
                        "classification",
                        "86/02",
                        "crimeReference",
                        crimeReference,
                        "recordedAt",
                        recordedAt.toString(),
                        "childRoles",
                        List.of(
                                Map.of("childRef", "child-1", "role", "VICTIM"),
                                Map.of("childRef", "child-2", "role", "PERSON_INVOLVED")))));
        await().atMost(WAIT)
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM police_escalation WHERE case_id = ? AND review_on IS NOT NULL",
                                Integer.class,
                                caseId)
                        == 1);
        return caseId;
    }

    /** Marks the escalation's review due as the daily job does, then waits for the list to show it. */
    void markedDue(String caseId, LocalDate dueOn) {
        commands.sendAndWait(new FlagCrimeRecordForReviewCommand(caseId, 1, dueOn));
        await().atMost(WAIT)
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM police_escalation WHERE case_id = ? AND review_due_on IS NOT NULL",
                                Integer.class,
                                caseId)
                        == 1);
    }

    /** A crime reference in Thames Valley Police's format (eight digits), not used before. */
    static String tvpReference() {
        return String.format("%08d", (long) (Math.random() * 100_000_000));
    }
}
