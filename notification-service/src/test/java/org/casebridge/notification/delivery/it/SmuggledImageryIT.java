package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casebridge.events.school.AdultSummary;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.LadoReferralMadeEvent;
import org.casebridge.platform.test.ApiSmuggling;
import org.casebridge.platform.test.OpenApiWrites;
import org.casebridge.platform.test.PortalSignIn;
import org.casebridge.platform.test.PortalSmuggling;
import org.casebridge.platform.test.SmuggledImageryChecks;
import org.casebridge.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * No imagery reaches notification-service in any encoding, on any path: every text field of every write operation
 * in its OpenAPI document, every agency portal form and every autosaved draft refuses an image written as base64
 * (standard, url-safe, MIME-wrapped, split by spaces, JSON-escaped), as a data URI (with parameters,
 * percent-encoded) or as a hex dump, and a control character, and stores nothing: no event, no delivery, no draft.
 * The requests are generated from the document and the portal's own pages ({@link ApiSmuggling},
 * {@link PortalSmuggling}) on real subscriptions (active, paused, webhook) and a real delivery. Same configuration
 * as the portal tests, so the same application context.
 */
@NotificationIntegrationTest
@AutoConfigureMockMvc
class SmuggledImageryIT extends SmuggledImageryChecks {

    @Autowired
    TestRestTemplate rest;

    private static final String LADO = "lado-it-smuggling";
    private static final String LADO_AREA = "E06000015";

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
        ladoForms();
    }

    /**
     * A LADO's referral page shows "Acknowledge", then, once acknowledged, the meeting's and the outcome's forms
     * (ADR 0055) and the pension age's, and after a malicious outcome the consent's (ADR 0084): all are crawled as the
     * area's LADO.
     */
    private void ladoForms() throws Exception {
        String caseId = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (BusRecords bus = new BusRecords()) {
            bus.publish(
                    UUID.randomUUID().toString(),
                    new LadoReferralMadeEvent(
                            caseId,
                            "100001",
                            LADO_AREA,
                            List.of(new AdultSummary("adult-1", "SUPPLY_STAFF", "SUPPLY_AGENCY")),
                            List.of(new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED"))),
                            now.plus(Duration.ofHours(20)),
                            false,
                            now));
        }
        var lado = PortalSignIn.as("lado.smuggling", "AGENCY", LADO, "Dee Osei");
        String page = "/portal/referrals/" + caseId;
        await().atMost(Duration.ofSeconds(40))
                .until(() -> mvc.perform(get(page).with(lado))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
        List<PortalSmuggling.Form> beforeAcknowledgement = ladoCrawl(lado, page);
        forms.addAll(beforeAcknowledgement);
        mvc.perform(post(page + "/lado-acknowledgement").with(csrf()).with(lado));
        await().atMost(Duration.ofSeconds(40))
                .until(() -> mvc.perform(get(page).with(lado))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .contains("allegation-meeting"));
        addNew(ladoCrawl(lado, page));
        assertThat(new AgencyApi(rest, LADO)
                        .call(
                                HttpMethod.POST,
                                "/api/agency/referrals/" + caseId + "/allegation-meeting",
                                Map.of(
                                        "heldOn",
                                        java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                                                .toString(),
                                        "attendees",
                                        List.of(Map.of("role", "LADO", "organisation", "Test LADO service")),
                                        "rationale",
                                        "The police investigate first; the agency withdraws the teacher meanwhile."))
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(40))
                .until(() -> mvc.perform(get(page).with(lado))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .contains("allegation-outcome"));
        addNew(ladoCrawl(lado, page));
        // a false or malicious outcome offers the form of the adult's consent to keep the record (ADR 0084)
        assertThat(new AgencyApi(rest, LADO)
                        .call(
                                HttpMethod.POST,
                                "/api/agency/referrals/" + caseId + "/allegation-outcome",
                                Map.of(
                                        "outcome",
                                        "MALICIOUS",
                                        "rationale",
                                        "The records show the teacher was not at the school that day."))
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(40))
                .until(() -> mvc.perform(get(page).with(lado))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .contains("retention-consent"));
        addNew(ladoCrawl(lado, page));
    }

    private void addNew(List<PortalSmuggling.Form> found) {
        found.stream()
                .filter(form -> forms.stream().noneMatch(seen -> seen.action().equals(form.action())))
                .forEach(forms::add);
    }

    private List<PortalSmuggling.Form> ladoCrawl(
            org.springframework.test.web.servlet.request.RequestPostProcessor lado, String page) throws Exception {
        return PortalSmuggling.forms(
                mvc, List.of(new PortalSmuggling.User("LADO", lado, List.of(page, "/portal/referrals"))), 20);
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

    @Override
    protected List<PortalSmuggling.Form> forms() {
        return forms;
    }

    @Override
    protected String token(OpenApiWrites.Operation operation) {
        return TestTokens.trusted().token(shared.ownerAgency + ".worker", "AGENCY", shared.ownerAgency);
    }

    @Override
    protected String fill(String path) {
        return shared.path(path);
    }

    @Override
    protected List<String> storedTables() {
        return List.of("delivery");
    }
}
