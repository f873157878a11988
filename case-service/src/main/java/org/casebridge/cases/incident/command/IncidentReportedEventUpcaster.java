package org.casebridge.cases.incident.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.casebridge.cases.incident.api.CaseReference;
import org.casebridge.cases.incident.api.IncidentReportedEvent;
import org.casebridge.platform.axon.RevisionUpcaster;
import org.springframework.stereotype.Component;

/**
 * {@link IncidentReportedEvent} revision 1 to 2. Revision 1 was stored before case references were allocated, so the
 * case reads with its {@link CaseReference#legacy legacy reference}: the school's URN and the case id's first eight hex
 * digits, derived from the event itself, the same on every replay and on every instance (ADR 0048).
 */
@Component
public class IncidentReportedEventUpcaster extends RevisionUpcaster {

    public IncidentReportedEventUpcaster() {
        super(IncidentReportedEvent.class, "2", "1");
    }

    @Override
    protected JsonNode upcast(ObjectNode payload, String fromRevision) {
        ObjectNode event = payload;
        UUID caseId = UUID.fromString(event.path("caseId").path("value").asText());
        event.put("reference", CaseReference.legacy(event.path("schoolUrn").asText(), caseId));
        return payload;
    }
}
