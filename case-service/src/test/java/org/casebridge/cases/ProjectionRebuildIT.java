package org.casebridge.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import javax.sql.DataSource;
import org.casebridge.cases.agency.query.SchoolActionProjection;
import org.casebridge.cases.incident.query.CaseViewProjection;
import org.casebridge.cases.outside.OutsideReadProjection;
import org.casebridge.cases.sar.query.SubjectAccessProjection;
import org.casebridge.cases.transfer.query.TransferredChildRecordProjection;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.Topics;
import org.casebridge.events.agency.AgencyTopic;
import org.casebridge.events.agency.CaseReadByAgencyEvent;
import org.casebridge.events.agency.LadoReferralAcknowledgedEvent;
import org.casebridge.events.agency.LadoReferralReceivedEvent;
import org.casebridge.events.police.CaseReadByPoliceEvent;
import org.casebridge.events.police.EscalationAcceptedEvent;
import org.casebridge.events.police.EscalationLegalHoldLiftedEvent;
import org.casebridge.events.police.EscalationLegalHoldPlacedEvent;
import org.casebridge.events.police.OutcomeAssignedEvent;
import org.casebridge.events.police.PoliceEvent;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.platform.test.EventStoreHead;
import org.casebridge.platform.test.ProjectionCatchUp;
import org.casebridge.platform.test.ReadModelSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each projection of case-service, rebuilt by an operator's replay from the event store, holds exactly the rows it
 * built live, through a generated history of cases that takes every write of the API in a seeded random order
 * (refusals included) and the police's answers from Kafka (ADR 0050).
 */
@CaseIntegrationTest
class ProjectionRebuildIT extends CaseApiSteps {

    private static final long SEED = 20261202L;
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Map<String, List<String>> TABLES = Map.of(
            CaseViewProjection.PROCESSING_GROUP,
            List.of(
                    "case_summary",
                    "case_child",
                    "case_device",
                    "case_timeline",
                    "case_transfer",
                    "case_adult",
                    "case_lado_referral"),
            SchoolActionProjection.PROCESSING_GROUP,
            List.of("school_strategy_action"),
            TransferredChildRecordProjection.PROCESSING_GROUP,
            List.of("transferred_child_record"),
            SubjectAccessProjection.PROCESSING_GROUP,
            List.of("subject_access_request", "subject_access_redaction"),
            OutsideReadProjection.PROCESSING_GROUP,
            List.of("case_outside_read"));

    @Autowired
    DataSource dataSource;

    private CaseApi dsl;
    private CaseApi operator;
    private final EventStoreHead head = new EventStoreHead(() -> jdbc.queryForObject(EventStoreHead.QUERY, Long.class));

    @BeforeEach
    void setUp() {
        dsl = CaseApi.dsl(port);
        operator = new CaseApi(port, "casebridge-ops", "OPERATOR");
    }

    @Test
    void everyProjectionRebuildsToTheRowsItBuiltLive() throws Exception {
        generateHistory(new Random(SEED), 14);
        for (Map.Entry<String, List<String>> projection : TABLES.entrySet()) {
            String group = projection.getKey();
            awaitCaughtUp(group);
            ReadModelSnapshot live = ReadModelSnapshot.of(dataSource, projection.getValue());
            assertThat(live.counts().values())
                    .as("the history fills every table of " + group)
                    .allMatch(n -> n > 0);

            CaseApi.Response replay = operator.post("/api/projections/" + group + "/replay", "{}");
            assertThat(replay.status()).as(replay.body()).isEqualTo(202);
            awaitCaughtUp(group);

            ReadModelSnapshot.of(dataSource, projection.getValue()).assertSameRowsAs(live);
        }
    }

    @Test
    void theApiAnswersWhileAProjectionIsReplayedAndTheReplayShowsItsProgress() {
        String before = CaseEndpoints.readable(dsl);
        assertThat(operator.post("/api/projections/" + CaseViewProjection.PROCESSING_GROUP + "/replay", "{}")
                        .status())
                .isEqualTo(202);

        String during = dsl.report(null);
        assertThat(dsl.get("/api/cases").status()).isEqualTo(200);
        awaitCaughtUp(CaseViewProjection.PROCESSING_GROUP);
        assertThat(dsl.get("/api/cases/" + before).status()).isEqualTo(200);
        assertThat(dsl.get("/api/cases/" + during).status()).isEqualTo(200);
        assertThat(dsl.get("/actuator/prometheus").body())
                .contains("casebridge_processor_replay_progress{processing_group=\"case-views\"");
    }

    @Test
    void onlyProjectionsAreReplayedAndOnlyByAnOperator() {
        CaseApi.Response publisher = operator.post("/api/projections/kafka-publisher/replay", "{}");
        assertThat(publisher.status()).isEqualTo(409);
        assertThat(publisher.json().get("type").asText()).endsWith("/processing-group-not-replayable");
        assertThat(operator.post("/api/projections/no-such-group/replay", "{}").status())
                .isEqualTo(404);
        assertThat(dsl.post("/api/projections/case-views/replay", "{}").status())
                .isEqualTo(403);
        assertThat(dsl.get("/api/projections").status()).isEqualTo(403);
        JsonNode groups = new CaseApi(port, CaseApi.URN, "AUDITOR")
                .get("/api/projections")
                .json();
        assertThat(groups.findValuesAsText("processingGroup"))
                .contains("case-views", "school-actions", "kafka-publisher");
    }

