package org.casebridge.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Auditors verify a service's trail and export its checkpoints over HTTP; nobody else may; the metric follows. */
@CasebridgeIntegrationTest
class AuditEndpointsIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditChain chain;

    @Autowired
    AuditCheckpoints checkpoints;

    private final ObjectMapper json = new ObjectMapper();

    /** The reads so far, chained as the task would once the safety window has passed, and a checkpoint signed. */
    private void chainedAndCheckpointed() {
        get("/api/probes/" + UUID.randomUUID(), "POLICE_LIAISON");
        chain.appendCommitted();
        jdbc.update("UPDATE audit_chain_horizon SET taken_at = taken_at - interval '1 hour'");
        chain.appendCommitted();
        checkpoints.take();
    }

    @Test
    void anAuditorVerifiesTheTrailAgainstTheLatestCheckpoint() throws Exception {
        chainedAndCheckpointed();

        ResponseEntity<String> answer = get("/api/audit/verification", "AUDITOR");

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        JsonNode verification = json.readTree(answer.getBody());
        assertThat(verification.get("verified").asBoolean()).isTrue();
        assertThat(verification.get("entriesChecked").asLong()).isPositive();
        assertThat(verification.has("firstBrokenEntry"))
                .as("null members are left out")
                .isFalse();
        assertThat(verification.at("/checkpoint/signatureValid").asBoolean()).isTrue();
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getBody())
                .contains("casebridge_audit_verified{")
                .containsPattern("casebridge_audit_entries_checked\\{[^}]*} [1-9]");
    }

    @Test
    void theExportedCheckpointsVerifyWithTheExportedKey() throws Exception {
        chainedAndCheckpointed();

        JsonNode export = json.readTree(get("/api/audit/checkpoints", "AUDITOR").getBody());

        assertThat(export.get("algorithm").asText()).isEqualTo("Ed25519");
        JsonNode latest = export.get("checkpoints").get(0);
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(
                        Base64.getDecoder().decode(export.get("publicKey").asText()))));
        signature.update(HexFormat.of().parseHex(latest.get("root").asText()));
        assertThat(signature.verify(
                        Base64.getDecoder().decode(latest.get("signature").asText())))
                .isTrue();
        assertThat(latest.get("eventEntries").asLong()
                        + latest.get("accessEntries").asLong())
                .isPositive();
    }

    @Test
    void onlyAuditorsAskAndTheirAskingIsRecorded() {
        for (String role : new String[] {"POLICE_LIAISON", "SCHOOL_DSL", "OPERATOR", "AGENCY"}) {
            for (String path : new String[] {"/api/audit/verification", "/api/audit/checkpoints"}) {
                ResponseEntity<String> answer = get(path, role);
                assertThat(answer.getStatusCode().value()).as(role + " " + path).isEqualTo(403);
                assertThat(answer.getBody()).contains("auditor-role-required");
            }
        }
        get("/api/audit/checkpoints", "AUDITOR");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE what = 'audit-checkpoints' AND actor_role = 'AUDITOR'",
                        Integer.class))
                .isPositive();
    }

    private ResponseEntity<String> get(String path, String role) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Actor-Id", "someone." + role.toLowerCase());
        headers.set("X-Actor-Role", role);
        headers.set(
                "X-Actor-Org",
                Map.of("SCHOOL_DSL", "100001", "AUDITOR", "casebridge-audit").getOrDefault(role, "MPS"));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
