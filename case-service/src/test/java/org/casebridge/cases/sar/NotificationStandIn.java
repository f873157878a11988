package org.casebridge.cases.sar;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * notification-service's token endpoint and share records, as an HTTP server of the tests (ADR 0057): it answers a
 * token to any client, and the shares of any case (one referral shared with Birmingham Children's Trust) only to a
 * request that carries that token. One per test JVM.
 */
public final class NotificationStandIn {

    private static final String TOKEN = "service-token-of-the-tests";
    private static final AtomicInteger SHARE_READS = new AtomicInteger();
    private static final HttpServer SERVER = start();

    private NotificationStandIn() {}

    /** Points case-service's share records at this server. */
    public static void configure(DynamicPropertyRegistry properties) {
        String base = "http://localhost:" + SERVER.getAddress().getPort();
        properties.add("casebridge.subject-access.notification-url", () -> base);
        properties.add("casebridge.subject-access.token-url", () -> base + "/oauth2/token");
        properties.add("casebridge.subject-access.client-id", () -> "case-service-sar");
        properties.add("casebridge.subject-access.client-secret", () -> "case-service-sar-secret");
    }

    /** How many reads of share records carried the token. */
    public static int shareReads() {
        return SHARE_READS.get();
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/oauth2/token", exchange -> {
                byte[] body = ("{\"access_token\": \"" + TOKEN + "\", \"token_type\": \"Bearer\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.createContext("/api/information-shares", exchange -> {
                if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    exchange.sendResponseHeaders(401, -1);
                    exchange.close();
                    return;
                }
                SHARE_READS.incrementAndGet();
                byte[] body = """
                        [{"shareId": "s-1", "agencyId": "csc-birmingham", "agencyKind": "CHILDRENS_SOCIAL_CARE",
                          "eventType": "org.casebridge.school.referral-made.v1", "channel": "WEBHOOK",
                          "article9Condition": "Art 9(2)(g) with DPA 2018 Sch 1 para 18",
                          "controllerBasisCitation": "UK GDPR Art 6(1)(e)", "sharedAt": "2026-01-10T11:00:00Z"}]""".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.setExecutor(null);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("The stand-in for notification-service could not start", e);
        }
    }
}