    /** Cases that each start somewhere in the process and then take a random handful of every write there is. */
    private void generateHistory(Random random, int cases) throws Exception {
        List<Function<CaseApi, String>> starts = List.of(
                CaseEndpoints::reported,
                CaseEndpoints::reviewed,
                CaseEndpoints::reviewedWithDevice,
                CaseEndpoints::referredWithDevice,
                CaseEndpoints::readyToClose,
                CaseEndpoints::underLegalHold);
        List<CaseEndpoints.Row> writes = CaseEndpoints.ROWS.values().stream()
                .filter(row ->
                        row.kind() == CaseEndpoints.Kind.CASE_WRITE || row.kind() == CaseEndpoints.Kind.LEGAL_HOLD)
                .toList();
        for (int i = 0; i < cases; i++) {
            // The first case fills every table whatever the seed does: a child's record sent on, the police's answer.
            boolean first = i == 0;
            String caseId = first
                    ? CaseEndpoints.transferredOut(dsl)
                    : starts.get(random.nextInt(starts.size())).apply(dsl);
            if (first || random.nextBoolean()) {
                policeAnswer(caseId, random);
            }
            if (first) {
                // and a subject access request with a phrase withheld (ADR 0057)
                String request = CaseEndpoints.subjectAccessRequestOf(dsl, caseId);
                assertThat(dsl.post("/api/subject-access-requests/" + request + "/redactions", """
                                {"phrase": "Mr Evans", "reason": "A neighbour named in a rationale: a third party"}""")
                                .status())
                        .isEqualTo(200);
                ladoAnswer(caseId);
            }
            List<CaseEndpoints.Row> shuffled = new ArrayList<>(writes);
            Collections.shuffle(shuffled, random);
            for (CaseEndpoints.Row row : shuffled.subList(0, 3 + random.nextInt(8))) {
                row.send(dsl, caseId);
            }
        }
    }

    private void policeAnswer(String caseId, Random random) throws Exception {
        Instant now = Instant.now();
        publish(new EscalationAcceptedEvent(caseId, "WMP", now));
        publish(new StrategyActionAssignedEventV2(
                caseId,
                "WMP",
                "meeting-1",
                "action-" + random.nextInt(1000),
                "SAFETY_PLAN",
                "SCHOOL",
                CaseApi.URN,
                now.plus(Duration.ofDays(5)),
                now));
        if (random.nextBoolean()) {
            publish(new OutcomeAssignedEvent(caseId, "WMP", "OUTCOME_21", "21", now));
        }
        // the force's legal hold on its escalation (ADR 0089), lifted or not
        publish(new EscalationLegalHoldPlacedEvent(caseId, "WMP", now));
        if (random.nextBoolean()) {
            publish(new EscalationLegalHoldLiftedEvent(caseId, "WMP", now.plusSeconds(60)));
        }
    }

    /** An adult in a position of trust referred to the LADO, whose steps come back (ADR 0055). */
    private void ladoAnswer(String caseId) throws Exception {
        assertThat(dsl.post("/api/cases/" + caseId + "/adults", CaseEndpoints.ADULT)
                        .status())
                .isEqualTo(204);
        assertThat(dsl.post("/api/cases/" + caseId + "/lado-referral", """
                        {"rationale": "Allegation against a supply teacher; the agency has been told."}""").status())
                .isEqualTo(204);
        Instant now = Instant.now();
        publish(
                AgencyTopic.AGENCY_EVENTS,
                AgencyTopic.AGENCY_SOURCE,
                new LadoReferralReceivedEvent(caseId, CaseApi.URN, "lado-birmingham", "E08000025", now, now));
        publish(
                AgencyTopic.AGENCY_EVENTS,
                AgencyTopic.AGENCY_SOURCE,
                new LadoReferralAcknowledgedEvent(caseId, CaseApi.URN, "lado-birmingham", now, false));
        // and who outside the school read the case (ADR 0070)
        publish(new CaseReadByPoliceEvent(
                caseId,
                "WMP",
                CaseApi.URN,
                "WMP",
                "POLICE_FORCE",
                "POLICE_LIAISON",
                "ESCALATION",
                "DPA_2018_PART_3/S35_2_B/SCH8_PARA_4",
                now));
        publish(
                AgencyTopic.AGENCY_EVENTS,
                AgencyTopic.AGENCY_SOURCE,
                new CaseReadByAgencyEvent(
                        caseId,
                        CaseApi.URN,
                        "lado-birmingham",
                        "AGENCY",
                        "AGENCY",
                        "REFERRAL",
                        "UK_GDPR/PUBLIC_TASK/SCH1_PARA_18",
                        now));
    }

    private void publish(PoliceEvent event) throws Exception {
        publish(Topics.POLICE_EVENTS, Topics.POLICE_SOURCE, event);
    }

    private void publish(String topic, String source, IntegrationEvent event) throws Exception {
        new IncomingEvents(codec).send(topic, source, event);
    }

    /** The group caught up, and the other services' answers from Kafka stored with it. */
    private void awaitCaughtUp(String group) {
        ProjectionCatchUp.awaitCaughtUp(
                head, PATIENCE, group, () -> operator.get("/api/projections").json());
    }
}
