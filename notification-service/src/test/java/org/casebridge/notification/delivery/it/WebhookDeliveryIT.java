package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.notification.delivery.it.SchoolEvents.referral;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.events.Topics;
import org.casebridge.events.police.OutcomeAssignedEvent;
import org.casebridge.events.police.StrategyMeetingConvenedEvent;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.platform.kafka.DeadLetters;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

@CasebridgeIntegrationTest
@TestPropertySource(
        properties = {
            "casebridge.security.tokens=true",
            "casebridge.notification.subscriptions.allow-local-webhooks=true",
            "casebridge.notification.delivery.initial-backoff=100ms",
            "casebridge.notification.delivery.max-backoff=400ms",
            "casebridge.notification.delivery.retry-period=6s",
            "casebridge.notification.delivery.poll-interval=100ms",
            "casebridge.notification.delivery.read-timeout=2s"
        })
class WebhookDeliveryIT {

    private static final String REFERRAL = IntegrationEventTypes.typeOf(ReferralMadeEvent.class);
    private static final String MEETING = IntegrationEventTypes.typeOf(StrategyMeetingConvenedEvent.class);
    private static final String OUTCOME = IntegrationEventTypes.typeOf(OutcomeAssignedEvent.class);
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    private static final WebhookReceiver receiver = new WebhookReceiver();
    private static final BusRecords bus = new BusRecords();

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private MeterRegistry meters;

    @BeforeEach
    void receiverUp() {
        receiver.up();
    }

    @AfterAll
    static void close() {
        receiver.close();
        bus.close();
    }

    /** How a share cites the Schedule 1 condition an agency subscribed on with "DPA 2018 Sch 1 para 18". */
    private static final String SCHEDULE_1_PARA_18 =
            "Art 9(2)(g) with DPA 2018 Sch 1 Part 2 para 18 (safeguarding of children and of individuals at risk)";

    private static OutcomeAssignedEvent outcome(String caseId) {
        return new OutcomeAssignedEvent(caseId, "MPS", "OUTCOME_21", "21", Instant.now());
    }

    private AgencyApi agency(String agencyId) {
        return new AgencyApi(rest, agencyId);
    }

    private AgencyApi auditor() {
        return new AgencyApi(rest, "ig.officer", "AUDITOR", "casebridge-ig");
    }

