package org.casebridge.police.serialization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.casebridge.platform.axon.AxonPostgresConfiguration;
import org.casebridge.platform.sealing.SealedTextModule;
import org.casebridge.platform.sealing.TextKeys;

/**
 * Fixed keys for the saved event fixtures (ADR 0058, 0064): each record's key is SHA-256 of its id, so a sealed fixture opens
 * and seals to the same bytes in every run; the ids in {@code erased} have no key, as after an erasure.
 */
public record FixtureTextKeys(Set<UUID> erased) implements TextKeys {

    /** The event store's serializer as police-liaison-service configures it, with these keys. */
    public static Serializer serializer(Set<UUID> erased) {
        return JacksonSerializer.builder()
                .objectMapper(SealedTextModule.sealingWith(
                        AxonPostgresConfiguration.axonObjectMapper(), new FixtureTextKeys(erased)))
                .build();
    }

    /** The serializer with a key for every record. */
    public static Serializer serializer() {
        return serializer(Set.of());
    }

    @Override
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
