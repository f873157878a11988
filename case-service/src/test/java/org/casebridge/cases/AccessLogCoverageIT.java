package org.casebridge.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.casebridge.cases.CaseEndpoints.Caller;
import org.casebridge.cases.CaseEndpoints.Row;
import org.casebridge.platform.test.EndpointInventory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every read endpoint case-service answers (every GET in {@link EndpointInventory}) leaves one access log entry per
 * read that returned data, whoever read (the case's DSL, an auditor, an operator): who, role, organisation, what, which
 * case, the path and the purpose given. A read refused (403, 404) returned nothing and leaves nothing.
 */
@CaseIntegrationTest
class AccessLogCoverageIT extends CaseApiSteps {

    @Autowired
    ApplicationContext context;

    private String caseId;

    @BeforeEach
    void aCase() {
        caseId = CaseEndpoints.readable(Caller.OWN_DSL.api(port));
    }

    @TestFactory
    Stream<DynamicTest> everyReadThatReturnsDataIsRecorded() {
        return EndpointInventory.of(context, "/api/").stream()
                .filter(endpoint -> endpoint.startsWith("GET "))
                .flatMap(endpoint -> Stream.of(Caller.OWN_DSL, Caller.AUDITOR, Caller.OTHER_DSL, Caller.OPERATOR)
                        .map(caller -> dynamicTest(endpoint + " read by " + caller, () -> check(endpoint, caller))));
    }

    private void check(String endpoint, Caller caller) {
        Row row = CaseEndpoints.ROWS.get(endpoint);
        if (row == null) {
            fail("No row in CaseEndpoints for " + endpoint);
        }
        CaseApi api = caller.api(port);
        // A transferred record is read by the school it was sent to: its row prepares one for the own school.
        // So is a subject access request, by the school that made it.
        String id = endpoint.contains("{transferId}") || endpoint.contains("{requestId}")
                ? row.prepare().apply(Caller.OWN_DSL.api(port))
                : caseId;
        String purpose = "coverage check " + UUID.randomUUID();

        CaseApi.Response response = api.get(row.path(id), purpose);

        List<Map<String, Object>> entries = jdbc.queryForList(
                "SELECT actor_id, actor_role, actor_org, what, case_id, path FROM access_log WHERE purpose = ?",
                purpose);
        int expected = row.kind().expected(caller, row.ownStatus());
        if (expected >= 400) {
            assertThat(response.status()).as(response.body()).isEqualTo(expected);
            assertThat(entries).as("nothing was read, nothing is recorded").isEmpty();
            return;
        }
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(entries).hasSize(1);
        Map<String, Object> entry = entries.getFirst();
        assertThat(entry.get("actor_id")).isEqualTo(api.userId());
        assertThat(entry.get("actor_role")).isEqualTo(caller.role);
        assertThat(entry.get("actor_org")).isEqualTo(caller.organisation);
        assertThat((String) entry.get("what")).isNotBlank();
        assertThat(entry.get("path")).isEqualTo(row.path(id).replaceFirst("\\?.*", ""));
        assertThat(entry.get("case_id"))
                .isEqualTo(
                        endpoint.contains("{caseId}")
                                        || endpoint.contains("{transferId}")
                                        || endpoint.contains("{requestId}")
                                ? id
                                : null);
    }
}
