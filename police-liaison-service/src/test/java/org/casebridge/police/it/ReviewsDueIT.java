package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.casebridge.platform.actor.Actor;
import org.casebridge.police.escalation.query.EscalationViews.DueReviewView;
import org.casebridge.police.escalation.query.ReviewFilter;
import org.casebridge.police.escalation.query.ReviewQueries;
import org.casebridge.police.escalation.query.ReviewSort;
import org.casebridge.police.reference.ForceDirectory;
import org.casebridge.police.reference.MopiReviewSchedule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * {@code GET /api/reviews} (ADR 0083) on the real service: a Thames Valley supervisor sees the force's reviews that
 * are due, overdue first, with the days overdue, and those coming up; another force's supervisor sees none of them;
 * an officer and a school are refused on the role; a parameter out of range is a 400 problem; every read is in the
 * access log; and a clock moved on takes a review from coming up to due and to overdue.
 */
class ReviewsDueIT extends ReviewSteps {

    static final String FORCE = "TVP";
    static final Actor SUPERVISOR = new Actor("ps-review-tvp", Actor.Role.POLICE_SUPERVISOR, FORCE);
    static final Actor OTHER_SUPERVISOR = new Actor("ps-review-swp", Actor.Role.POLICE_SUPERVISOR, "SWP");

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    ForceDirectory forces;

    @Autowired
    MopiReviewSchedule schedule;

