package org.casebridge.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One organisation's client calling one service over real HTTP with a bearer token from the stack's identity
 * provider (client credentials), as {@code curl} does in the walk-throughs.
 */
record ActorClient(URI base, String token) {

    /** A client of {@code service} holding a fresh token of the identity provider's demo client {@code clientId}. */
    static ActorClient of(LocalStack stack, Service service, String clientId) {
        return new ActorClient(stack.baseUri(service), token(stack.baseUri(Service.IDENTITY), clientId));
    }

    private static String token(URI identityProvider, String clientId) {
        String basic = java.util.Base64.getEncoder()
                .encodeToString(
                        (clientId + ":" + clientId + "-secret").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Reply reply = send(
                HttpRequest.newBuilder(identityProvider.resolve("/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")),
                identityProvider);
        if (reply.status() != 200) {
            throw new IllegalStateException("The identity provider refused " + clientId + ": " + reply.status());
        }
        return reply.json().get("access_token").asText();
    }

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private Reply send(HttpRequest.Builder request) {
        return send(request.header("Authorization", "Bearer " + token), base);
    }

    private static Reply send(HttpRequest.Builder request, URI base) {
        request.header("Accept", "application/json").timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call to " + base + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    record Reply(int status, String body, String location) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }
    }
}
