package org.casebridge.notification.delivery.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP receiver on this machine, written independently of the service's signer: it verifies every request's
 * Standard Webhooks signature (and its timestamp) with the secret each hook path was given, records what it accepted,
 * and can be down (nothing listening) or answer errors.
 */
final class WebhookReceiver implements AutoCloseable {

    /** Tolerance the Standard Webhooks specification suggests against replays. */
    private static final long TOLERANCE_SECONDS = 300;

    record Received(String path, String webhookId, JsonNode cloudEvent, String contentType, String traceparent) {}

    private final ObjectMapper json = new ObjectMapper();
    private final int port;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, Integer> answers = new ConcurrentHashMap<>();
    private final Map<String, Long> delays = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> badSignatures = new CopyOnWriteArrayList<>();
    private HttpServer server;

    WebhookReceiver() {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void secret(String path, String secret) {
        secrets.put(path, secret);
    }

    /** From now on answer {@code status} on this path (204 unless told). */
    void answer(String path, int status) {
        answers.put(path, status);
    }

    /** From now on wait this long before answering on this path: a slow endpoint. */
    void slow(String path, long millis) {
        delays.put(path, millis);
    }

    synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    List<String> badSignatures() {
        return badSignatures;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        int status = answers.getOrDefault(path, 204);
        long delay = delays.getOrDefault(path, 0L);
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!verifies(secrets.get(path), id, timestamp, signature, body)) {
            badSignatures.add(path + " " + id);
            status = 401;
        } else if (status < 300) {
            received.add(new Received(
                    path,
                    id,
                    json.readTree(body),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("traceparent")));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static boolean verifies(String secret, String id, String timestamp, String signatureHeader, byte[] body) {
        if (secret == null || id == null || timestamp == null || signatureHeader == null) {
            return false;
        }
        long sentAt = Long.parseLong(timestamp);
        if (Math.abs(Instant.now().getEpochSecond() - sentAt) > TOLERANCE_SECONDS) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + new String(body, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8));
            for (String candidate : signatureHeader.split(" ")) {
                if (candidate.startsWith("v1,")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        down();
    }
}