    private static JsonNode subscribeWebhook(
            AgencyApi agency, String path, List<String> types, List<String> areas, String scope) {
        JsonNode created = agency.webhook(types, areas, scope, receiver.url(path));
        receiver.secret(path, created.get("webhookSecret").asText());
        return created;
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void deliversSignedCloudEventsInOrderExactlyOnceAfterTheReceiverComesBack() {
        AgencyApi csc = agency("csc-it-down");
        JsonNode created =
                subscribeWebhook(csc, "/down", List.of(REFERRAL, OUTCOME), List.of("E09000012"), "ALL_IN_AREA");
        String subscriptionId = created.at("/subscription/subscriptionId").asText();
        String caseId = "c-it-down";
        receiver.down();

        String referralId = bus.publish(referral(caseId, "E09000012"));
        String outcomeId = bus.publish(outcome(caseId));

        await().atMost(PATIENCE)
                .until(() -> list(csc.get("/api/deliveries?caseId=" + caseId)).stream()
                        .anyMatch(delivery -> delivery.get("log").size() >= 2));
        assertThat(received("/down", caseId)).isEmpty();

        receiver.up();
        await().atMost(PATIENCE).until(() -> received("/down", caseId).size() == 2);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> received("/down", caseId).size() == 2);

        List<WebhookReceiver.Received> received = received("/down", caseId);
        assertThat(received).extracting(r -> r.cloudEvent().get("id").asText()).containsExactly(referralId, outcomeId);
        assertThat(received)
                .extracting(r -> r.cloudEvent().get("type").asText())
                .containsExactly(REFERRAL, OUTCOME);
        assertThat(received).allSatisfy(r -> {
            assertThat(r.contentType()).startsWith("application/cloudevents+json");
            assertThat(r.cloudEvent().get("specversion").asText()).isEqualTo("1.0");
            assertThat(r.cloudEvent().get("subject").asText()).isEqualTo(caseId);
            assertThat(r.cloudEvent().at("/data/caseId").asText()).isEqualTo(caseId);
        });
        assertThat(received)
                .extracting(WebhookReceiver.Received::traceparent)
                .as("each delivery carries the trace its event was received in (ADR 0040): a record without trace"
                        + " context starts its own")
                .allMatch(traceparent -> traceparent != null && traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"))
                .extracting(traceparent -> traceparent.split("-")[1])
                .doesNotHaveDuplicates();
        assertThat(received.get(0).cloudEvent().get("source").asText()).isEqualTo("/casebridge/case-service");
        assertThat(received)
                .as("each CloudEvent passes on the basis its controller shared it on")
                .extracting(r -> r.cloudEvent().get("lawfulbasis").asText())
                .containsExactly("UK_GDPR/PUBLIC_TASK/SCH1_PARA_18", "DPA_2018_PART_3/S35_2_B/SCH8_PARA_4");
        assertThat(received).extracting(WebhookReceiver.Received::webhookId).doesNotHaveDuplicates();
        assertThat(receiver.badSignatures()).isEmpty();

        List<JsonNode> log = list(csc.get("/api/deliveries?caseId=" + caseId + "&subscriptionId=" + subscriptionId));
        assertThat(log).hasSize(2).allSatisfy(delivery -> {
            assertThat(delivery.get("status").asText()).isEqualTo("DELIVERED");
            List<JsonNode> attempts = list(delivery.get("log"));
            assertThat(attempts.getLast().get("outcome").asText()).isEqualTo("SUCCEEDED");
            assertThat(attempts.getLast().get("statusCode").asInt()).isEqualTo(204);
        });
        JsonNode referralDelivery = log.stream()
                .filter(d -> d.get("eventId").asText().equals(referralId))
                .findFirst()
                .orElseThrow();
        assertThat(list(referralDelivery.get("log")).getFirst().get("outcome").asText())
                .isEqualTo("FAILED");
        assertThat(received.getFirst().webhookId())
                .isEqualTo(referralDelivery.get("deliveryId").asText());

        await().atMost(PATIENCE)
                .until(() -> csc.get("/api/information-shares?caseId=" + caseId).size() == 2);
        assertThat(list(csc.get("/api/information-shares?caseId=" + caseId)))
                .allSatisfy(share -> {
                    assertThat(share.get("agencyId").asText()).isEqualTo("csc-it-down");
                    assertThat(share.get("subscriptionId").asText()).isEqualTo(subscriptionId);
                    assertThat(share.get("channel").asText()).isEqualTo("WEBHOOK");
                    assertThat(share.get("article6Basis").asText()).isEqualTo("PUBLIC_TASK");
                    assertThat(share.get("article9Condition").asText()).isEqualTo(SCHEDULE_1_PARA_18);
                })
                .extracting(share -> share.get("eventId").asText())
                .containsExactlyInAnyOrder(referralId, outcomeId);
        Map<String, JsonNode> shares = list(csc.get("/api/information-shares?caseId=" + caseId)).stream()
                .collect(Collectors.toMap(share -> share.get("eventId").asText(), share -> share));
        JsonNode referralShare = shares.get(referralId);
        assertThat(referralShare.get("controllerKind").asText())
                .as("the school is the controller of its referral")
                .isEqualTo("SCHOOL");
        assertThat(referralShare.get("controllerId").asText()).isEqualTo("100001");
        assertThat(referralShare.get("controllerBasis").asText())
                .as("shared on its public task with Sch 1 para 18")
                .isEqualTo("UK_GDPR/PUBLIC_TASK/SCH1_PARA_18");
        assertThat(referralShare.get("controllerBasisCitation").asText())
                .startsWith("UK GDPR Art 6(1)(e); Art 9(2)(g) with DPA 2018 Sch 1 Part 2 para 18");
        assertThat(referralShare.get("sharedBy").asText()).isEqualTo("casebridge/notification-service");
        JsonNode outcomeShare = shares.get(outcomeId);
        assertThat(outcomeShare.get("controllerKind").asText())
                .as("the force is the controller of its outcome")
                .isEqualTo("POLICE_FORCE");
        assertThat(outcomeShare.get("controllerId").asText()).isEqualTo("MPS");
        assertThat(outcomeShare.get("controllerBasis").asText())
                .as("shared under DPA 2018 Part 3")
                .isEqualTo("DPA_2018_PART_3/S35_2_B/SCH8_PARA_4");
        assertThat(shares.values()).allSatisfy(share -> {
            assertThat(share.get("agencyKind").asText()).isEqualTo("CHILDRENS_SOCIAL_CARE");
            assertThat(share.get("involvement").asText()).isEqualTo("REFERRED_TO_CHILDRENS_SOCIAL_CARE");
            assertThat(share.get("share").asText()).isEqualTo("YES");
        });
    }

    @Test
    void anEventWithoutALawfulBasisIsParkedAndNeverSharedWhileTheOthersFlow() {
        AgencyApi csc = agency("csc-lawful-basis");
        subscribeWebhook(csc, "/lawful", List.of(REFERRAL), List.of("E06000009"), "ALL_IN_AREA");
        String unstated = "c-it-no-basis-" + UUID.randomUUID();
        String stated = "c-it-basis-" + UUID.randomUUID();

        bus.publishWithoutLawfulBasis(referral(unstated, "E06000009"));
        String sharedId = bus.publish(referral(stated, "E06000009"));

        ConsumerRecord<String, byte[]> parked = KafkaTestRecords.first(
                DeadLetters.topicFor(Topics.SCHOOL_EVENTS), r -> unstated.equals(r.key()), PATIENCE);
        assertThat(KafkaTestRecords.header(parked, "kafka_dlt-exception-message"))
                .contains("carries no lawful basis");
        await().atMost(PATIENCE).until(() -> received("/lawful", stated).size() == 1);
        await().atMost(PATIENCE)
                .until(() -> csc.get("/api/information-shares?caseId=" + stated).size() == 1);
        JsonNode share = csc.get("/api/information-shares?caseId=" + stated).get(0);
        assertThat(share.get("eventId").asText()).isEqualTo(sharedId);
        assertThat(share.get("controllerKind").asText()).isEqualTo("SCHOOL");
        assertThat(share.get("controllerId").asText()).isEqualTo("100001");
        assertThat(share.get("controllerBasis").asText()).isEqualTo("UK_GDPR/PUBLIC_TASK/SCH1_PARA_18");
        assertThat(share.get("article6Basis").asText()).isEqualTo("PUBLIC_TASK");
        assertThat(share.get("article9Condition").asText()).isEqualTo(SCHEDULE_1_PARA_18);

        assertThat(received("/lawful", unstated)).isEmpty();
        assertThat(csc.get("/api/deliveries?caseId=" + unstated).size()).isZero();
        assertThat(csc.get("/api/information-shares?caseId=" + unstated).size()).isZero();
    }

    @Test
    void anAgencyOfAnotherAreaOrNotInvolvedReceivesNothing() {
        AgencyApi inArea = agency("csc-it-area");
        AgencyApi otherArea = agency("csc-it-elsewhere");
        AgencyApi notInvolved = agency("lado-it-not-invited");
        AgencyApi involved = agency("lado-it-invited");
        List<String> types = List.of(REFERRAL, MEETING, OUTCOME);
        subscribeWebhook(inArea, "/in-area", types, List.of("E09000033"), "ALL_IN_AREA");
        subscribeWebhook(otherArea, "/other-area", types, List.of("E08000035"), "ALL_IN_AREA");
        subscribeWebhook(notInvolved, "/not-involved", types, List.of(), "INVOLVED_ONLY");
        subscribeWebhook(involved, "/involved", types, List.of(), "INVOLVED_ONLY");
        String caseId = "c-it-filter";

        bus.publish(referral(caseId, "E09000033"));
        bus.publish(new StrategyMeetingConvenedEvent(
                caseId,
                "MPS",
                "m-1",
                Instant.now().plusSeconds(86_400),
                List.of(
                        new StrategyMeetingConvenedEvent.Organisation("LADO", "lado-it-invited"),
                        new StrategyMeetingConvenedEvent.Organisation("SCHOOL", "100001")),
                Instant.now()));
        bus.publish(outcome(caseId));

        await().atMost(PATIENCE)
                .until(() -> received("/in-area", caseId).size() == 2
                        && received("/involved", caseId).size() == 2);
        assertThat(received("/in-area", caseId))
                .as("social care hears of a meeting only when it is invited")
                .extracting(r -> r.cloudEvent().get("type").asText())
                .containsExactly(REFERRAL, OUTCOME);
        assertThat(received("/involved", caseId))
                .extracting(r -> r.cloudEvent().get("type").asText())
                .containsExactly(MEETING, OUTCOME);
        assertThat(receiver.received("/other-area")).isEmpty();
        assertThat(receiver.received("/not-involved")).isEmpty();
        assertThat(otherArea.get("/api/deliveries")).isEmpty();
        assertThat(notInvolved.get("/api/deliveries")).isEmpty();

        JsonNode child = received("/in-area", caseId).getFirst().cloudEvent().at("/data/children/0");
        Set<String> childFields = StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(child.fieldNames(), 0), false)
                .collect(Collectors.toSet());
        assertThat(childFields).containsExactlyInAnyOrder("ref", "age", "yearGroup", "roles");
    }

