package org.casebridge.cases.incident.api;

import java.util.Objects;
import java.util.UUID;

/** The identity of a safeguarding case. On the wire and on Kafka it is the UUID's string form. */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    public static CaseId of(String value) {
        return new CaseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
