package org.casebridge.notification.delivery.it;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebridge.events.police.StrategyActionAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.ReferralMadeEvent;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * One agency's records for the endpoint-by-endpoint tests: a subscription (Kafka channel) and a case of its area
 * referred, delivered and recorded as shared. Endpoint templates are filled in with these ids, or with ids that
 * exist nowhere.
 */
final class SharedCase {

    static final String REFERRAL = IntegrationEventTypes.typeOf(ReferralMadeEvent.class);
    /** The strategy action the police gave the owner agency on the case (ADR 0022). */
    static final String ACTION = "action-shared";

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    final String ownerAgency;
    final String otherAgency;
    final String area;
    final String caseId;
    final String subscriptionId;
    final String deliveryId;

    private SharedCase(String name, String area, String caseId, String subscriptionId, String deliveryId) {
        this.ownerAgency = "csc-" + name + "-owner";
        this.otherAgency = "csc-" + name + "-other";
        this.area = area;
        this.caseId = caseId;
        this.subscriptionId = subscriptionId;
        this.deliveryId = deliveryId;
    }

    /**
     * @param name a name no other test class uses, for the agencies and the case
     * @param area a local authority code no other test class publishes to (every context reads the shared topics)
     */
    static SharedCase create(TestRestTemplate rest, String name, String area) {
        AgencyApi owner = new AgencyApi(rest, "csc-" + name + "-owner");
        String subscriptionId = owner.subscribe(
                        List.of(REFERRAL), List.of(area), "ALL_IN_AREA", Map.of("type", "KAFKA"))
                .at("/subscription/subscriptionId")
                .asText();
        String caseId = "c-" + name + "-" + UUID.randomUUID();
        try (BusRecords bus = new BusRecords()) {
            bus.publish(new ReferralMadeEvent(
                    caseId,
                    "100001",
                    area,
                    "MPS",
                    List.of("CHILDRENS_SOCIAL_CARE"),
                    List.of("COERCION"),
                    List.of(new ChildSummary("child-1", 14, "Year 10", List.of("PICTURED"))),
                    Instant.now()));
            bus.publish(new StrategyActionAssignedEvent(
                    caseId,
                    "MPS",
                    "meeting-shared",
                    ACTION,
                    "CHILDRENS_SOCIAL_CARE",
                    "csc-" + name + "-owner",
                    Instant.now().plus(Duration.ofDays(7)),
                    Instant.now()));
            bus.publish(new StrategyActionAssignedEventV2(
                    caseId,
                    "MPS",
                    "meeting-shared",
                    ACTION,
                    "OTHER",
                    "CHILDRENS_SOCIAL_CARE",
                    "csc-" + name + "-owner",
                    Instant.now().plus(Duration.ofDays(7)),
                    Instant.now()));
        }
        await().atMost(Duration.ofSeconds(40))
                .until(() -> owner.call(HttpMethod.GET, "/api/agency/cases/" + caseId, null)
                                .getStatusCode()
                                .value()
                        == 200);
        await().atMost(Duration.ofSeconds(40))
                .until(() -> owner.call(HttpMethod.GET, "/api/agency/referrals/" + caseId, null)
                                .getStatusCode()
                                .value()
                        == 200);
        JsonNode delivery = owner.get("/api/cases/" + caseId + "/deliveries").get(0);
        return new SharedCase(
                name, area, caseId, subscriptionId, delivery.get("deliveryId").asText());
    }

    /**
     * The endpoint's path with this case's ids. A replay names the Kafka publisher, which is never replayed: the
     * operator's request is refused 409, and no test starts a replay under the others (ADR 0050).
     */
    String path(String template) {
        return fill(
                template,
                Map.of(
                        "subscriptionId",
                        subscriptionId,
                        "deliveryId",
                        deliveryId,
                        "caseId",
                        caseId,
                        "actionId",
                        ACTION,
                        "processingGroup",
                        template.startsWith("/api/projections/") ? "kafka-publisher" : "information-shares"));
    }

    /** The endpoint's path with ids that exist nowhere. */
    String absentPath(String template) {
        return fill(
                template,
                Map.of(
                        "subscriptionId",
                        absent("subscriptionId"),
                        "deliveryId",
                        absent("deliveryId"),
                        "caseId",
                        absent("caseId"),
                        "actionId",
                        ACTION,
                        "processingGroup",
                        "none"));
    }

    /** A 404 body with the ids replaced by their names, to compare hidden with absent records. */
    String withoutIds(String body) {
        String result = body;
        for (String variable : List.of("subscriptionId", "deliveryId", "caseId")) {
            result = result.replace(path("{" + variable + "}"), "{" + variable + "}")
                    .replace(absent(variable), "{" + variable + "}");
        }
        return result;
    }

    private static String absent(String variable) {
        return switch (variable) {
            case "deliveryId" -> "00000000-0000-3000-8000-000000000000";
            case "subscriptionId" -> "00000000-0000-4000-8000-000000000000";
            default -> "c-absent-0000";
        };
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No test value for {" + matcher.group(1) + "} in " + template);
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
