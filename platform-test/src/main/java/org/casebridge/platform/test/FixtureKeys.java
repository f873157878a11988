package org.casebridge.platform.test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Fixed keys for the saved event fixtures (ADR 0058, 0064): each record's key is SHA-256 of its id, so a sealed
 * fixture opens and seals to the same bytes in every run; the ids in {@code erased} have no key, as after an erasure.
 * A service passes {@code new FixtureKeys(...)::key} where the platform takes its text keys.
 */
public record FixtureKeys(Set<UUID> erased) {

    /** A key for every record. */
    public static final FixtureKeys ALL = new FixtureKeys(Set.of());

    public Optional<byte[]> key(UUID keyId) {
        if (erased.contains(keyId)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MessageDigest.getInstance("SHA-256")
                    .digest(("fixture-key/" + keyId).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
