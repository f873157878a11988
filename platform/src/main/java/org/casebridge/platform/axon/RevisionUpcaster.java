package org.casebridge.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads older revisions of one stored event type as its current revision (ADR 0020): a subclass says which type,
 * which revisions it reads and what changes in the JSON payload; the event store's rows are never rewritten. Each
 * upcaster has a saved fixture of the revisions it reads ({@code StoredEventFixtures}).
 */
public abstract class RevisionUpcaster extends SingleEventUpcaster {

    private final String type;
    private final Set<String> fromRevisions;
    private final SimpleSerializedType target;

    /** Reads {@code fromRevisions} of {@code eventType} as {@code toRevision}. */
    protected RevisionUpcaster(Class<?> eventType, String toRevision, String... fromRevisions) {
        this.type = eventType.getName();
        this.fromRevisions = Set.of(fromRevisions);
        this.target = new SimpleSerializedType(type, toRevision);
    }

    @Override
    public final boolean canUpcast(IntermediateEventRepresentation representation) {
        return type.equals(representation.getType().getName())
                && fromRevisions.contains(representation.getType().getRevision());
    }

    @Override
    protected final IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String from = representation.getType().getRevision();
        return representation.upcastPayload(target, JsonNode.class, payload -> upcast((ObjectNode) payload, from));
    }

    /** The payload of revision {@code fromRevision}, changed to read as the current revision. */
    protected abstract JsonNode upcast(ObjectNode payload, String fromRevision);
}