    @Test
    void theForcesSupervisorSeesItsReviewsDueOverdueFirstAndAnotherForceSeesNone() throws Exception {
        String fiveDaysOverdue = crimeReviewedIn(FORCE, tvpReference(), -5);
        markedDue(fiveDaysOverdue, today().minusDays(5));
        String dueToday = crimeReviewedIn(FORCE, tvpReference(), 0);
        String inTenDays = crimeReviewedIn(FORCE, tvpReference(), 10);

        List<String> due = caseIds(reviews(SUPERVISOR, "/api/reviews"));
        assertThat(due).contains(fiveDaysOverdue, dueToday).doesNotContain(inTenDays);
        assertThat(due.indexOf(fiveDaysOverdue)).as("overdue first").isLessThan(due.indexOf(dueToday));
        JsonNode overdue = line(reviews(SUPERVISOR, "/api/reviews?state=overdue"), fiveDaysOverdue);
        assertThat(overdue.get("state").asText()).isEqualTo("OVERDUE");
        assertThat(overdue.get("daysOverdue").asInt()).isEqualTo(5);
        assertThat(overdue.get("mopiGroup").asInt()).isEqualTo(1);
        assertThat(overdue.get("classification").asText()).isEqualTo("86/02");
        assertThat(overdue.get("reviewOn").asText())
                .isEqualTo(today().minusDays(5).toString());
        assertThat(overdue.get("markedDue").asBoolean()).isTrue();
        assertThat(overdue.get("forceCode").asText()).isEqualTo(FORCE);
        assertThat(caseIds(reviews(SUPERVISOR, "/api/reviews?state=overdue"))).doesNotContain(dueToday);
        assertThat(line(reviews(SUPERVISOR, "/api/reviews"), dueToday)
                        .get("state")
                        .asText())
                .isEqualTo("DUE");

        assertThat(caseIds(reviews(SUPERVISOR, "/api/reviews?state=upcoming")))
                .contains(inTenDays)
                .doesNotContain(fiveDaysOverdue, dueToday);
        assertThat(caseIds(reviews(SUPERVISOR, "/api/reviews?state=upcoming&within=P9D")))
                .doesNotContain(inTenDays);
        assertThat(caseIds(reviews(SUPERVISOR, "/api/reviews?state=UPCOMING&within=P10D&sort=group&limit=500")))
                .contains(inTenDays);
        assertThat(reviews(SUPERVISOR, "/api/reviews?limit=1")).hasSize(1);

        assertThat(caseIds(reviews(new Actor("audit-tvp", Actor.Role.AUDITOR, FORCE), "/api/reviews")))
                .as("an auditor of the force")
                .contains(fiveDaysOverdue);
        assertThat(caseIds(reviews(OTHER_SUPERVISOR, "/api/reviews?state=due")))
                .doesNotContain(fiveDaysOverdue, dueToday);
        assertThat(caseIds(reviews(OTHER_SUPERVISOR, "/api/reviews?state=upcoming")))
                .doesNotContain(inTenDays);
        assertThat(reviews(new Actor("auditor", Actor.Role.AUDITOR, "casebridge-audit"), "/api/reviews"))
                .as("an auditor of no force has no force's reviews")
                .isEmpty();

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE actor_id = ? AND what = 'mopi-reviews'",
                        Integer.class,
                        SUPERVISOR.id()))
                .isGreaterThanOrEqualTo(7);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE actor_id = ? AND what = 'mopi-reviews'",
                        Integer.class,
                        OTHER_SUPERVISOR.id()))
                .isEqualTo(2);
    }

    @Test
    void aClockMovedOnTakesAReviewFromComingUpToDueAndThenOverdue() throws Exception {
        String inTenDays = crimeReviewedIn(FORCE, tvpReference(), 10);

        assertThat(on(0, ReviewFilter.UPCOMING)).contains(inTenDays);
        assertThat(on(9, ReviewFilter.DUE)).doesNotContain(inTenDays);
        assertThat(on(10, ReviewFilter.DUE)).contains(inTenDays);
        assertThat(on(10, ReviewFilter.OVERDUE)).doesNotContain(inTenDays);
        assertThat(on(11, ReviewFilter.OVERDUE)).contains(inTenDays);
        assertThat(on(11, ReviewFilter.UPCOMING)).doesNotContain(inTenDays);
    }

    @Test
    void anOfficerOrASchoolIsRefusedOnTheRole() {
        for (Actor refused : List.of(
                new Actor("pc-review-tvp", Actor.Role.POLICE_LIAISON, FORCE),
                new Actor("dsl-review", Actor.Role.SCHOOL_DSL, "137001"),
                new Actor("csc-review", Actor.Role.AGENCY, "csc-sandwell"))) {
            ResponseEntity<String> response = api().get(refused, "/api/reviews");
            assertThat(response.getStatusCode().value())
                    .as(refused.role().name())
                    .isEqualTo(403);
            assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(response.getBody()).contains("problems/review-reader-required");
        }
    }

    @Test
    void aParameterOutOfRangeIsA400Problem() {
        for (String query : List.of(
                "state=soon",
                "sort=oldest",
                "limit=0",
                "limit=501",
                "limit=ten",
                "state=upcoming&within=P0D",
                "state=upcoming&within=P2Y",
                "state=upcoming&within=P-3D",
                "state=upcoming&within=thirty",
                "state=due&within=P30D")) {
            ResponseEntity<String> response = api().get(SUPERVISOR, "/api/reviews?" + query);
            assertThat(response.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(response.getHeaders().getContentType()).as(query).hasToString("application/problem+json");
            assertThat(response.getBody()).as(query).contains("/problems/invalid-request");
        }
        assertThat(api().get(SUPERVISOR, "/api/reviews?state=due&within=P30D").getBody())
                .contains("within applies to state=upcoming only");
        assertThat(api().get(SUPERVISOR, "/api/reviews?state=upcoming&within=P2Y")
                        .getBody())
                .contains("within must be an ISO-8601 period from a day to a year ahead");
    }

    /** The case ids the list of the supervisor's force holds with the clock {@code days} from now. */
    private List<String> on(int days, ReviewFilter filter) {
        ReviewQueries moved = new ReviewQueries(
                named, Clock.offset(Clock.systemUTC(), java.time.Duration.ofDays(days)), forces, schedule);
        return moved.reviews(SUPERVISOR, filter, Period.ofDays(30), ReviewSort.DUE, OptionalInt.empty()).stream()
                .map(DueReviewView::caseId)
                .toList();
    }

    private List<JsonNode> reviews(Actor actor, String path) throws Exception {
        ResponseEntity<String> response = api().get(actor, path);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        List<JsonNode> lines = new ArrayList<>();
        json.readTree(response.getBody()).forEach(lines::add);
        return lines;
    }

    private static List<String> caseIds(List<JsonNode> lines) {
        return lines.stream().map(line -> line.get("caseId").asText()).toList();
    }

    private static JsonNode line(List<JsonNode> lines, String caseId) {
        return lines.stream()
                .filter(line -> line.get("caseId").asText().equals(caseId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(caseId + " is not listed"));
    }
}
