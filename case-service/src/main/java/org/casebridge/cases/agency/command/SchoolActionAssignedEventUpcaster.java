package org.casebridge.cases.agency.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionAssignedEvent;
import org.casebridge.platform.axon.RevisionUpcaster;
import org.springframework.stereotype.Component;

/**
 * {@link SchoolActionAssignedEvent} revision 1 to 2. An action learnt before the police said what an action is (from
 * {@code strategy-action-assigned.v1}) reads as {@code OTHER}, as the police's own record of it does: the meeting's
 * minutes say what.
 */
@Component
public class SchoolActionAssignedEventUpcaster extends RevisionUpcaster {

    public SchoolActionAssignedEventUpcaster() {
        super(SchoolActionAssignedEvent.class, "2", "1");
    }

    @Override
    protected JsonNode upcast(ObjectNode payload, String fromRevision) {
        payload.put("actionType", "OTHER");
        return payload;
    }
}