    @Test
    void aDuplicateKafkaRecordYieldsOneDelivery() {
        AgencyApi csc = agency("csc-it-duplicate");
        subscribeWebhook(csc, "/duplicate", List.of(REFERRAL), List.of("E08000003"), "ALL_IN_AREA");
        String eventId = "evt-duplicate-" + System.nanoTime();

        bus.publish(eventId, referral("c-it-dup-1", "E08000003"));
        bus.publish(eventId, referral("c-it-dup-1", "E08000003"));
        bus.publish(referral("c-it-dup-2", "E08000003"));

        await().atMost(PATIENCE).until(() -> receiver.received("/duplicate").size() >= 2);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> receiver.received("/duplicate").size() == 2);
        assertThat(receiver.received("/duplicate"))
                .extracting(r -> r.cloudEvent().get("id").asText())
                .containsOnlyOnce(eventId);
        assertThat(csc.get("/api/deliveries?caseId=c-it-dup-1")).hasSize(1);
    }

    @Test
    void deadLettersAfterTheRetryPeriodAndRedeliversWithTheSameWebhookId() {
        AgencyApi csc = agency("csc-it-dead");
        JsonNode created = subscribeWebhook(csc, "/dead", List.of(REFERRAL), List.of("E08000025"), "ALL_IN_AREA");
        String subscriptionId = created.at("/subscription/subscriptionId").asText();
        receiver.answer("/dead", 503);

        bus.publish(referral("c-it-dead", "E08000025"));

        await().atMost(PATIENCE)
                .until(() -> deadLetters(csc, subscriptionId, "c-it-dead").size() == 1);
        JsonNode deadLetter = deadLetters(csc, subscriptionId, "c-it-dead").getFirst();
        assertThat(list(deadLetter.get("log")).getLast().get("outcome").asText())
                .isEqualTo("DEAD_LETTERED");
        assertThat(list(deadLetter.get("log")))
                .allSatisfy(
                        attempt -> assertThat(attempt.get("statusCode").asInt()).isEqualTo(503));
        assertThat(meters.get("casebridge.notification.deliveries")
                        .tag("outcome", "dead_lettered")
                        .tag("channel", "webhook")
                        .counter()
                        .count())
                .isGreaterThanOrEqualTo(1);
        await().atMost(PATIENCE)
                .until(() -> meters.get("casebridge.notification.dead.letters")
                                .gauge()
                                .value()
                        >= 1);
        assertThat(received("/dead", "c-it-dead")).isEmpty();

        receiver.answer("/dead", 204);
        String deliveryId = deadLetter.get("deliveryId").asText();
        ResponseEntity<String> redelivery =
                csc.call(HttpMethod.POST, "/api/deliveries/" + deliveryId + "/redelivery", null);
        assertThat(redelivery.getStatusCode().value()).isEqualTo(202);

        await().atMost(PATIENCE).until(() -> received("/dead", "c-it-dead").size() == 1);
        assertThat(received("/dead", "c-it-dead").getFirst().webhookId()).isEqualTo(deliveryId);
        assertThat(deadLetters(csc, subscriptionId, "c-it-dead")).isEmpty();
    }

    @Test
    void replayRebuildsDeliveriesFromTheEventsWithTodaysFilters() {
        AgencyApi csc = agency("csc-it-replay");
        JsonNode created = subscribeWebhook(csc, "/replay", List.of(REFERRAL), List.of("E09000030"), "ALL_IN_AREA");
        String subscriptionId = created.at("/subscription/subscriptionId").asText();
        Instant before = Instant.now().minusSeconds(5);
        String referralId = bus.publish(referral("c-it-replay", "E09000030"));
        String outcomeId = bus.publish(outcome("c-it-replay"));
        bus.publish(referral("c-it-replay-sentinel", "E09000030"));
        await().atMost(PATIENCE).until(() -> receiver.received("/replay").size() == 2);
        assertThat(receiver.received("/replay"))
                .extracting(r -> r.cloudEvent().get("id").asText())
                .doesNotContain(outcomeId);

        ResponseEntity<String> patched = csc.call(
                HttpMethod.PATCH,
                "/api/subscriptions/" + subscriptionId + "/filters",
                Map.of("eventTypes", List.of(REFERRAL, OUTCOME)));
        assertThat(patched.getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> replay =
                csc.call(HttpMethod.POST, "/api/subscriptions/" + subscriptionId + "/replay?from=" + before, null);
        assertThat(replay.getStatusCode().value()).isEqualTo(202);
        assertThat(AgencyApi.read(replay).get("queued").asInt()).isEqualTo(3);

        await().atMost(PATIENCE).until(() -> receiver.received("/replay").size() == 5);
        List<String> caseEvents = receiver.received("/replay").stream()
                .skip(2)
                .filter(r -> r.cloudEvent().get("subject").asText().equals("c-it-replay"))
                .map(r -> r.cloudEvent().get("id").asText())
                .toList();
        assertThat(caseEvents).containsExactly(referralId, outcomeId);
    }

    @Test
    void aSlowEndpointDoesNotDelayAnotherSubscription() {
        AgencyApi slow = agency("csc-it-slow");
        AgencyApi fast = agency("mash-it-fast");
        subscribeWebhook(slow, "/slow", List.of(REFERRAL), List.of("W06000015"), "ALL_IN_AREA");
        subscribeWebhook(fast, "/fast", List.of(REFERRAL), List.of("W06000015"), "ALL_IN_AREA");
        receiver.slow("/slow", 30_000);

        bus.publish(referral("c-it-slow-1", "W06000015"));
        bus.publish(referral("c-it-slow-2", "W06000015"));
        bus.publish(referral("c-it-slow-3", "W06000015"));

        await().atMost(PATIENCE).until(() -> receiver.received("/fast").size() == 3);
        assertThat(receiver.received("/slow")).isEmpty();
        await().atMost(PATIENCE)
                .until(() -> list(slow.get("/api/deliveries")).stream()
                        .anyMatch(delivery -> delivery.get("log").toString().contains("timed out")));
        receiver.slow("/slow", 0);
        await().atMost(PATIENCE)
                .until(() -> receiver.received("/slow").stream()
                                .map(WebhookReceiver.Received::webhookId)
                                .distinct()
                                .count()
                        == 3);
    }

    @Test
    void anAgencySeesOnlyItsOwnSubscriptionsAndDeliveries() {
        AgencyApi owner = agency("csc-it-owner");
        AgencyApi stranger = agency("csc-it-stranger");
        JsonNode created = subscribeWebhook(owner, "/owner", List.of(REFERRAL), List.of("E06000001"), "ALL_IN_AREA");
        String subscriptionId = created.at("/subscription/subscriptionId").asText();
        bus.publish(referral("c-it-owner", "E06000001"));
        await().atMost(PATIENCE).until(() -> receiver.received("/owner").size() == 1);

        assertThat(stranger.call(HttpMethod.GET, "/api/subscriptions/" + subscriptionId, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(stranger.call(HttpMethod.POST, "/api/subscriptions/" + subscriptionId + "/pause", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(stranger.get("/api/deliveries?caseId=c-it-owner")).isEmpty();
        assertThat(stranger.get("/api/information-shares?caseId=c-it-owner")).isEmpty();
        assertThat(stranger.call(HttpMethod.GET, "/api/cases/c-it-owner/deliveries", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(stranger.call(HttpMethod.GET, "/api/agency/cases/c-it-owner", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(owner.get("/api/cases/c-it-owner/deliveries")).hasSize(1);
        await().atMost(PATIENCE)
                .until(() -> owner.call(HttpMethod.GET, "/api/cases/c-it-owner/information-shares", null)
                                .getStatusCode()
                                .value()
                        == 200);
        assertThat(owner.get("/api/cases/c-it-owner/information-shares")).hasSize(1);
        JsonNode entitled = owner.get("/api/agency/cases/c-it-owner");
        assertThat(entitled.get("localAuthorityCode").asText()).isEqualTo("E06000001");
        assertThat(list(entitled.get("eventTypes")))
                .extracting(JsonNode::asText)
                .containsExactly(REFERRAL);
        assertThat(list(owner.get("/api/agency/cases")))
                .extracting(c -> c.get("caseId").asText())
                .contains("c-it-owner");
        assertThat(list(stranger.get("/api/agency/cases")))
                .extracting(c -> c.get("caseId").asText())
                .doesNotContain("c-it-owner");
        String accessLog = auditor().get("/api/access-log?caseId=c-it-owner").toString();
        assertThat(accessLog).contains("case-deliveries", "agency-case", "csc-it-owner");
        assertThat(accessLog).doesNotContain("csc-it-stranger");
        assertThat(owner.get("/api/subscriptions/" + subscriptionId).has("webhookSecret"))
                .isFalse();
        assertThat(owner.get("/api/subscriptions/" + subscriptionId).toString())
                .doesNotContain(created.get("webhookSecret").asText());
    }

    @Test
    void aPausedSubscriptionReceivesNothingUntilResumedAndAReplayBringsTheGapBack() {
        AgencyApi csc = agency("csc-it-pause");
        JsonNode created = subscribeWebhook(csc, "/pause", List.of(REFERRAL), List.of("E06000002"), "ALL_IN_AREA");
        subscribeWebhook(
                agency("mash-it-sentinel"), "/sentinel", List.of(REFERRAL), List.of("E06000002"), "ALL_IN_AREA");
        String subscriptionId = created.at("/subscription/subscriptionId").asText();
        Instant before = Instant.now().minusSeconds(5);
        ResponseEntity<String> paused =
                csc.call(HttpMethod.POST, "/api/subscriptions/" + subscriptionId + "/pause", null);
        assertThat(AgencyApi.read(paused).get("status").asText()).isEqualTo("PAUSED");
        assertThat(AgencyApi.read(paused).get("unchanged").asBoolean()).isFalse();
        ResponseEntity<String> pausedAgain =
                csc.call(HttpMethod.POST, "/api/subscriptions/" + subscriptionId + "/pause", null);
        assertThat(pausedAgain.getStatusCode().value())
                .as("a second click answers as the first")
                .isEqualTo(200);
        assertThat(AgencyApi.read(pausedAgain).get("unchanged").asBoolean()).isTrue();
        assertThat(AgencyApi.read(pausedAgain).get("updatedAt"))
                .as("nothing recorded")
                .isEqualTo(AgencyApi.read(paused).get("updatedAt"));

        String whilePaused = bus.publish(referral("c-it-paused", "E06000002"));
        await().atMost(PATIENCE).until(() -> receiver.received("/sentinel").size() == 1);
        assertThat(csc.get("/api/deliveries?subscriptionId=" + subscriptionId)).isEmpty();
        assertThat(receiver.received("/pause")).isEmpty();
        csc.call(HttpMethod.POST, "/api/subscriptions/" + subscriptionId + "/resume", null);
        assertThat(AgencyApi.read(csc.call(HttpMethod.POST, "/api/subscriptions/" + subscriptionId + "/resume", null))
                        .get("unchanged")
                        .asBoolean())
                .isTrue();
        String afterResume = bus.publish(referral("c-it-resumed", "E06000002"));
        await().atMost(PATIENCE).until(() -> receiver.received("/pause").size() == 1);
        assertThat(receiver.received("/pause").getFirst().cloudEvent().get("id").asText())
                .isEqualTo(afterResume);

        csc.call(HttpMethod.POST, "/api/subscriptions/" + subscriptionId + "/replay?from=" + before, null);
        await().atMost(PATIENCE).until(() -> receiver.received("/pause").size() == 3);
        assertThat(receiver.received("/pause"))
                .extracting(r -> r.cloudEvent().get("id").asText())
                .contains(whilePaused);
    }

    @Test
    void aRotatedSecretSignsTheNextDeliveries() {
        AgencyApi csc = agency("csc-it-rotate");
        JsonNode created = subscribeWebhook(csc, "/rotate", List.of(REFERRAL), List.of("E06000003"), "ALL_IN_AREA");
        String subscriptionId = created.at("/subscription/subscriptionId").asText();

        ResponseEntity<String> rotated =
                csc.call(HttpMethod.POST, "/api/subscriptions/" + subscriptionId + "/secret-rotation", null);
        String newSecret = AgencyApi.read(rotated).get("webhookSecret").asText();
        assertThat(newSecret)
                .startsWith("whsec_")
                .isNotEqualTo(created.get("webhookSecret").asText());
        receiver.secret("/rotate", newSecret);
        bus.publish(referral("c-it-rotate", "E06000003"));

        await().atMost(PATIENCE).until(() -> receiver.received("/rotate").size() == 1);
        assertThat(receiver.badSignatures()).isEmpty();
    }

    private static ResponseEntity<String> subscribe(AgencyApi agency, Map<String, Object> request) {
        return agency.call(HttpMethod.POST, "/api/subscriptions", request);
    }

    /** The response's problem, after checking it is a 422 of the rule {@code slug}. */
    private static JsonNode refused(ResponseEntity<String> response, String slug) {
        assertThat(response.getStatusCode().value()).as(slug).isEqualTo(422);
        JsonNode problem = AgencyApi.read(response);
        assertThat(problem.get("type").asText()).isEqualTo("https://casebridge.org/problems/" + slug);
        return problem;
    }

    private static Map<String, Object> with(Map<String, Object> request, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(request);
        changed.put(field, value);
        return changed;
    }

    private static Map<String, Object> without(Map<String, Object> request, String field) {
        Map<String, Object> changed = new HashMap<>(request);
        changed.remove(field);
        return changed;
    }

    @Test
    void answersBadRequestsWithProblems() {
        AgencyApi csc = agency("csc-it-problems");
        Map<String, Object> basis = Map.of("article6", "PUBLIC_TASK", "article9Condition", "DPA 2018 Sch 1 para 18");
        Map<String, Object> channel = Map.of("type", "WEBHOOK", "url", receiver.url("/problems"));

        Map<String, Object> valid = Map.of(
                "eventTypes",
                List.of(REFERRAL),
                "areas",
                List.of("E09000012"),
                "scope",
                "ALL_IN_AREA",
                "channel",
                channel,
                "lawfulBasis",
                basis);

        ResponseEntity<String> missingScope = subscribe(csc, without(valid, "scope"));
        assertThat(missingScope.getStatusCode().value()).isEqualTo(400);
        assertThat(missingScope.getBody()).contains("scope");

        assertThat(subscribe(csc, with(valid, "areas", List.of("Hackney")))
                        .getStatusCode()
                        .value())
                .isEqualTo(400);

        refused(
                subscribe(csc, with(valid, "eventTypes", List.of("org.casebridge.school.everything.v1"))),
                "unknown-event-type");
        refused(
                subscribe(csc, with(valid, "lawfulBasis", Map.of("article6", "CONSENT", "article9Condition", "x"))),
                "consent-is-the-wrong-basis");
        for (String article6 : List.of("LEGITIMATE_INTERESTS", "CONTRACT")) {
            refused(
                    subscribe(
                            csc,
                            with(
                                    valid,
                                    "lawfulBasis",
                                    Map.of("article6", article6, "article9Condition", "DPA 2018 Sch 1 para 18"))),
                    "article-6-basis-not-for-public-authorities");
        }
        JsonNode freeText = refused(
                subscribe(
                        csc,
                        with(
                                valid,
                                "lawfulBasis",
                                Map.of(
                                        "article6",
                                        "PUBLIC_TASK",
                                        "article9Condition",
                                        "safeguarding, as agreed locally"))),
                "article-9-condition-not-in-schedule-1");
        assertThat(freeText.get("detail").asText())
                .contains("PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK");

        assertThat(rest.getForEntity("/api/subscriptions", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        HttpHeaders headersOnly = new HttpHeaders();
        headersOnly.set("X-Actor-Id", "csc-it-problems.worker");
        headersOnly.set("X-Actor-Role", "AGENCY");
        headersOnly.set("X-Actor-Org", "csc-it-problems");
        assertThat(rest.exchange("/api/subscriptions", HttpMethod.GET, new HttpEntity<>(headersOnly), String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        assertThat(new AgencyApi(rest, "dsl.kaur", "SCHOOL_DSL", "100001")
                        .call(HttpMethod.GET, "/api/subscriptions", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        assertThat(csc.call(HttpMethod.GET, "/api/subscriptions/no-such-subscription", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(rest.getForObject("/v3/api-docs", String.class))
                .contains("/api/subscriptions", "/api/deliveries", "/api/subscriptions/{subscriptionId}/replay");
    }

    @Test
    void policeEventsReceivedBeforeTheReferralAreDeliveredOnceTheAreaIsKnownInTheCasesOrder() {
        AgencyApi csc = agency("csc-it-late-referral");
        subscribeWebhook(csc, "/late-referral", List.of(REFERRAL, OUTCOME), List.of("E06000004"), "ALL_IN_AREA");
        Instant referredAt = Instant.now().minusSeconds(60);

        double outcomesConsumed = consumed(OUTCOME);
        String outcomeId = bus.publishAt(outcome("c-it-late"), referredAt.plusSeconds(30));
        await().atMost(PATIENCE).until(() -> consumed(OUTCOME) > outcomesConsumed);
        assertThat(csc.get("/api/deliveries?caseId=c-it-late")).isEmpty();
        String referralId = bus.publishAt(referral("c-it-late", "E06000004"), referredAt);

        await().atMost(PATIENCE).until(() -> receiver.received("/late-referral").size() == 2);
        assertThat(receiver.received("/late-referral"))
                .extracting(r -> r.cloudEvent().get("id").asText())
                .containsExactly(referralId, outcomeId);
    }

    private double consumed(String type) {
        var counter =
                meters.find("casebridge.events.consumed").tag("type", type).counter();
        return counter == null ? 0 : counter.count();
    }

    /**
     * What a hook received for one case. Every context of this JVM consumes the shared topics from the start, so a
     * hook may also see other test classes' events of its area; each test asserts on its own cases.
     */
    private static List<WebhookReceiver.Received> received(String path, String caseId) {
        return receiver.received(path).stream()
                .filter(r -> r.cloudEvent().get("subject").asText().equals(caseId))
                .toList();
    }

    private static List<JsonNode> deadLetters(AgencyApi agency, String subscriptionId, String caseId) {
        return list(agency.get("/api/subscriptions/" + subscriptionId + "/dead-letters")).stream()
                .filter(delivery -> delivery.get("caseId").asText().equals(caseId))
                .toList();
    }
}
