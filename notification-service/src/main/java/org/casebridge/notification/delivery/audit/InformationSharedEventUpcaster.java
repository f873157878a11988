package org.casebridge.notification.delivery.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.platform.axon.RevisionUpcaster;
import org.casebridge.platform.domain.ActedBy;
import org.springframework.stereotype.Component;

/**
 * {@link InformationSharedEvent} revision 1 to 2 (ADR 0024, ADR 0025). Revision 1 did not record the controller, the
 * basis it shared on or the sharing rule: they read as null, since nothing stored says what they were. Its free-text
 * Article 9 condition reads as the Schedule 1 condition the text cites (or none), and {@code sharedBy}, the service's
 * name, as the service acting as {@code SYSTEM} for {@code casebridge}.
 */
@Component
public class InformationSharedEventUpcaster extends RevisionUpcaster {

    public InformationSharedEventUpcaster() {
        super(InformationSharedEvent.class, "2", "1");
    }

    @Override
    protected JsonNode upcast(ObjectNode payload, String fromRevision) {
        ObjectNode event = payload;
        event.putNull("controller");
        event.putNull("controllerBasis");
        event.putNull("entitlement");
        if (event.get("lawfulBasis") instanceof ObjectNode basis) {
            JsonNode text = basis.remove("article9Condition");
            basis.put(
                    "schedule1Condition",
                    Schedule1Condition.cited(text == null ? null : text.asText())
                            .map(Enum::name)
                            .orElse(null));
        }
        JsonNode sharedBy = event.remove("sharedBy");
        ObjectNode by = event.objectNode();
        by.put("id", sharedBy == null ? InformationSharedEvent.SERVICE : sharedBy.asText());
        by.put("role", ActedBy.SYSTEM);
        by.put("organisation", "casebridge");
        event.set("sharedBy", by);
        return event;
    }
}
