package org.casebridge.notification.referral.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casebridge.notification.referral.command.AgencyCaseEvent.StrategyActionNotedEvent;
import org.casebridge.platform.axon.RevisionUpcaster;
import org.springframework.stereotype.Component;

/**
 * {@link StrategyActionNotedEvent} revision 1 to 2. An action noted from {@code strategy-action-assigned.v1}, before
 * the police said what an action is, reads as {@code OTHER}, as the police's own record of it does.
 */
@Component
public class StrategyActionNotedEventUpcaster extends RevisionUpcaster {

    public StrategyActionNotedEventUpcaster() {
        super(StrategyActionNotedEvent.class, "2", "1");
    }

    @Override
    protected JsonNode upcast(ObjectNode payload, String fromRevision) {
        payload.put("actionType", "OTHER");
        return payload;
    }
}
