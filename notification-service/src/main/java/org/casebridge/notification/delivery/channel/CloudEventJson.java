package org.casebridge.notification.delivery.channel;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.casebridge.events.lawful.LawfulBasis;
import org.casebridge.notification.delivery.EventJson;

/** CloudEvents 1.0 in JSON structured mode: the attributes and the (minimised) data in one document. */
public final class CloudEventJson {

    public static final String CONTENT_TYPE = "application/cloudevents+json";

    private CloudEventJson() {}

    public static byte[] structured(OutgoingDelivery delivery) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("specversion", "1.0");
        event.put("id", delivery.eventId());
        event.put("source", delivery.source());
        event.put("type", delivery.eventType());
        event.put("subject", delivery.caseId());
        event.put("time", delivery.occurredAt().toString());
        event.put("datacontenttype", "application/json");
        event.put(LawfulBasis.ATTRIBUTE, delivery.lawfulBasis());
        try {
            event.set("data", EventJson.MAPPER.readTree(delivery.payload()));
            return EventJson.MAPPER.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new IllegalStateException("Delivery " + delivery.deliveryId() + " has no JSON payload", e);
        }
    }
}
