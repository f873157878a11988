package org.casebridge.cases.agency.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionAssignedEvent;
import org.springframework.stereotype.Component;

/**
 * {@link SchoolActionAssignedEvent} revision 1 to 2. An action learnt before the police said what an action is (from
 * {@code strategy-action-assigned.v1}) reads as {@code OTHER}, as the police's own record of it does: the meeting's
 * minutes say what.
 */
@Component
public class SchoolActionAssignedEventUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(SchoolActionAssignedEvent.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(SchoolActionAssignedEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).put("actionType", "OTHER");
            return payload;
        });
    }
}
