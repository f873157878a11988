package org.casebridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final CountingDecoder decoder = new CountingDecoder();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(decoder, clock, Duration.ofMinutes(5), 3);

    @Test
    void aTokenAlreadyVerifiedIsNotVerifiedAgain() {
        Jwt first = cache.decode("token-a|" + NOW.plusSeconds(3600));
        Jwt second = cache.decode("token-a|" + NOW.plusSeconds(3600));

        assertThat(second).isSameAs(first);
        assertThat(decoder.decoded).hasSize(1);
    }

    @Test
    void aTokenPastItsExpiryGoesBackToTheDecoder() {
        String token = "token-b|" + NOW.plusSeconds(60);
        cache.decode(token);
        clock.now = NOW.plusSeconds(61);

        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(BadJwtException.class);
        assertThat(decoder.decoded).hasSize(2);
    }

    @Test
    void aTokenIsTakenFromTheCacheForFiveMinutesAtMost() {
        String token = "token-c|" + NOW.plusSeconds(3600);
        cache.decode(token);
        clock.now = NOW.plus(Duration.ofMinutes(5));
        cache.decode(token);

        assertThat(decoder.decoded).hasSize(2);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        String token = "token-d|" + NOW.minusSeconds(1);
        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(BadJwtException.class);

        assertThat(decoder.decoded).hasSize(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void theCacheNeverHoldsMoreThanItsLimit() {
        for (int i = 0; i < 10; i++) {
            cache.decode("token-" + i + "|" + NOW.plusSeconds(3600));
        }

        assertThat(cache.size()).isLessThanOrEqualTo(3);
    }

    /** Decodes "subject|expiry", refusing an expired one, as the real decoder would. */
    private final class CountingDecoder implements JwtDecoder {
        private final List<String> decoded = new ArrayList<>();

        @Override
        public Jwt decode(String token) {
            decoded.add(token);
            String[] parts = token.split("\\|");
            Instant expiresAt = Instant.parse(parts[1]);
            if (!clock.instant().isBefore(expiresAt)) {
                throw new BadJwtException("expired");
            }
            return Jwt.withTokenValue(token)
                    .header("alg", "RS256")
                    .subject(parts[0])
                    .issuedAt(NOW.minusSeconds(1))
                    .expiresAt(expiresAt)
                    .build();
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        private MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
