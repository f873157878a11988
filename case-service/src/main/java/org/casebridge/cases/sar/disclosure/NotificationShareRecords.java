package org.casebridge.cases.sar.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.casebridge.platform.access.AccessLogAdvice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the shares of a case from notification-service, the service that made them, over its existing API
 * ({@code GET /api/information-shares?caseId=}, ADR 0057): with an access token of case-service's own machine client
 * (client credentials; an auditor's reach there), and the purpose "subject access request", so notification-service
 * records the read in its own access log. Nothing is cached: a disclosure shows what notification-service holds when it
 * is built. Without a configured URL, or when notification-service does not answer, the shares are marked incomplete
 * and the release waits.
 */
@Component
public class NotificationShareRecords implements ShareRecords {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String notificationUrl;
    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final ObjectMapper json;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public NotificationShareRecords(
            @Value("${casebridge.subject-access.notification-url:}") String notificationUrl,
            @Value("${casebridge.subject-access.token-url:}") String tokenUrl,
            @Value("${casebridge.subject-access.client-id:}") String clientId,
            @Value("${casebridge.subject-access.client-secret:}") String clientSecret,
            ObjectMapper json) {
        this.notificationUrl = notificationUrl.strip();
        this.tokenUrl = tokenUrl.strip();
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.json = json;
    }

    @Override
    public SubjectAccessBundle.Shares ofCase(UUID caseId) {
        if (notificationUrl.isEmpty() || tokenUrl.isEmpty()) {
            return incomplete("notification-service is not configured for this instance of case-service"
                    + " (casebridge.subject-access.notification-url)");
        }
        try {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(notificationUrl + "/api/information-shares?caseId="
                                    + URLEncoder.encode(caseId.toString(), StandardCharsets.UTF_8)))
                            .timeout(TIMEOUT)
                            .header("Authorization", "Bearer " + token())
                            .header("Accept", "application/json")
                            .header(AccessLogAdvice.PURPOSE_HEADER, "Subject access request of a child of the case")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return incomplete("notification-service answered " + answer.statusCode());
            }
            List<SubjectAccessBundle.Share> shares = new ArrayList<>();
            for (JsonNode share : json.readTree(answer.body())) {
                shares.add(new SubjectAccessBundle.Share(
                        Instant.parse(share.path("sharedAt").asText()),
                        share.path("agencyId").asText(""),
                        words(share.path("agencyKind").asText("")),
                        eventWords(share.path("eventType").asText("")),
                        words(share.path("channel").asText("")),
                        basis(share)));
            }
            return new SubjectAccessBundle.Shares(
                    true,
                    shares.isEmpty()
                            ? "Nothing of the case was shared with an agency."
                            : "Each share notification-service made of the case, with its lawful basis.",
                    shares);
        } catch (IOException | RuntimeException e) {
            return incomplete(
                    "notification-service could not be read (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return incomplete("the read of notification-service was interrupted");
        }
    }

    private String token() throws IOException, InterruptedException {
        String credentials =
                Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(tokenUrl))
                        .timeout(TIMEOUT)
                        .header("Authorization", "Basic " + credentials)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("The identity provider answered " + answer.statusCode());
        }
        return json.readTree(answer.body()).path("access_token").asText();
    }

    private static SubjectAccessBundle.Shares incomplete(String why) {
        return new SubjectAccessBundle.Shares(
                false,
                "The shares made of this case could not be read: " + why + ". The disclosure cannot be released"
                        + " until they are.",
                List.of());
    }

    private static String basis(JsonNode share) {
        String citation = share.path("controllerBasisCitation").asText("");
        String article9 = share.path("article9Condition").asText("");
        return citation.isEmpty() ? article9 : citation + (article9.isEmpty() ? "" : "; received under " + article9);
    }

    /** "org.casebridge.school.referral-made.v1" reads "Referral made". */
    static String eventWords(String type) {
        String[] parts = type.split("\\.");
        String name = parts.length >= 2 ? parts[parts.length - 2] : type;
        return words(name);
    }

    private static String words(String code) {
        if (code.isBlank()) {
            return "";
        }
        String spaced = code.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
