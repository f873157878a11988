package org.casebridge.cases.incident.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.casebridge.cases.incident.api.CaseReference;
import org.casebridge.cases.incident.api.IncidentReportedEvent;
import org.springframework.stereotype.Component;

/**
 * {@link IncidentReportedEvent} revision 1 to 2. Revision 1 was stored before case references were allocated, so the
 * case reads with its {@link CaseReference#legacy legacy reference}: the school's URN and the case id's first eight hex
 * digits, derived from the event itself, the same on every replay and on every instance (ADR 0048).
 */
@Component
public class IncidentReportedEventUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(IncidentReportedEvent.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(IncidentReportedEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            UUID caseId = UUID.fromString(event.path("caseId").path("value").asText());
            event.put("reference", CaseReference.legacy(event.path("schoolUrn").asText(), caseId));
            return payload;
        });
    }
}
