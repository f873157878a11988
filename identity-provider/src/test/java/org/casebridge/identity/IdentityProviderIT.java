package org.casebridge.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The demo identity provider, over real HTTP: what curl and the services see. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "casebridge.identity.issuer=http://localhost:9000")
class IdentityProviderIT {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    static java.util.List<DemoDirectory.Identity> clients() {
        return DemoDirectory.CLIENTS;
    }

    @ParameterizedTest
    @MethodSource("clients")
    void issuesEachMachineClientATokenWithItsRoleAndOrganisation(DemoDirectory.Identity client) throws Exception {
        ResponseEntity<String> response = token(client.id(), client.id() + DemoDirectory.CLIENT_SECRET_SUFFIX);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        String token = json.readTree(response.getBody()).get("access_token").asText();
        JsonNode claims = claims(token);
        assertThat(claims.get("sub").asText()).isEqualTo(client.id());
        assertThat(claims.get("role").asText()).isEqualTo(client.role());
        assertThat(claims.get("org").asText()).isEqualTo(client.organisation());
        assertThat(claims.get("iss").asText()).isEqualTo("http://localhost:9000");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(15 * 60);
        assertThat(header(token).get("typ").asText()).isEqualTo("at+jwt");
        List<String> audiences = new ArrayList<>();
        JsonNode aud = claims.get("aud");
        if (aud.isArray()) {
            aud.forEach(one -> audiences.add(one.asText()));
        } else {
            audiences.add(aud.asText());
        }
        assertThat(audiences).isNotEmpty().containsExactlyInAnyOrderElementsOf(ServiceAudiences.forRole(client.role()));
    }

    @Test
    void issuesEachRoleTheAudiencesOfTheServicesItUses() {
        assertThat(ServiceAudiences.forRole("SCHOOL_DSL")).containsExactly("casebridge-case-service");
        assertThat(ServiceAudiences.forRole("POLICE_SUPERVISOR")).containsExactly("casebridge-police-liaison-service");
        assertThat(ServiceAudiences.forRole("AGENCY")).containsExactly("casebridge-notification-service");
        assertThat(ServiceAudiences.forRole("PARTNERSHIP")).containsExactly("casebridge-notification-service");
        assertThat(ServiceAudiences.forRole("AUDITOR")).hasSize(3);
        assertThat(ServiceAudiences.forRole("HEADTEACHER")).isEmpty();
    }

    @Test
    void everyDemoForceHasAnAuditorOfItsOwnBesideItsOfficers() {
        List<String> forces = DemoDirectory.CLIENTS.stream()
                .filter(client -> client.role().equals("POLICE_SUPERVISOR"))
                .map(DemoDirectory.Identity::organisation)
                .toList();

        assertThat(forces).isNotEmpty();
        for (String force : forces) {
            assertThat(DemoDirectory.client(force.toLowerCase(Locale.ROOT) + "-auditor"))
                    .as("the auditor client of " + force)
                    .hasValueSatisfying(auditor -> assertThat(List.of(auditor.role(), auditor.organisation()))
                            .containsExactly("AUDITOR", force));
        }
        assertThat(DemoDirectory.user("auditor.mps"))
                .hasValueSatisfying(auditor -> assertThat(List.of(auditor.role(), auditor.organisation()))
                        .containsExactly("AUDITOR", "MPS"));
    }

    @Test
    void refusesAWrongSecret() {
        assertThat(token("school-100001", "guess").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void publishesItsKeysAndOpenIdConfiguration() throws Exception {
        JsonNode keys = json.readTree(http.getForObject("/oauth2/jwks", String.class));
        assertThat(keys.get("keys")).hasSize(1);
        assertThat(keys.get("keys").get(0).has("d"))
                .as("never the private part")
                .isFalse();

        JsonNode discovery = json.readTree(http.getForObject("/.well-known/openid-configuration", String.class));
        assertThat(discovery.get("issuer").asText()).isEqualTo("http://localhost:9000");
        assertThat(discovery.get("jwks_uri").asText()).endsWith("/oauth2/jwks");
    }

    @Test
    void offersASignInPageForPeople() {
        ResponseEntity<String> page = http.getForEntity("/login", String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("username", "password");
    }

    private ResponseEntity<String> token(String clientId, String secret) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(clientId, secret);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form =
                new LinkedMultiValueMap<>(Map.of("grant_type", java.util.List.of("client_credentials")));
        return http.postForEntity("/oauth2/token", new HttpEntity<>(form, headers), String.class);
    }

    private JsonNode claims(String jwt) throws Exception {
        return part(jwt, 1);
    }

    private JsonNode header(String jwt) throws Exception {
        return part(jwt, 0);
    }

    private JsonNode part(String jwt, int index) throws Exception {
        String part = jwt.split("\\.")[index];
        return json.readTree(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
    }
}
