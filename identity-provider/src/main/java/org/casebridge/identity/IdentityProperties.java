package org.casebridge.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param issuer            the issuer URL written into every token ({@code iss}); services validate it
 * @param keyFile           where the signing key is kept so tokens stay valid across restarts; empty: a new key
 *                          at every start
 * @param accessTokenTtl    how long an access token is valid
 * @param portalBaseUrls    the services whose portals sign users in here: each receives the authorisation code at
 *                          {@code /login/oauth2/code/casebridge} and is sent back to {@code /portal/signed-out}
 *                          after signing out
 * @param portalClientSecret the portals' client secret ({@code CASEBRIDGE_PORTAL_CLIENT_SECRET}), the same the
 *                          services use
 */
@ConfigurationProperties("casebridge.identity")
public record IdentityProperties(
        @DefaultValue("http://localhost:9000") String issuer,
        Path keyFile,
        @DefaultValue("15m") Duration accessTokenTtl,

        @DefaultValue({"http://localhost:8081", "http://localhost:8082", "http://localhost:8083"})
        List<String> portalBaseUrls,

        @DefaultValue("casebridge-portal-secret") String portalClientSecret) {}
