package org.casebridge.notification.subscription.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.casebridge.events.lawful.Schedule1Condition;
import org.springframework.stereotype.Component;

/**
 * Subscription events revision 1 to 2 (ADR 0025). Revision 1 named who acted by a bare user id ({@code subscribedBy},
 * {@code pausedBy}, ...); revision 2 records an {@code ActedBy} as {@code by}: the id kept, the role {@code AGENCY}
 * and the organisation the event's {@code agencyId}, which is what {@code Agencies.agencyOf} required of whoever
 * changed a subscription then. A revision 1 {@link SubscribedEvent} also wrote its Article 9 condition as free text
 * ({@code lawfulBasis.article9Condition}): it reads as the Schedule 1 condition whose paragraph the text cites, or as
 * none (null) when it cites no listed paragraph, and nothing is shared under such a subscription (ADR 0024).
 */
@Component
public class SubscriptionEventUpcaster extends SingleEventUpcaster {

    /** The role every user who changed a subscription acted in: only agencies change their own subscriptions. */
    static final String AGENCY_ROLE = "AGENCY";

    private static final Map<String, String> WHO_ACTED_FIELD = Map.of(
            SubscribedEvent.class.getName(), "subscribedBy",
            SubscriptionPausedEvent.class.getName(), "pausedBy",
            SubscriptionResumedEvent.class.getName(), "resumedBy",
            WebhookSecretRotatedEvent.class.getName(), "rotatedBy",
            SubscriptionFiltersChangedEvent.class.getName(), "changedBy",
            ReplayRequestedEvent.class.getName(), "requestedBy",
            RedeliveryRequestedEvent.class.getName(), "requestedBy");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return "1".equals(representation.getType().getRevision())
                && WHO_ACTED_FIELD.containsKey(representation.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        String field = WHO_ACTED_FIELD.get(type);
        return representation.upcastPayload(new SimpleSerializedType(type, "2"), JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            JsonNode id = event.remove(field);
            ObjectNode by = event.objectNode();
            by.set("id", id);
            by.put("role", AGENCY_ROLE);
            by.set("organisation", event.get("agencyId"));
            if (event.get("lawfulBasis") instanceof ObjectNode basis) {
                JsonNode text = basis.remove("article9Condition");
                basis.put(
                        "schedule1Condition",
                        Schedule1Condition.cited(text == null ? null : text.asText())
                                .map(Enum::name)
                                .orElse(null));
            }
            event.set("by", by);
            return event;
        });
    }
}
