package org.casebridge.cases.incident.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.casebridge.cases.incident.api.PoliceUpdateReceivedEvent;
import org.springframework.stereotype.Component;

/**
 * {@link PoliceUpdateReceivedEvent} revision 1 to 2: no transfer was recorded, so {@code transferredTo} is null. A
 * case transferred between forces before revision 2 knows only the force it was referred to; a later event of the
 * receiving force is refused to the dead-letter topic, from where an operator can replay it once checked.
 */
@Component
public class PoliceUpdateReceivedEventUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(PoliceUpdateReceivedEvent.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(PoliceUpdateReceivedEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("transferredTo");
            return payload;
        });
    }
}
