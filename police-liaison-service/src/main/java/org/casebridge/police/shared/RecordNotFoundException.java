package org.casebridge.police.shared;

import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * A record inside a case (a device, a strategy meeting) that exists but belongs to another case or force. It is an
 * {@link AggregateNotFoundException} on purpose: the platform answers it exactly as an id that no record has, so the
 * answer never tells whether the record exists.
 */
public class RecordNotFoundException extends AggregateNotFoundException {

    public RecordNotFoundException(String id) {
        super(id, "No record with that id was found.");
    }
}
