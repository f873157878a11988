package org.casebridge.platform.security;

import java.util.List;
import java.util.Locale;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * What a token must say, beyond its signature, issuer and lifetime, before this service believes it: that it is an
 * access token ({@code typ}, RFC 9068), so that a portal's ID token is refused, and that it was issued for this
 * service ({@code aud} holds this service's resource id), so that a token for another client or service is refused.
 */
public final class AccessTokenRules implements OAuth2TokenValidator<Jwt> {

    private static final String MEDIA_TYPE_PREFIX = "application/";

    private final String audience;
    private final List<String> types;

    /**
     * @param audience this service's resource id
     * @param types    the accepted {@code typ} values; empty accepts any
     */
    public AccessTokenRules(String audience, List<String> types) {
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("A service needs its own audience (casebridge.security.audience)");
        }
        this.audience = audience.strip();
        this.types = types.stream().map(AccessTokenRules::normalise).toList();
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        if (!types.isEmpty()) {
            Object type = jwt.getHeaders().get("typ");
            if (!(type instanceof String text) || !types.contains(normalise(text))) {
                return failure("The token is not an access token.");
            }
        }
        List<String> audiences = jwt.getAudience();
        if (audiences == null || !audiences.contains(audience)) {
            return failure("The token was not issued for this service.");
        }
        return OAuth2TokenValidatorResult.success();
    }

    /** This service's resource id. */
    public String audience() {
        return audience;
    }

    private static String normalise(String type) {
        String lower = type.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith(MEDIA_TYPE_PREFIX) ? lower.substring(MEDIA_TYPE_PREFIX.length()) : lower;
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
