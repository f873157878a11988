package org.casebridge.platform.sealing;

import java.util.UUID;

/** A stored event whose {@link Sealed} fields, its own and those of the values inside it, are sealed under one key. */
public interface SealedUnder {

    /** The id of the key: the case's (or record's) id in the service's key table. */
    UUID sealingKeyId();
}
