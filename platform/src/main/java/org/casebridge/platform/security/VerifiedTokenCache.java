package org.casebridge.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers access tokens this service has already verified, so that a client sending the same token with each
 * request pays for one RSA signature check, not one per request (ADR 0042: it was the largest single item of the
 * report path's profile). A token is taken from the cache only while it has not expired and for at most
 * {@code timeToLive} after it was verified, so a signing key withdrawn from the identity provider's key set stops
 * being honoured within that time, as with the decoder's own cache of the key set. Anything not in the cache, or
 * no longer fit to be taken from it, goes to the decoder, which checks it in full and throws as before.
 *
 * <p>Entries are keyed by the SHA-256 of the token, so the cache holds no token. It keeps at most {@code maxEntries};
 * when full it drops the entries past their time, and if none are, all of them (a rare, cheap reset: each client
 * re-verifies once).
 */
public final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Duration timeToLive;
    private final int maxEntries;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(Jwt jwt, Instant usableUntil) {}

    public VerifiedTokenCache(JwtDecoder decoder, Clock clock, Duration timeToLive, int maxEntries) {
        this.decoder = decoder;
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.maxEntries = maxEntries;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        String key = sha256(token);
        Instant now = clock.instant();
        Verified known = verified.get(key);
        if (known != null && now.isBefore(known.usableUntil())) {
            return known.jwt();
        }
        Jwt jwt = decoder.decode(token);
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt != null) {
            Instant until = now.plus(timeToLive);
            remember(key, new Verified(jwt, expiresAt.isBefore(until) ? expiresAt : until), now);
        }
        return jwt;
    }

    /** Entries held now, for tests. */
    int size() {
        return verified.size();
    }

    private void remember(String key, Verified entry, Instant now) {
        if (verified.size() >= maxEntries) {
            verified.values().removeIf(v -> !now.isBefore(v.usableUntil()));
            if (verified.size() >= maxEntries) {
                verified.clear();
            }
        }
        verified.put(key, entry);
    }

    private static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
