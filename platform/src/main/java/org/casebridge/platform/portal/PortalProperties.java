package org.casebridge.platform.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal of a service.
 *
 * @param enabled      false leaves the service API-only
 * @param serviceName  the name in the header, e.g. "Report a nude image sharing incident"
 * @param issuer       the OpenID Connect provider's issuer; its endpoints are the Spring Authorization Server's
 *                     paths under it, so no discovery call is needed at start-up
 * @param clientId     the portal's client at the provider
 * @param clientSecret its secret
 * @param exitUrl      where "Exit this page" goes: a neutral page that shows nothing of the case
 * @param draftsKeptFor how long an untouched draft is kept before it is deleted
 */
@ConfigurationProperties("casebridge.portal")
public record PortalProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("Casebridge") String serviceName,
        @DefaultValue("http://localhost:9000") String issuer,
        @DefaultValue("casebridge-portal") String clientId,
        @DefaultValue("casebridge-portal-secret") String clientSecret,
        @DefaultValue("/portal/hidden") String exitUrl,
        @DefaultValue("30d") Duration draftsKeptFor) {
}
