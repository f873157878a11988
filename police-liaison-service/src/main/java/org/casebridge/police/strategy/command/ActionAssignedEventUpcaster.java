package org.casebridge.police.strategy.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionAssignedEvent;
import org.springframework.stereotype.Component;

/**
 * {@link ActionAssignedEvent} revision 1 to 2. An action assigned before the codes said what it was only in its
 * description, so it reads as {@link StrategyActionType#OTHER}: its description still says what, and nothing is
 * guessed from free text.
 */
@Component
public class ActionAssignedEventUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(ActionAssignedEvent.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(ActionAssignedEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).put("actionType", StrategyActionType.OTHER.name());
            return payload;
        });
    }
}
