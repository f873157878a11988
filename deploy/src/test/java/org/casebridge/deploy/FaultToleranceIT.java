package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Steady referrals through two instances of each service while the launcher's own handles kill (SIGKILL) an instance
 * of case-service, the Kafka broker and PostgreSQL, each in turn: every referral the school was told was made (2xx)
 * reaches the force's inbox exactly once and the agency's webhook exactly once (by webhook id), no request gets a
 * 500, every killed part is started again by the supervisor, and both instances of the consuming services did part
 * of the work. Runs last: it shares the stack of the other tests and leaves it restarted.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(WholeStack.class)
class FaultToleranceIT {

    /** Hollybank Academy (demo school): Birmingham E08000025, West Midlands Police. */
    private static final String SCHOOL = "school-103456";

    private static final String AREA = "E08000025";
    private static final String REFERRAL_MADE = "org.casebridge.school.referral-made.v1";
    private static final Duration STEADY = Duration.ofSeconds(15);
    private static final Duration STEP_PATIENCE = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<String> serverErrors = new CopyOnWriteArrayList<>();
    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger unreachable = new AtomicInteger();
    private volatile boolean loading = true;

    @Test
    void everyAcknowledgedReferralArrivesExactlyOnceThroughKilledInstancesBrokerAndDatabase(LocalStack stack)
            throws Exception {
        long began = System.nanoTime();
        Map<String, List<String>> webhookIds = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                String caseId = JSON.readTree(body).path("subject").asText();
                String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
                webhookIds
                        .computeIfAbsent(caseId, id -> new CopyOnWriteArrayList<>())
                        .add(webhookId);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        ExecutorService load = Executors.newSingleThreadExecutor();
        try {
            ActorClient agency = ActorClient.of(stack, Service.NOTIFICATION, "agency-csc-birmingham");
            ActorClient.Reply subscribed = agency.post("/api/subscriptions", """
                    {"eventTypes": ["%s"], "areas": ["%s"], "scope": "ALL_IN_AREA",
                     "channel": {"type": "WEBHOOK", "url": "http://localhost:%d/hook"},
                     "lawfulBasis": {"article6": "PUBLIC_TASK", "article9Condition": "DPA 2018 Sch 1 para 18"}}
                    """.formatted(
                            REFERRAL_MADE, AREA, receiver.getAddress().getPort()));
            assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);

            List<ActorClient> schools = List.of(
                    ActorClient.of(stack, Service.CASE, SCHOOL),
                    new ActorClient(
                            stack.baseUri(Service.CASE, 2),
                            ActorClient.of(stack, Service.CASE, SCHOOL).token()));
            Future<?> referrals = load.submit(() -> {
                for (int n = 0; loading; n++) {
                    refer(schools, n % 2);
                }
            });

            Map<String, Long> figures = new LinkedHashMap<>();
            awaitAcknowledged(3);
            // the instance is started again in the background (a JVM start takes a minute on a busy machine) while
            // the broker and the database are killed in turn; its work moves to the other instance meanwhile
            long serviceKilled = System.nanoTime();
            stack.kill("case-service");
            awaitAcknowledged(acknowledged.size() + 3);
            figures.put("Kafka back (ms)", killAndAwaitBack(stack, "Kafka"));
            awaitAcknowledged(acknowledged.size() + 3);
            int beforePostgres = acknowledged.size();
            long postgresKilled = System.nanoTime();
            figures.put("PostgreSQL back (ms)", killAndAwaitBack(stack, "PostgreSQL"));
            awaitAcknowledged(beforePostgres + 1);
            figures.put("first referral after PostgreSQL's kill (ms)", millisSince(postgresKilled));
            awaitBack(stack, "case-service");
            figures.put("case-service back (ms)", millisSince(serviceKilled));
            awaitAcknowledged(acknowledged.size() + 3);
            loading = false;
            referrals.get(STEP_PATIENCE.toSeconds() * 3, TimeUnit.SECONDS);

            ActorClient police = ActorClient.of(stack, Service.POLICE_LIAISON, "wmp-liaison");
            long settling = System.nanoTime();
            await("every acknowledged referral in the inbox and at the webhook")
                    .atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> inbox(police).keySet().containsAll(acknowledged)
                            && webhookIds.keySet().containsAll(acknowledged));
            figures.put("settled after the load stopped (ms)", millisSince(settling));

