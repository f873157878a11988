package org.casebridge.deploy.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * P2: referrals at a steady open-model rate (each a report, an initial review and a referral to the police and
 * children's social care), and for each the time from the referral's 2xx until the escalation is readable through
 * the police API, and until the agency's signed webhook (signature checked) reaches a local receiver. Per-hop shares
 * come from the databases' own timestamps afterwards, on the same machine's clock.
 */
final class ReferralLatency {

    /**
     * Wall-clock time of the benchmark's own measurements, compared with the services' database timestamps: a
     * stand-alone tool with no Spring context, so its main is where its clock is made.
     */
    private static final Clock CLOCK = Clock.system(ZoneOffset.UTC);

    /** One referral: wall-clock milliseconds of each step, 0 when it never happened. */
    static final class Referral {
        final String caseId;
        final long referredAt;
        volatile long inboxAt;
        volatile long webhookAt;
        long storedAt;
        long publisherAt;
        long policeConsumedAt;
        long notificationConsumedAt;

        Referral(String caseId, long referredAt) {
            this.caseId = caseId;
            this.referredAt = referredAt;
        }
    }

    record Result(
            double rate,
            double seconds,
            List<Referral> referrals,
            int failed,
            int badSignatures,
            int duplicateWebhooks,
            int inboxReadFailures,
            Map<String, Integer> failures,
            Measures inbox,
            Measures webhook,
            Map<String, Measures> hops) {}

    private final StackClient stack;
    private final Map<String, Referral> byCase = new ConcurrentHashMap<>();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final Map<String, Long> early = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final AtomicInteger inboxReadFailures = new AtomicInteger();
    private final InboxReader inbox;
    private byte[] secret;

    ReferralLatency(StackClient stack) {
        this.stack = stack;
        this.inbox = InboxReader.over(stack, CLOCK);
    }

    Result run(double rate, double seconds, double drainSeconds) throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            long at = CLOCK.millis();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            if (!signed(id, timestamp, signature, body)) {
                badSignatures.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
                return;
            }
            received(StackClient.json(new String(body, StandardCharsets.UTF_8)), at);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        receiver.start();
        try {
            String subscription = subscribe(receiver.getAddress().getPort());
            try {
                drive(rate, seconds, drainSeconds);
            } finally {
                pause(subscription);
            }
        } finally {
            receiver.stop(0);
        }
        List<Referral> referrals = new ArrayList<>(byCase.values());
        referrals.sort((a, b) -> Long.compare(a.referredAt, b.referredAt));
        timestamps(referrals);
        Measures inbox = new Measures();
        Measures webhook = new Measures();
        Map<String, Measures> hops = new java.util.LinkedHashMap<>();
        for (String hop : List.of(
                "event store to Kafka acknowledged",
                "Kafka to police consumer",
                "police consumer to readable inbox",
                "event store to notification consumer",
                "notification consumer to webhook received")) {
            hops.put(hop, new Measures());
        }
        for (Referral r : referrals) {
            if (r.inboxAt > 0) {
                inbox.add(r.inboxAt - r.referredAt);
            }
            if (r.webhookAt > 0) {
                webhook.add(r.webhookAt - r.referredAt);
            }
            if (r.storedAt > 0 && r.publisherAt > 0) {
                hops.get("event store to Kafka acknowledged").add(Math.max(0, r.publisherAt - r.storedAt));
            }
            if (r.publisherAt > 0 && r.policeConsumedAt > 0) {
                hops.get("Kafka to police consumer").add(Math.max(0, r.policeConsumedAt - r.publisherAt));
            }
            if (r.policeConsumedAt > 0 && r.inboxAt > 0) {
                hops.get("police consumer to readable inbox").add(Math.max(0, r.inboxAt - r.policeConsumedAt));
            }
            if (r.storedAt > 0 && r.notificationConsumedAt > 0) {
                hops.get("event store to notification consumer")
                        .add(Math.max(0, r.notificationConsumedAt - r.storedAt));
            }
            if (r.notificationConsumedAt > 0 && r.webhookAt > 0) {
                hops.get("notification consumer to webhook received")
                        .add(Math.max(0, r.webhookAt - r.notificationConsumedAt));
            }
        }
        return new Result(
                rate,
                seconds,
                referrals,
                failed.get(),
                badSignatures.get(),
                duplicates.get(),
                inboxReadFailures.get(),
                Map.copyOf(failures),
                inbox,
                webhook,
                hops);
    }

    /**
     * Subscribes Hackney's children's social care to referrals, with this run's receiver as its webhook; answers the
     * subscription's id.
     */
    private String subscribe(int port) throws Exception {
        HttpResponse<String> response =
                stack.post(stack.notificationService, "/api/subscriptions", "agency-csc-hackney", """
                {"eventTypes": ["org.casebridge.school.referral-made.v1"], "areas": ["E09000012"],
                 "scope": "ALL_IN_AREA", "channel": {"type": "WEBHOOK", "url": "http://localhost:%d/hook"},
                 "lawfulBasis": {"article6": "PUBLIC_TASK", "article9Condition": "DPA 2018 Sch 1 para 18"}}""".formatted(port));
        StackClient.expect(response, 201);
        String whsec = StackClient.json(response.body()).get("webhookSecret").asText();
        secret = Base64.getDecoder().decode(whsec.substring("whsec_".length()));
        return StackClient.json(response.body())
                .path("subscription")
                .path("subscriptionId")
                .asText();
    }

    /**
     * Pauses this run's subscription before its receiver stops, as an agency taking its endpoint down would: the
     * next rate's referrals are not queued for a receiver that is gone, whose failing attempts and retries would
     * otherwise load notification-service and PostgreSQL during every later run.
     */
    private void pause(String subscription) throws Exception {
        StackClient.expect(
                stack.post(
                        stack.notificationService,
                        "/api/subscriptions/" + subscription + "/pause",
                        "agency-csc-hackney",
                        ""),
                200);
    }

    private void drive(double rate, double seconds, double drainSeconds) throws InterruptedException {
        Thread reading = Thread.ofPlatform()
                .name("inbox-reader")
                .daemon()
                .start(() -> inbox.readNewestUntilInterrupted(inboxReadFailures::incrementAndGet));
        Thread readingLate = Thread.ofPlatform()
                .name("inbox-late-reader")
                .daemon()
                .start(() -> inbox.readLateUntilInterrupted(inboxReadFailures::incrementAndGet));
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long total = Math.max(1, Math.round(rate * seconds));
        long periodNanos = (long) (1e9 / rate);
        AtomicInteger started = new AtomicInteger();
        clock.scheduleAtFixedRate(
                () -> {
                    if (started.getAndIncrement() < total) {
                        workers.submit(this::oneReferral);
                    }
                },
                0,
                periodNanos,
                TimeUnit.NANOSECONDS);
        long end = System.nanoTime() + (long) ((seconds + drainSeconds) * 1e9);
        while (started.get() < total && System.nanoTime() < end) {
            clock.awaitTermination(100, TimeUnit.MILLISECONDS);
        }
        clock.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(Math.max(1, (end - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
        workers.shutdownNow();
        while (System.nanoTime() < end && !allArrived()) {
            LockSupport.parkNanos(100_000_000L);
        }
        reading.interrupt();
        readingLate.interrupt();
        reading.join(5_000);
        readingLate.join(5_000);
        for (Referral r : byCase.values()) {
            long seen = inbox.seenAt(r.caseId);
            if (seen > 0) {
                r.inboxAt = Math.max(seen, r.referredAt);
            }
        }
    }

    /** Every referral shows in the inbox and its webhook has come. */
    private boolean allArrived() {
        return inbox.stillWaiting() == 0 && byCase.values().stream().allMatch(r -> r.webhookAt > 0);
    }

    private void oneReferral() {
        try {
            String caseId = stack.report();
            StackClient.expect(
                    stack.post(
                            stack.caseService,
                            "/api/cases/" + caseId + "/initial-review",
                            "school-100001",
                            StackClient.REVIEW),
                    200,
                    201,
                    204);
            HttpResponse<String> referral = stack.post(
                    stack.caseService, "/api/cases/" + caseId + "/referral", "school-100001", StackClient.REFERRAL);
            StackClient.expect(referral, 200, 201, 204);
            Referral r = new Referral(caseId, CLOCK.millis());
            byCase.put(caseId, r);
            inbox.referred(caseId, r.referredAt);
            Long webhook = early.remove(caseId);
            if (webhook != null) {
                r.webhookAt = webhook;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            failed.incrementAndGet();
            failures.merge(String.valueOf(e.getMessage()).replaceAll("[0-9a-f-]{36}", "{id}"), 1, Integer::sum);
        }
    }

    private void received(com.fasterxml.jackson.databind.JsonNode event, long at) {
        String caseId = event.path("subject").asText();
        Referral r = byCase.get(caseId);
        if (r == null) {
            early.put(caseId, at);
        } else if (r.webhookAt == 0) {
            r.webhookAt = at;
        } else {
            duplicates.incrementAndGet();
        }
    }

    private boolean signed(String id, String timestamp, String header, byte[] body) {
        if (id == null || timestamp == null || header == null || secret == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(body);
            for (String candidate : header.split(" ")) {
                if (candidate.startsWith("v1,")
                        && MessageDigest.isEqual(Base64.getDecoder().decode(candidate.substring(3)), expected)) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Each referral's event time, the publisher's batch and the consumers' inbox rows, from the databases. */
    private void timestamps(List<Referral> referrals) throws SQLException {
        Map<String, Referral> index = new java.util.HashMap<>();
        referrals.forEach(r -> index.put(r.caseId, r));
        try (Connection db = stack.database("casebridge_case");
                PreparedStatement query = db.prepareStatement("""
                        SELECT d.aggregate_identifier, d.time_stamp, extract(epoch FROM p.published_at) * 1000
                        FROM domain_event_entry d LEFT JOIN published_event p ON p.event_id = d.event_identifier
                        WHERE d.payload_type LIKE '%CaseReferredEvent'""");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Referral r = index.get(rs.getString(1));
                if (r != null) {
                    r.storedAt = java.time.Instant.parse(rs.getString(2)).toEpochMilli();
                    r.publisherAt = rs.getLong(3);
                }
            }
        }
        consumed("casebridge_police", "escalations", index, true);
        consumed("casebridge_notification", "deliveries", index, false);
    }

    /**
     * When the consumer on the measured path (the police's escalations, notification's deliveries) took the
     * referral: another consumer of the same database, ahead or behind, says nothing about this path (ADR 0071).
     */
    private void consumed(String database, String consumer, Map<String, Referral> index, boolean police)
            throws SQLException {
        try (Connection db = stack.database(database);
                PreparedStatement query = db.prepareStatement("""
                        SELECT case_id, min(extract(epoch FROM processed_at) * 1000) FROM processed_event
                        WHERE consumer = ? AND event_type LIKE '%referral-made%' GROUP BY case_id""")) {
            query.setString(1, consumer);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Referral r = index.get(rs.getString(1));
                    if (r != null) {
                        if (police) {
                            r.policeConsumedAt = rs.getLong(2);
                        } else {
                            r.notificationConsumedAt = rs.getLong(2);
                        }
                    }
                }
            }
        }
    }
}
