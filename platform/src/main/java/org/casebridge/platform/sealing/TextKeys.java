package org.casebridge.platform.sealing;

import java.util.Optional;
import java.util.UUID;

/**
 * The service's keys for sealed text: a record's 256-bit key while it exists, empty once it was destroyed (or never
 * existed). A service that stores {@link Sealed} fields provides one bean of this type.
 */
public interface TextKeys {

    /** A copy of the key's bytes; the caller clears it after use. */
    Optional<byte[]> key(UUID keyId);
}