            Map<String, Integer> inbox = inbox(police);
            assertThat(serverErrors).as("answers 500").isEmpty();
            for (String caseId : acknowledged) {
                assertThat(inbox.get(caseId)).as("inbox entries of " + caseId).isEqualTo(1);
                assertThat(new HashSet<>(webhookIds.get(caseId)))
                        .as("webhook ids of " + caseId)
                        .hasSize(1);
            }
            reported.forEach(caseId -> {
                assertThat(inbox.getOrDefault(caseId, 0))
                        .as("inbox entries of " + caseId)
                        .isLessThanOrEqualTo(1);
                assertThat(new HashSet<>(webhookIds.getOrDefault(caseId, List.of())))
                        .as("webhook ids of " + caseId)
                        .hasSizeLessThanOrEqualTo(1);
            });
            assertThat(List.of("case-service", "Kafka", "PostgreSQL"))
                    .as("restarted by the supervisor: " + stack.restarts())
                    .allMatch(part -> stack.restarts().get(part) >= 1 && stack.isRunning(part));
            for (Service consumer : List.of(Service.POLICE_LIAISON, Service.NOTIFICATION)) {
                for (int number = 1; number <= 2; number++) {
                    assertThat(consumed(stack.baseUri(consumer, number)))
                            .as("records consumed by instance " + number + " of " + consumer.module())
                            .isPositive();
                }
            }
            figures.put("referrals acknowledged", (long) acknowledged.size());
            figures.put("answers 503", (long) unavailable.get());
            figures.put("instance unreachable (failed over)", (long) unreachable.get());
            figures.put("test (ms)", millisSince(began));
            System.out.println("Fault tolerance: " + figures + "; " + stack.restartSummary());
        } finally {
            loading = false;
            load.shutdownNow();
            receiver.stop(0);
        }
    }

    /** One referral: report, initial review, referral, each step retried on 503 or on the other instance. */
    private void refer(List<ActorClient> schools, int preferred) {
        ActorClient.Reply reported =
                step(schools, preferred, school -> school.post("/api/cases", CrossServiceIT.REPORT));
        if (reported == null || reported.status() != 201) {
            return;
        }
        String caseId = reported.json().get("caseId").asText();
        this.reported.add(caseId);
        ActorClient.Reply reviewed = step(
                schools,
                preferred,
                school -> school.post("/api/cases/" + caseId + "/initial-review", CrossServiceIT.REVIEW_WITH_AN_ADULT));
        if (reviewed == null || reviewed.status() >= 300) {
            return;
        }
        ActorClient.Reply referred =
                step(schools, preferred, school -> school.post("/api/cases/" + caseId + "/referral", """
                {"referredTo": ["POLICE", "CHILDRENS_SOCIAL_CARE"],
                 "reasons": "The sender is believed to be an adult."}"""));
        if (referred != null && referred.status() == 204) {
            acknowledged.add(caseId);
        }
    }

    /**
     * Sends a request until it gets an answer other than 503: a 503 is retried after a pause, an instance that cannot
     * be reached is left for the other one. A 500 is recorded (the test fails on it) and not retried.
     */
    private ActorClient.Reply step(
            List<ActorClient> schools, int preferred, Function<ActorClient, ActorClient.Reply> call) {
        long deadline = System.nanoTime() + STEP_PATIENCE.toNanos();
        int instance = preferred;
        while (loading && System.nanoTime() < deadline) {
            try {
                ActorClient.Reply reply = call.apply(schools.get(instance));
                if (reply.status() == 503) {
                    unavailable.incrementAndGet();
                    pause(Duration.ofMillis(500));
                    continue;
                }
                if (reply.status() >= 500) {
                    serverErrors.add(reply.status() + " " + reply.body());
                }
                return reply;
            } catch (IllegalStateException unreachableInstance) {
                unreachable.incrementAndGet();
                instance = 1 - instance;
                pause(Duration.ofMillis(200));
            }
        }
        return null;
    }

    private void awaitAcknowledged(int count) {
        await(count + " referrals acknowledged")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> acknowledged.size() >= count);
        pause(STEADY.dividedBy(3));
    }

    private static long killAndAwaitBack(LocalStack stack, String part) {
        long killed = System.nanoTime();
        stack.kill(part);
        awaitBack(stack, part);
        return millisSince(killed);
    }

    private static void awaitBack(LocalStack stack, String part) {
        await(part + " running again")
                .atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> stack.restarts().getOrDefault(part, 0) > 0 && stack.isRunning(part));
    }

    /** How often each case is listed in the force's inbox. */
    private static Map<String, Integer> inbox(ActorClient police) {
        ActorClient.Reply reply = police.get("/api/escalations?status=new");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode entry : reply.json()) {
            counts.merge(entry.get("caseId").asText(), 1, Integer::sum);
        }
        return counts;
    }

    /** Integration events one instance took from Kafka, from its Prometheus counters. */
    private static double consumed(URI instance) throws IOException, InterruptedException {
        HttpResponse<String> metrics = HTTP.send(
                HttpRequest.newBuilder(instance.resolve("/actuator/prometheus"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> lines = new ArrayList<>(metrics.body().lines().toList());
        return lines.stream()
                .filter(line -> line.startsWith("casebridge_events_consumed_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }
}
