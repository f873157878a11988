package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.events.police.StrategyMeetingClockResultEvent;
import org.casebridge.events.school.CaseClosedEventV2;
import org.casebridge.events.school.IncidentReportedEvent;
import org.casebridge.events.school.InitialReviewClockResultEvent;
import org.casebridge.notification.referral.command.AllegationOutcome;
import org.casebridge.platform.test.EventStoreHead;
import org.casebridge.platform.test.ReadModelSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each projection of notification-service, rebuilt by an operator from the event store, holds exactly the rows it
 * built live (ADR 0050): the information shares (a streaming group, replayed), and the subscription and agency-case
 * tables (subscribing groups, rebuilt in one transaction while their own writes wait). The history: agencies that
 * subscribe in their areas, cases referred and shared with them, and a seeded random part of what children's social
 * care does with each (acknowledgement, section 47, the strategy action), with pauses and secret rotations; and the
 * partnership report's counts (ADR 0051, 0067), with each case's report, initial-review and strategy-meeting clocks and,
 * at random, a closure handled in school; and two LADO cases concluded, one of them erased on its retention (ADR 0075),
 * whose free text a replay reads as erased exactly as the erasure left the tables.
 */
@NotificationIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionRebuildIT {

    private static final long SEED = 20261202L;
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final List<String> AREAS = List.of("E06000053", "E06000054", "E06000055", "E06000056");
    private static final Map<String, List<String>> TABLES = Map.of(
            "information-shares", List.of("information_share"),
            "subscriptions", List.of("subscription"),
            "agency-cases",
                    List.of(
                            "agency_case",
                            "agency_case_action",
                            "agency_lado_referral",
                            "agency_lado_adult",
                            "agency_lado_attendee"),
            "partnership-report", List.of("partnership_count", "partnership_case"));

    @Autowired
    TestRestTemplate rest;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommandGateway commands;

    @Autowired
    ApplicationContext context;

    private final EventStoreHead head = new EventStoreHead(() -> jdbc.queryForObject(EventStoreHead.QUERY, Long.class));

    @Test
    void everyProjectionRebuildsToTheRowsItBuiltLive() {
        Random random = new Random(SEED);
        for (int i = 0; i < AREAS.size(); i++) {
            SharedCase shared = SharedCase.create(rest, "rebuild" + i, AREAS.get(i));
            actOn(shared, random);
        }
        LadoCases.concluded(commands, AllegationOutcome.SUBSTANTIATED, "kept");
        LadoCases.concluded(commands, AllegationOutcome.MALICIOUS, "erased");
        RetentionJobs.of(context)
                .agencyCases(Clock.offset(Clock.systemUTC(), Duration.ofDays(2)))
                .run();
        await().atMost(PATIENCE)
                .until(() -> jdbc.queryForObject(
                                "SELECT coalesce(sum(count), 0) FROM partnership_count WHERE local_authority_code = ANY (?)"
                                        + " AND measure IN ('REPORTED', 'INITIAL_REVIEW', 'STRATEGY_MEETING')",
                                Integer.class,
                                (Object) AREAS.toArray(String[]::new))
                        == 3 * AREAS.size());
        AgencyApi operator = new AgencyApi(rest, "ops-rebuild", "OPERATOR", "casebridge-ops");
        for (Map.Entry<String, List<String>> projection : TABLES.entrySet()) {
            String group = projection.getKey();
            awaitCaughtUp(operator, group);
            ReadModelSnapshot live = ReadModelSnapshot.of(dataSource, projection.getValue());
            assertThat(live.counts().values())
                    .as("the history fills every table of " + group)
                    .allMatch(n -> n > 0);

            ResponseEntity<String> replay =
                    operator.call(HttpMethod.POST, "/api/projections/" + group + "/replay", null);
            assertThat(replay.getStatusCode().value()).as(replay.getBody()).isEqualTo(202);
            awaitCaughtUp(operator, group);

            ReadModelSnapshot.of(dataSource, projection.getValue()).assertSameRowsAs(live);
        }
    }

    private void actOn(SharedCase shared, Random random) {
        try (BusRecords bus = new BusRecords()) {
            Instant at = Instant.now();
            bus.publish(new IncidentReportedEvent(shared.caseId, "100001", shared.area, at));
            bus.publish(new InitialReviewClockResultEvent(
                    shared.caseId, "100001", shared.area, random.nextBoolean() ? "MET" : "MISSED", at, at));
            bus.publish(new StrategyMeetingClockResultEvent(
                    shared.caseId, "MPS", random.nextBoolean() ? "MET" : "MISSED", at, at));
            if (random.nextBoolean()) {
                bus.publish(
                        new CaseClosedEventV2(shared.caseId, "100001", shared.area, "HANDLED_IN_SCHOOL", false, at));
            }
        }
        AgencyApi owner = new AgencyApi(rest, shared.ownerAgency);
        String referral = "/api/agency/referrals/" + shared.caseId;
        if (random.nextBoolean()) {
            owner.call(HttpMethod.POST, referral + "/acknowledgement", null);
            if (random.nextBoolean()) {
                owner.call(HttpMethod.POST, referral + "/section-47-enquiries", Map.of());
                owner.call(HttpMethod.POST, referral + "/section-47-outcome", Map.of("outcome", "NO_FURTHER_ACTION"));
            }
        }
        if (random.nextBoolean()) {
            owner.call(HttpMethod.POST, referral + "/actions/" + SharedCase.ACTION + "/completion", null);
        }
        String subscription = "/api/subscriptions/" + shared.subscriptionId;
        if (random.nextBoolean()) {
            owner.call(HttpMethod.POST, subscription + "/secret-rotation", null);
        }
        if (random.nextBoolean()) {
            owner.call(HttpMethod.POST, subscription + "/pause", null);
        }
    }

    /** Not being rebuilt, at the head of the event store, and the head stood still for a second. */
    private void awaitCaughtUp(AgencyApi operator, String group) {
        head.awaitStillAnd(PATIENCE, at -> {
            JsonNode status = null;
            for (JsonNode candidate : operator.get("/api/projections")) {
                if (candidate.get("processingGroup").asText().equals(group)) {
                    status = candidate;
                }
            }
            assertThat(status).as(group).isNotNull();
            boolean subscribing =
                    !status.hasNonNull("position") && !status.get("replaying").asBoolean();
            return !status.get("replaying").asBoolean()
                    && (subscribing || status.get("position").asLong() >= at);
        });
    }
}
