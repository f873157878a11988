package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.casebridge.platform.test.EndpointInventory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every read endpoint the service answers, read by an auditor and by the owning agency, leaves exactly one access-log
 * entry: who (user, role, organisation), what, the path, and the case where the path names one. Generated from the
 * running service's endpoints, so a new read endpoint is checked without being listed here.
 */
@NotificationIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLogIT {

    /** Reads only an auditor may make here; every other read endpoint is also read by the owning agency. */
    private static final Set<String> AUDITORS_ONLY = Set.of(
            "GET /api/access-log",
            "GET /api/audit/access-log",
            "GET /api/audit/verification",
            "GET /api/audit/checkpoints");
    /** Reads of the service's operations (ADR 0012): an auditor and an operator, never an agency. */
    private static final Set<String> OPERATIONS = Set.of("GET /api/dead-letters", "GET /api/projections");

    /** An area's partnership report: its partnership and an auditor read it, never an agency. */
    private static final Set<String> REPORTS =
            Set.of("GET /api/reports/partnership", "GET /api/reports/partnership.csv");

    private static final AtomicInteger READERS = new AtomicInteger();

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JdbcTemplate jdbc;

    private SharedCase shared;

    @BeforeAll
    void shareACase() {
        shared = SharedCase.create(rest, "access", "E06000049");
    }

    @TestFactory
    Stream<DynamicTest> everyReadEndpointRecordsTheRead() {
        List<String> reads = EndpointInventory.of(context, "/api/").stream()
                .filter(endpoint -> endpoint.startsWith("GET "))
                .toList();
        assertThat(reads).hasSizeGreaterThanOrEqualTo(9);
        return reads.stream().flatMap(endpoint -> {
            String template = endpoint.substring("GET ".length());
            Stream<DynamicTest> auditor = Stream.of(DynamicTest.dynamicTest(
                    endpoint + " as AUDITOR", () -> readAndFindTheEntry(template, "AUDITOR", "casebridge-ig")));
            if (REPORTS.contains(endpoint)) {
                return Stream.of(
                        DynamicTest.dynamicTest(
                                endpoint + " as AUDITOR",
                                () -> readAndFindTheEntry(template, "?area=E09000012", "AUDITOR", "casebridge-ig")),
                        DynamicTest.dynamicTest(
                                endpoint + " as the area's PARTNERSHIP",
                                () -> readAndFindTheEntry(template, "?area=E09000012", "PARTNERSHIP", "lscp-hackney")));
            }
            Stream<DynamicTest> owner = AUDITORS_ONLY.contains(endpoint) || OPERATIONS.contains(endpoint)
                    ? Stream.empty()
                    : Stream.of(DynamicTest.dynamicTest(
                            endpoint + " as the owning AGENCY",
                            () -> readAndFindTheEntry(template, "AGENCY", shared.ownerAgency)));
            Stream<DynamicTest> operator = OPERATIONS.contains(endpoint)
                    ? Stream.of(DynamicTest.dynamicTest(
                            endpoint + " as OPERATOR",
                            () -> readAndFindTheEntry(template, "OPERATOR", "casebridge-ops")))
                    : Stream.empty();
            return Stream.concat(Stream.concat(auditor, owner), operator);
        });
    }

    private void readAndFindTheEntry(String template, String role, String organisation) {
        readAndFindTheEntry(template, "?caseId=" + shared.caseId, role, organisation);
    }

    private void readAndFindTheEntry(String template, String query, String role, String organisation) {
        String reader = "reader-" + READERS.incrementAndGet();
        String path = shared.path(template);
        ResponseEntity<String> response =
                new AgencyApi(rest, reader, role, organisation).call(HttpMethod.GET, path + query, null);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);

        List<Map<String, Object>> entries = jdbc.queryForList(
                "SELECT actor_role, actor_org, what, case_id, path FROM access_log WHERE actor_id = ?", reader);
        assertThat(entries).hasSize(1);
        Map<String, Object> entry = entries.getFirst();
        assertThat(entry.get("actor_role")).isEqualTo(role);
        assertThat(entry.get("actor_org")).isEqualTo(organisation);
        assertThat(entry.get("path")).isEqualTo(path);
        assertThat((String) entry.get("what")).isNotBlank().isNotEqualTo("unknown");
        assertThat(entry.get("case_id")).isEqualTo(template.contains("{caseId}") ? shared.caseId : null);
    }
}
