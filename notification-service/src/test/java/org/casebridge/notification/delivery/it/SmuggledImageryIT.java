package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.casebridge.platform.test.ApiSmuggling;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.casebridge.platform.test.EndpointInventory;
import org.casebridge.platform.test.OpenApiWrites;
import org.casebridge.platform.test.PortalSignIn;
import org.casebridge.platform.test.PortalSmuggling;
import org.casebridge.platform.test.SmuggledImagery;
import org.casebridge.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No imagery reaches notification-service in any encoding, on any path: every text field of every write operation
 * in its OpenAPI document, every agency portal form and every autosaved draft refuses an image written as base64
 * (standard, url-safe, MIME-wrapped, split by spaces, JSON-escaped), as a data URI (with parameters,
 * percent-encoded) or as a hex dump, and a control character, and stores nothing: no event, no delivery, no draft.
 * The requests are generated from the document and the portal's own pages ({@link ApiSmuggling},
 * {@link PortalSmuggling}) on real subscriptions (active, paused, webhook) and a real delivery. Same configuration
 * as the portal tests, so the same application context.
 */
@CasebridgeIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(
        properties = {
            "casebridge.security.tokens=true",
            "casebridge.notification.subscriptions.allow-local-webhooks=true",
            "casebridge.notification.delivery.poll-interval=100ms"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class SmuggledImageryIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private SharedCase shared;
    private List<PortalSmuggling.Form> forms;
    private String paused;
    private String webhook;

    @BeforeAll
    void subscriptionsADeliveryAndThePortalsForms() throws Exception {
        shared = SharedCase.create(rest, "smuggling", "E06000052");
        AgencyApi agency = new AgencyApi(rest, shared.ownerAgency);
        paused = agency.subscribe(
                        List.of(SharedCase.REFERRAL), List.of(shared.area), "ALL_IN_AREA", Map.of("type", "KAFKA"))
                .at("/subscription/subscriptionId")
                .asText();
        assertThat(agency.call(HttpMethod.POST, "/api/subscriptions/" + paused + "/pause", null)
                        .getStatusCode()
                        .is2xxSuccessful())
                .isTrue();
        webhook = agency.webhook(
                        List.of(SharedCase.REFERRAL),
                        List.of(shared.area),
                        "ALL_IN_AREA",
                        "https://hooks." + shared.ownerAgency + ".example/casebridge")
                .at("/subscription/subscriptionId")
                .asText();
        // the referral page shows the form that starts the section 47 enquiries, then, once they are started, the form
        // for their outcome (ADR 0022): both are crawled
        List<PortalSmuggling.Form> beforeSection47 = crawl();
        assertThat(agency.call(
                                HttpMethod.POST,
                                "/api/agency/referrals/" + shared.caseId + "/section-47-enquiries",
                                null)
                        .getStatusCode()
                        .is2xxSuccessful())
                .isTrue();
        forms = new ArrayList<>(beforeSection47);
        crawl().stream()
                .filter(form ->
                        beforeSection47.stream().noneMatch(seen -> seen.action().equals(form.action())))
                .forEach(forms::add);
    }

    private List<PortalSmuggling.Form> crawl() throws Exception {
        var worker = PortalSignIn.as("sw.smuggling", "AGENCY", shared.ownerAgency, "Sam Adeyemi");
        return PortalSmuggling.forms(
                mvc,
                List.of(new PortalSmuggling.User(
                        "agency worker",
                        worker,
                        List.of(
                                "/portal/subscriptions/" + shared.subscriptionId,
                                "/portal/subscriptions/" + paused,
                                "/portal/subscriptions/" + webhook,
                                "/portal/subscriptions/new",
                                "/portal/subscriptions",
                                "/portal/referrals/" + shared.caseId,
                                "/portal"))),
                60);
    }

    @TestFactory
    Stream<DynamicNode> everyTextFieldOfEveryWriteOperationRefusesImageryAndControlCharacters() {
        return ApiSmuggling.everyWriteOperation(service());
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void noLogLineOfAllThisHoldsAnyOfTheSmuggledContent(CapturedOutput output) {
        assertThat(SmuggledImagery.fingerprints()).noneMatch(output.getAll()::contains);
    }

    @Test
    void aPercentEncodedPathMeetsTheSameGuard() {
        ApiSmuggling.anEncodedPathIsGuardedToo(service());
    }

    @Test
    void theDocumentListsEveryWriteTheServiceAnswers() {
        assertThat(ApiSmuggling.operations(service()).stream().map(OpenApiWrites.Operation::endpoint))
                .containsExactlyInAnyOrderElementsOf(EndpointInventory.of(context, "/api/").stream()
                        .filter(endpoint -> !endpoint.startsWith("GET "))
                        .toList());
    }

    @Test
    void everyPortalFormIsFoundFromThePagesSoNoneGoesUnchecked() {
        assertThat(PortalSmuggling.unfound(forms, EndpointInventory.of(context, "/portal")))
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> everyPortalFormRefusesImageryAndControlCharacters() {
        return PortalSmuggling.everyForm(mvc, forms, this::writes);
    }

    @TestFactory
    Stream<DynamicNode> everyAutosaveRefusesImageryAndControlCharacters() {
        return PortalSmuggling.everyDraft(mvc, forms, this::writes);
    }

    private ApiSmuggling.Service service() {
        return new ApiSmuggling.Service() {
            @Override
            public String baseUrl() {
                return "http://localhost:" + port;
            }

            @Override
            public String token(OpenApiWrites.Operation operation) {
                return TestTokens.trusted().token(shared.ownerAgency + ".worker", "AGENCY", shared.ownerAgency);
            }

            @Override
            public String fill(String path) {
                return shared.path(path);
            }

            @Override
            public Map<String, Long> writes() {
                return SmuggledImageryIT.this.writes();
            }
        };
    }

    private Map<String, Long> writes() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("domain_event_entry", "delivery", "portal_draft")) {
            counts.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
        }
        counts.put("portal_draft saves", PortalSmuggling.draftSaves(jdbc));
        return counts;
    }
}
