package org.casebridge.cases.incident.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casebridge.cases.incident.api.PoliceUpdateReceivedEvent;
import org.casebridge.platform.axon.RevisionUpcaster;
import org.springframework.stereotype.Component;

/**
 * {@link PoliceUpdateReceivedEvent} revisions 1 and 2 to 3. Revision 1 recorded no transfer, so {@code transferredTo}
 * is null: a case transferred between forces before revision 2 knows only the force it was referred to; a later event
 * of the receiving force is refused to the dead-letter topic, from where an operator can replay it once checked.
 * Before revision 3 no device ref, action id or round was kept, so they are null: a police decision to leave deletion
 * to the school stored then names no device and so leaves none to the school (the police decide again, ADR 0018). A
 * decline or a convened strategy meeting, stored then as OTHER, is recognised by its CloudEvents type.
 */
@Component
public class PoliceUpdateReceivedEventUpcaster extends RevisionUpcaster {

    private static final String DECLINED = "org.casebridge.police.escalation-declined.v1";
    private static final String MEETING_CONVENED = "org.casebridge.police.strategy-meeting-convened.v1";

    public PoliceUpdateReceivedEventUpcaster() {
        super(PoliceUpdateReceivedEvent.class, "3", "1", "2");
    }

    @Override
    protected JsonNode upcast(ObjectNode payload, String fromRevision) {
        boolean fromRevision1 = "1".equals(fromRevision);
        ObjectNode event = payload;
        if (fromRevision1) {
            event.putNull("transferredTo");
        }
        event.putNull("schoolDeviceRef");
        event.putNull("policeRef");
        event.putNull("round");
        String type = event.path("eventType").asText();
        if ("OTHER".equals(event.path("kind").asText())) {
            if (DECLINED.equals(type)) {
                event.put("kind", "ESCALATION_DECLINED");
            } else if (MEETING_CONVENED.equals(type)) {
                event.put("kind", "STRATEGY_MEETING_CONVENED");
            }
        }
        return payload;
    }
}
