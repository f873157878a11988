package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.deploy.StackData.execute;
import static org.casebridge.deploy.StackData.keptCaseIds;
import static org.casebridge.deploy.StackData.producer;
import static org.casebridge.deploy.StackData.recordKeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16 items 3 and 4 on one stack of two instances of each service (ADR 0031, 0032, 0036). Steady referrals go
 * through both instances of case-service, with an agency's webhook subscriber, while the launcher's own handles kill
 * with SIGKILL, each in turn, an instance of case-service, the Kafka broker (held down long enough to see health go
 * DOWN and come back by itself) and PostgreSQL. Afterwards every referral the school was told was made (2xx) is in
 * the force's inbox exactly once and reached the webhook exactly once (by webhook id), no request got a 500, both
 * instances of each consuming service took records from Kafka, the supervisor started each killed part again once
 * (the broker and the database with a record and a row written before their kill), and a portal user signed in on
 * one instance of case-service kept the session, its CSRF token and a draft on the other, before and after the first
 * one died.
 *
 * <p>Runs on the shared stack ({@link WholeStack}), after every other test class, so that the faults it causes and the
 * second instances it adds leave no test behind it. The load is paced (a referral about every {@link #PACE} on each of two
 * clients): steady traffic through every fault without a backlog that only makes the machine slower.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(WholeStack.class)
class FaultToleranceIT {

    /** Clapton Girls' Academy (demo school): Hackney E09000012, the Metropolitan Police. */
    private static final String SCHOOL = "school-100001";

    private static final String AREA = "E09000012";
    private static final String REFERRAL_MADE = "org.casebridge.school.referral-made.v1";
    private static final Duration STEP_PATIENCE = Duration.ofSeconds(60);
    private static final Duration KAFKA_OUTAGE = Duration.ofSeconds(10);
    /** How long each load client waits after a referral before the next. */
    private static final Duration PACE = Duration.ofMillis(200);
    /** A table and a topic of the test's own, to see that a killed database and broker come back with their data. */
    private static final String KEPT_TOPIC = "casebridge.fault-tolerance-check";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<String> serverErrors = new CopyOnWriteArrayList<>();
    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger unreachable = new AtomicInteger();
    private final Map<Integer, AtomicInteger> servedBy = Map.of(1, new AtomicInteger(), 2, new AtomicInteger());
    private volatile boolean loading = true;

    @Test
    void everyAcknowledgedReferralArrivesOnceThroughAKilledInstanceBrokerAndDatabaseAndSessionsMove(LocalStack stack)
            throws Exception {
        long began = System.nanoTime();
        Map<String, Object> figures = new LinkedHashMap<>();
        stack.addInstances(2);
        figures.put("second instances up (ms)", millisSince(began));
        assertThat(stack.parts()).contains("PostgreSQL", "Kafka", "case-service", "case-service#2");
        Map<String, Double> consumedBefore = consumedByEachInstance(stack);
        Map<String, List<String>> webhookIds = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        receiver.createContext("/hook", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                String caseId = JSON.readTree(body).path("subject").asText();
                webhookIds
                        .computeIfAbsent(caseId, id -> new CopyOnWriteArrayList<>())
                        .add(exchange.getRequestHeaders().getFirst("webhook-id"));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        receiver.start();
        ExecutorService load = Executors.newFixedThreadPool(2);
        try {
            String keptCase = UUID.randomUUID().toString();
            execute(stack, "create table kept_case (id text primary key)");
            execute(stack, "insert into kept_case values ('" + keptCase + "')");
            send(stack, keptCase);

            ActorClient agency = ActorClient.of(stack, Service.NOTIFICATION, "agency-csc-hackney");
            ActorClient.Reply subscribed = agency.post("/api/subscriptions", """
                    {"eventTypes": ["%s"], "areas": ["%s"], "scope": "ALL_IN_AREA",
                     "channel": {"type": "WEBHOOK", "url": "http://localhost:%d/hook"},
                     "lawfulBasis": {"article6": "PUBLIC_TASK", "article9Condition": "DPA 2018 Sch 1 para 18"}}
                    """.formatted(
                            REFERRAL_MADE, AREA, receiver.getAddress().getPort()));
            assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);

            Portal portal = Portal.signIn(stack, "dsl.clapton");
            String marker = "Draft kept across instances " + UUID.randomUUID();
            portal.saveDraft(stack.baseUri(Service.CASE, 1), "summary", marker);
            portal.expectSignedInWithDraft(stack.baseUri(Service.CASE, 2), marker);

            String token = ActorClient.of(stack, Service.CASE, SCHOOL).token();
            List<ActorClient> schools = List.of(
                    new ActorClient(stack.baseUri(Service.CASE, 1), token),
                    new ActorClient(stack.baseUri(Service.CASE, 2), token));
            List<Future<?>> referrals = new ArrayList<>();
            for (int preferred = 0; preferred < 2; preferred++) {
                int instance = preferred;
                referrals.add(load.submit(() -> {
                    while (loading) {
                        refer(schools, instance);
                        pause(PACE);
                    }
                }));
            }
            awaitMoreAcknowledged(4);

            long serviceKilled = System.nanoTime();
            stack.kill("case-service");
            awaitMoreAcknowledged(3);
            portal.expectSignedInWithDraft(stack.baseUri(Service.CASE, 2), marker);

            // Kafka held down: the referrals still need only PostgreSQL, health says the broker is gone, and once it
            // is back every instance finds it by itself
            long kafkaKilled = System.nanoTime();
            stack.killAndHold("Kafka");
            List<URI> watched = List.of(
                    stack.baseUri(Service.CASE, 2),
                    stack.baseUri(Service.POLICE_LIAISON, 1),
                    stack.baseUri(Service.NOTIFICATION, 2));
            await("health DOWN while the broker is down")
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> watched.stream().allMatch(base -> health(base) == 503));
            figures.put("health DOWN after Kafka's kill (ms)", millisSince(kafkaKilled));
            int beforeOutage = acknowledged.size();
            await("referrals acknowledged while Kafka is down")
                    .atMost(KAFKA_OUTAGE.multipliedBy(3))
                    .pollDelay(KAFKA_OUTAGE)
                    .until(() -> acknowledged.size() > beforeOutage);
            figures.put("referrals acknowledged while Kafka was down", acknowledged.size() - beforeOutage);
            stack.release("Kafka");
            long kafkaReleased = System.nanoTime();
            awaitBack(stack, "Kafka");
            figures.put("Kafka running again after release (ms)", millisSince(kafkaReleased));
            String afterKafka = UUID.randomUUID().toString();
            send(stack, afterKafka);
            assertThat(recordKeys(stack, KEPT_TOPIC, "fault-tolerance-check", 2))
                    .as("the broker's records")
                    .containsExactlyInAnyOrder(keptCase, afterKafka);
            await("health UP again without a restart of any service")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> watched.stream().allMatch(base -> health(base) == 200));
            figures.put("health UP after Kafka's release (ms)", millisSince(kafkaReleased));
            awaitMoreAcknowledged(2);

            int beforePostgres = acknowledged.size();
            long postgresKilled = System.nanoTime();
            stack.kill("PostgreSQL");
            portal.expectNoServerError(stack.baseUri(Service.CASE, 2));
            awaitBack(stack, "PostgreSQL");
            figures.put("PostgreSQL running again (ms)", millisSince(postgresKilled));
            assertThat(keptCaseIds(stack)).as("the database's rows").containsExactly(keptCase);
            await("a referral acknowledged after PostgreSQL's restart")
                    .atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> acknowledged.size() > beforePostgres);
            figures.put("first referral after PostgreSQL's kill (ms)", millisSince(postgresKilled));

            awaitMoreAcknowledged(2);
            loading = false;
            for (Future<?> referral : referrals) {
                referral.get(STEP_PATIENCE.toSeconds() * 4, TimeUnit.SECONDS);
            }

            ActorClient police = ActorClient.of(stack, Service.POLICE_LIAISON, "mps-liaison");
            long settling = System.nanoTime();
            await("every acknowledged referral in the inbox and at the webhook")
                    .atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> inbox(police).keySet().containsAll(acknowledged)
                            && webhookIds.keySet().containsAll(acknowledged));
            figures.put("all delivered after the load stopped (ms)", millisSince(settling));
            awaitBack(stack, "case-service");
            figures.put("case-service running again after its kill (ms)", millisSince(serviceKilled));

            Map<String, Integer> inbox = inbox(police);
            assertThat(serverErrors).as("answers 500").isEmpty();
            assertThat(acknowledged).as("referrals acknowledged").hasSizeGreaterThan(10);
            for (String caseId : acknowledged) {
                assertThat(inbox.get(caseId)).as("inbox entries of " + caseId).isEqualTo(1);
                assertThat(webhookIds.get(caseId))
                        .as("webhook deliveries of " + caseId)
                        .doesNotContainNull();
                assertThat(new HashSet<>(webhookIds.get(caseId)))
                        .as("webhook ids of " + caseId)
                        .hasSize(1);
            }
            for (String caseId : reported) {
                assertThat(inbox.getOrDefault(caseId, 0))
                        .as("inbox entries of " + caseId)
                        .isLessThanOrEqualTo(1);
                assertThat(new HashSet<>(webhookIds.getOrDefault(caseId, List.of())))
                        .as("webhook ids of " + caseId)
                        .hasSizeLessThanOrEqualTo(1);
            }
            assertThat(stack.restarts())
                    .as("restarted by the supervisor")
                    .containsEntry("PostgreSQL", 1)
                    .containsEntry("Kafka", 1)
                    .containsEntry("case-service", 1);
            assertThat(List.of("Kafka", "PostgreSQL", "case-service")).allMatch(stack::isRunning);
            assertThat(stack.restartSummary()).isEqualTo("3 restarts: PostgreSQL 1, Kafka 1, case-service 1");
            assertThat(servedBy.values())
                    .as("referral requests each instance of case-service answered")
                    .allMatch(count -> count.get() > 0);
            Map<String, Double> consumedAfter = consumedByEachInstance(stack);
            consumedAfter.forEach((instance, consumed) -> assertThat(consumed)
                    .as("records consumed by " + instance + " during this test")
                    .isGreaterThan(consumedBefore.get(instance)));
            figures.put("referrals acknowledged", acknowledged.size());
            figures.put("requests answered by case-service #1 / #2", servedBy.get(1) + " / " + servedBy.get(2));
            figures.put("answers 503", unavailable.get());
            figures.put("instance unreachable (went to the other)", unreachable.get());
            figures.put("portal answers during PostgreSQL's outage", portal.duringOutage);
            figures.put("test (ms)", millisSince(began));
            System.out.println("Fault tolerance: " + figures + "; " + stack.restartSummary());
        } finally {
            loading = false;
            load.shutdownNow();
            receiver.stop(0);
        }
    }

    /** Records consumed so far by each instance of the consuming services, by instance name. */
    private static Map<String, Double> consumedByEachInstance(LocalStack stack) throws Exception {
        Map<String, Double> consumed = new LinkedHashMap<>();
        for (Service consumer : List.of(Service.POLICE_LIAISON, Service.NOTIFICATION)) {
            for (int number = 1; number <= 2; number++) {
                consumed.put(
                        new LocalStack.Instance(consumer, number).name(), consumed(stack.baseUri(consumer, number)));
            }
        }
        return consumed;
    }

    private static void send(LocalStack stack, String key) throws Exception {
        try (KafkaProducer<String, String> producer = producer(stack, new StringSerializer())) {
            producer.send(new ProducerRecord<>(KEPT_TOPIC, key, "kept")).get(1, TimeUnit.MINUTES);
        }
    }

    /** One referral: report, initial review and referral, each step retried on 503 or sent to the other instance. */
    private void refer(List<ActorClient> schools, int preferred) {
        ActorClient.Reply made = step(schools, preferred, school -> school.post("/api/cases", CrossServiceIT.REPORT));
        if (made == null || made.status() != 201) {
            return;
        }
        String caseId = made.json().get("caseId").asText();
        reported.add(caseId);
        ActorClient.Reply reviewed = step(
                schools,
                preferred,
                school -> school.post(
                        "/api/cases/" + caseId + "/initial-review",
                        JourneySteps.initialReview("Seen separately", "ADULT_INVOLVED")));
        if (reviewed == null || reviewed.status() >= 300) {
            return;
        }
        ActorClient.Reply referred =
                step(schools, preferred, school -> school.post("/api/cases/" + caseId + "/referral", """
                {"referredTo": ["POLICE", "CHILDRENS_SOCIAL_CARE"],
                 "reasons": "The sender is believed to be an adult."}"""));
        if (referred != null && referred.status() >= 200 && referred.status() < 300) {
            acknowledged.add(caseId);
        }
    }

    /**
     * Sends a request until it gets an answer other than 503: a 503 is retried after a pause, an instance that cannot
     * be reached is left for the other. A 500 is recorded (the test fails on it) and not retried.
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
                } else {
                    servedBy.get(instance + 1).incrementAndGet();
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

    private void awaitMoreAcknowledged(int more) {
        int count = acknowledged.size() + more;
        await(count + " referrals acknowledged")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> acknowledged.size() >= count);
    }

    private static void awaitBack(LocalStack stack, String part) {
        await(part + " running again")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> stack.restarts().getOrDefault(part, 0) > 0 && stack.isRunning(part));
    }

    /** The status of an instance's health endpoint: 200 while UP, 503 while DOWN, 0 when it does not answer. */
    private static int health(URI instance) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(instance.resolve("/actuator/health"))
                                    .timeout(Duration.ofSeconds(10))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** How often each case is listed in the force's inbox. */
    private static Map<String, Integer> inbox(ActorClient police) {
        ActorClient.Reply reply = police.get("/api/escalations?status=active");
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
        return metrics.body()
                .lines()
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

    /**
     * A portal user's browser: signs in at the identity provider through case-service's first instance, then visits
     * either instance with the same cookies, as a browser behind a load balancer does (cookies ignore ports). Visits
     * follow no redirect, so a lost session shows as a redirect to sign in rather than a silent new sign-in at the
     * provider, whose own session would still be alive.
     */
    private static final class Portal {

        private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
        private static final Pattern PAGE_CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
        private static final Pattern PAGE_CSRF_HEADER = Pattern.compile("name=\"csrf-header\" content=\"([^\"]+)\"");

        private final HttpClient signingIn;
        private final HttpClient visiting;
        private final List<Integer> duringOutage = new CopyOnWriteArrayList<>();
        private String csrfToken;
        private String csrfHeader;

        private Portal(CookieManager cookies) {
            signingIn = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            visiting = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        }

        static Portal signIn(LocalStack stack, String user) throws Exception {
            Portal portal = new Portal(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
            HttpResponse<String> login = portal.signingIn.send(
                    HttpRequest.newBuilder(stack.baseUri(Service.CASE, 1).resolve("/portal"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.uri().toString())
                    .as("sent to the identity provider's sign-in")
                    .startsWith(stack.baseUri(Service.IDENTITY).toString());
            HttpResponse<String> signedIn = portal.signingIn.send(
                    HttpRequest.newBuilder(login.uri())
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=casebridge&_csrf="
                                    + URLEncoder.encode(find(LOGIN_CSRF, login.body()), StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).as(signedIn.uri().toString()).isEqualTo(200);
            assertThat(signedIn.uri().toString()).startsWith(stack.baseUri(Service.CASE, 1) + "/portal");
            assertThat(signedIn.body()).contains("Signed in as");
            portal.csrfToken = find(PAGE_CSRF, signedIn.body());
            portal.csrfHeader = find(PAGE_CSRF_HEADER, signedIn.body());
            return portal;
        }

        /** Saves a field of the report's draft, as the page's script does while the user types. */
        void saveDraft(URI instance, String field, String value) throws Exception {
            HttpResponse<String> saved = visiting.send(
                    HttpRequest.newBuilder(instance.resolve("/portal/drafts/report-incident"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header(csrfHeader, csrfToken)
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(saved.statusCode())
                    .as("draft saved on " + instance + ": " + saved.body())
                    .isEqualTo(200);
        }

        /**
         * On this instance the user is still signed in, sees the draft saved on the other, and can save it again with
         * the CSRF token the other instance gave.
         */
        void expectSignedInWithDraft(URI instance, String draft) throws Exception {
            HttpResponse<String> page = visit(instance, "/portal/report/summary");
            assertThat(page.statusCode())
                    .as("the report's summary page on " + instance + " ("
                            + page.headers().firstValue("Location") + ")")
                    .isEqualTo(200);
            assertThat(page.body()).contains("Signed in as", draft);
            saveDraft(instance, "summary", draft);
        }

        /** While PostgreSQL is down a signed-in page may be refused with 503, never a 500. */
        void expectNoServerError(URI instance) throws Exception {
            for (int i = 0; i < 3; i++) {
                int status = visit(instance, "/portal/report/summary").statusCode();
                duringOutage.add(status);
                assertThat(status).as("a portal page while PostgreSQL is down").isIn(200, 503);
            }
        }

        private HttpResponse<String> visit(URI instance, String path) throws Exception {
            return visiting.send(
                    HttpRequest.newBuilder(instance.resolve(path))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private static String find(Pattern pattern, String html) {
            Matcher matcher = pattern.matcher(html);
            assertThat(matcher.find()).as(pattern + " in the page").isTrue();
            return matcher.group(1);
        }
    }
}
