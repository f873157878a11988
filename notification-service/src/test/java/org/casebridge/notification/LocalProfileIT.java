package org.casebridge.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.casebridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The service as the local stack runs it: the local profile, no secret key, no SMTP server. */
@CasebridgeIntegrationTest
@ActiveProfiles("local")
@TestPropertySource(properties = "casebridge.security.tokens=true")
class LocalProfileIT {

    @Autowired
    private TestRestTemplate rest;

    @Test
    void isHealthyWithoutAnSmtpServer() {
        assertThat(rest.getForObject("/actuator/health", String.class)).contains("\"status\":\"UP\"");
    }

    @Test
    void servesTheDemoAgencies() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.trusted().token("sw.adeyemi", "AGENCY", "csc-hackney"));
        assertThat(rest.exchange("/api/demo/agencies", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                        .getBody())
                .contains("csc-hackney", "E09000012", "mash-hackney", "lado-east-london");
    }

    @Test
    void acceptsAWebhookOnThisMachineWithTheDevelopmentKey() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.trusted().token("sw.adeyemi", "AGENCY", "csc-hackney"));
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = """
                {"eventTypes": ["org.casebridge.school.referral-made.v1"], "areas": ["E09000012"],
                 "scope": "ALL_IN_AREA", "channel": {"type": "WEBHOOK", "url": "http://localhost:9000/casebridge"},
                 "lawfulBasis": {"article6": "PUBLIC_TASK", "article9Condition": "DPA 2018 Sch 1 para 18"}}""";

        ResponseEntity<String> created =
                rest.exchange("/api/subscriptions", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getLocation()).isNotNull();
        assertThat(created.getBody()).contains("whsec_");
    }
}
