package org.casebridge.police.strategy.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.platform.axon.RevisionUpcaster;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionAssignedEvent;
import org.springframework.stereotype.Component;

/**
 * {@link ActionAssignedEvent} revision 1 to 2. An action assigned before the codes said what it was only in its
 * description, so it reads as {@link StrategyActionType#OTHER}: its description still says what, and nothing is
 * guessed from free text.
 */
@Component
public class ActionAssignedEventUpcaster extends RevisionUpcaster {

    public ActionAssignedEventUpcaster() {
        super(ActionAssignedEvent.class, "2", "1");
    }

    @Override
    protected JsonNode upcast(ObjectNode payload, String fromRevision) {
        payload.put("actionType", StrategyActionType.OTHER.name());
        return payload;
    }
}
