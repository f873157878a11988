package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.casebridge.notification.delivery.outbox.DeliveryStatus;
import org.casebridge.notification.delivery.query.DeliveryLog;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.SubscriptionStatus;
import org.casebridge.notification.subscription.query.SubscriptionView;
import org.casebridge.notification.subscription.query.Subscriptions;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.portal.PortalPages;
import org.casebridge.platform.test.EndpointInventory;
import org.casebridge.platform.test.PortalSignIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The agency portal's pages on the real service, signed in as the identity provider's users would be: each page
 * renders, forms validate with an error summary, changes go through the same service as the API (checked on the
 * query side), a webhook secret is shown once, another agency's records are "Page not found", an auditor reads but
 * changes nothing, and every record page writes the access log.
 */
@NotificationIntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyPortalIT {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private Subscriptions subscriptions;

    @Autowired
    private DeliveryLog log;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ApplicationContext context;

    private SharedCase shared;

    @BeforeAll
    void shareACase() {
        shared = SharedCase.create(rest, "portal", "E06000050");
    }

    private static OidcLoginRequestPostProcessor user(String id, String role, String organisation) {
        return PortalSignIn.as(id, role, organisation, "Sam Adeyemi");
    }

    private OidcLoginRequestPostProcessor owner() {
        return user("sw.owner", "AGENCY", shared.ownerAgency);
    }

    private OidcLoginRequestPostProcessor otherAgency() {
        return user("sw.other", "AGENCY", shared.otherAgency);
    }

    private static OidcLoginRequestPostProcessor auditor() {
        return user("ig.officer", "AUDITOR", "casebridge-audit");
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The attempts of the shared case's delivery, once it is no longer pending. */
    private int attemptsOnceSent(UUID deliveryId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> log.delivery(shared.ownerAgency, deliveryId)
                                .orElseThrow()
                                .status()
                        != DeliveryStatus.PENDING);
        return log.delivery(shared.ownerAgency, deliveryId).orElseThrow().attempts();
    }

    /** The new subscription's page, after the agency's worker subscribed a webhook through the portal. */
    private String subscribed(String worker, String agency) throws Exception {
        return mvc.perform(webhookForm(agency).with(user(worker, "AGENCY", agency)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private static MockHttpServletRequestBuilder webhookForm(String agency) {
        return webhookForm(agency, Map.of());
    }

    /** A complete webhook subscription form, with some answers replaced. */
    private static MockHttpServletRequestBuilder webhookForm(String agency, Map<String, String> replaced) {
        Map<String, String> answers = new LinkedHashMap<>(Map.of(
                "areas",
                "e09000012, E09000030",
                "scope",
                "ALL_IN_AREA",
                "channel",
                "WEBHOOK",
                "url",
                "https://hooks." + agency + ".example/casebridge",
                "article6",
                "PUBLIC_TASK",
                "schedule1Condition",
                "PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK"));
        answers.putAll(replaced);
        MockHttpServletRequestBuilder request =
                post("/portal/subscriptions").with(csrf()).param("eventTypes", SharedCase.REFERRAL);
        answers.forEach(request::param);
        return request;
    }

    @Test
    void anAgencyCreatesAWebhookSubscriptionAndSeesItsSecretOnceOnly() throws Exception {
        String agency = "csc-portal-create";
        assertThat(page(get("/portal/subscriptions").with(user("sw.create", "AGENCY", agency)), 200))
                .contains("<title>Subscriptions", "Create a subscription", "There are no subscriptions yet");
        assertThat(page(get("/portal/subscriptions/new").with(user("sw.create", "AGENCY", agency)), 200))
                .contains(
                        "<title>Create a subscription",
                        "data-autosave=\"new-subscription\"",
                        "Referral made (school)",
                        "Outcome assigned (police)",
                        "name=\"_csrf\"",
                        "value=\"PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK\"")
                .doesNotContain("value=\"CONSENT\"", "value=\"LEGITIMATE_INTERESTS\"", "value=\"CONTRACT\"")
                .as("only what the sharing rules of its kind can ever bring it")
                .doesNotContain(
                        "value=\"org.casebridge.police.legal-hold-placed.v1\"",
                        "value=\"org.casebridge.police.case-read.v1\"",
                        "value=\"org.casebridge.school.lado-referral-made.v1\"");
        assertThat(page(get("/portal/subscriptions/new").with(user("lado.it", "AGENCY", "lado-it-invited")), 200))
                .as("a LADO never hears of children's devices")
                .contains("value=\"org.casebridge.police.strategy-meeting-convened.v1\"")
                .doesNotContain("value=\"org.casebridge.police.device-decision-recorded.v2\"");

        MvcResult created = mvc.perform(webhookForm(agency).with(user("sw.create", "AGENCY", agency)))
                .andExpect(status().isFound())
                .andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/portal/subscriptions/");
        String subscriptionId = location.substring("/portal/subscriptions/".length());
        SubscriptionView subscription = subscriptions.find(subscriptionId).orElseThrow();
        assertThat(subscription.agencyId()).isEqualTo(agency);
        assertThat(subscription.subscribedBy()).isEqualTo("sw.create");
        assertThat(subscription.channelType()).isEqualTo(ChannelType.WEBHOOK);
        assertThat(subscription.areas()).containsExactlyInAnyOrder("E09000012", "E09000030");
        String secret = (String) created.getFlashMap().get("webhookSecret");
        assertThat(secret).startsWith("whsec_");

        String shownOnce =
                page(get(location).with(user("sw.create", "AGENCY", agency)).flashAttrs(created.getFlashMap()), 200);
        assertThat(shownOnce).contains("Subscription created", secret, "It will not be shown again");
        String shownAgain = page(get(location).with(user("sw.create", "AGENCY", agency)), 200);
        assertThat(shownAgain)
                .contains(
                        "Active",
                        "Public task, Art 9(2)(g) with DPA 2018 Sch 1 Part 2 para 18",
                        "https://hooks.csc-portal-create.example/casebridge")
                .doesNotContain(secret, "whsec_");

        MvcResult rotated = mvc.perform(
                        post(location + "/secret-rotation").with(csrf()).with(user("sw.create", "AGENCY", agency)))
                .andExpect(status().isFound())
                .andReturn();
        String newSecret = (String) rotated.getFlashMap().get("webhookSecret");
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(page(get(location).with(user("sw.create", "AGENCY", agency)).flashAttrs(rotated.getFlashMap()), 200))
                .contains("New webhook secret issued", newSecret);
    }

    @Test
    void aBlankFormShowsTheErrorSummaryLinkedToEachFieldAndKeepsTheAnswers() throws Exception {
        String html = page(
                post("/portal/subscriptions")
                        .with(csrf())
                        .with(user("sw.blank", "AGENCY", "csc-blank"))
                        .param("areas", "E09000012"),
                200);
        assertThat(html)
                .contains(
                        "<title>Error: Create a subscription",
                        "There is a problem",
                        "href=\"#eventTypes\"",
                        "Select at least one kind of event",
                        "href=\"#scope\"",
                        "href=\"#channel\"",
                        "href=\"#article6\"",
                        "href=\"#schedule1Condition\"",
                        "id=\"scope-error\"",
                        "value=\"E09000012\"");
        assertThat(subscriptions.ofAgency("csc-blank")).isEmpty();
    }

    @Test
    void theServicesRulesAppearAgainstTheirField() throws Exception {
        String badArea = page(
                webhookForm("csc-rules", Map.of("areas", "Hackney")).with(user("sw.rules", "AGENCY", "csc-rules")),
                200);
        assertThat(badArea).contains("There is a problem", "href=\"#areas\"", "Not local authority codes");
        String consent = page(
                webhookForm("csc-rules", Map.of("article6", "CONSENT")).with(user("sw.rules", "AGENCY", "csc-rules")),
                200);
        assertThat(consent).contains("href=\"#article6\"", "Consent is not a lawful basis");
        String webhook = page(
                post("/portal/subscriptions")
                        .with(csrf())
                        .with(user("sw.rules", "AGENCY", "csc-rules"))
                        .param("eventTypes", SharedCase.REFERRAL)
                        .param("areas", "E09000012")
                        .param("scope", "ALL_IN_AREA")
                        .param("channel", "WEBHOOK")
                        .param("article6", "PUBLIC_TASK")
                        .param("schedule1Condition", "PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK"),
                200);
        assertThat(webhook).contains("href=\"#url\"", "Enter the web address of your webhook");
        assertThat(subscriptions.ofAgency("csc-rules")).isEmpty();
    }

    @Test
    void pausingAndResumingGoThroughTheSubscription() throws Exception {
        String agency = "csc-portal-pause";
        String location = subscribed("sw.pause", agency);
        String subscriptionId = location.substring("/portal/subscriptions/".length());

        MvcResult paused = mvc.perform(post(location + "/pause").with(csrf()).with(user("sw.pause", "AGENCY", agency)))
                .andExpect(status().isFound())
                .andReturn();
        assertThat(subscriptions.find(subscriptionId).orElseThrow().status()).isEqualTo(SubscriptionStatus.PAUSED);
        assertThat(page(get(location).with(user("sw.pause", "AGENCY", agency)).flashAttrs(paused.getFlashMap()), 200))
                .contains("Subscription paused", "Paused", "id=\"resume\"");
        MvcResult pausedAgain = mvc.perform(
                        post(location + "/pause").with(csrf()).with(user("sw.pause", "AGENCY", agency)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(location))
                .andReturn();
        assertThat(pausedAgain.getFlashMap().get(PortalPages.SUCCESS))
                .as("a second click (another tab, a double click) answers as the first")
                .isEqualTo("The subscription was already paused: nothing is sent until you resume it");
        mvc.perform(post(location + "/resume").with(csrf()).with(user("sw.pause", "AGENCY", agency)))
                .andExpect(status().isFound());
        assertThat(subscriptions.find(subscriptionId).orElseThrow().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        mvc.perform(post(location + "/pause").with(user("sw.pause", "AGENCY", agency)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAgencyChangesWhatASubscriptionReceives() throws Exception {
        String agency = "csc-portal-filters";
        String location = subscribed("sw.filters", agency);
        String subscriptionId = location.substring("/portal/subscriptions/".length());
        assertThat(page(get(location + "/filters").with(user("sw.filters", "AGENCY", agency)), 200))
                .contains(
                        "<title>Change what this subscription receives",
                        "value=\"E09000012, E09000030\"",
                        "data-autosave=\"filters-" + subscriptionId + "\"");

        String refused = page(
                post(location + "/filters")
                        .with(csrf())
                        .with(user("sw.filters", "AGENCY", agency))
                        .param("eventTypes", SharedCase.REFERRAL)
                        .param("areas", "Tower Hamlets")
                        .param("scope", "ALL_IN_AREA"),
                200);
        assertThat(refused).contains("There is a problem", "href=\"#areas\"", "Not local authority codes");

        String outcome = "org.casebridge.police.outcome-assigned.v1";
        MvcResult changed = mvc.perform(post(location + "/filters")
                        .with(csrf())
                        .with(user("sw.filters", "AGENCY", agency))
                        .param("eventTypes", SharedCase.REFERRAL)
                        .param("eventTypes", outcome)
                        .param("areas", "E09000030")
                        .param("scope", "ALL_IN_AREA"))
                .andExpect(status().isFound())
                .andReturn();
        assertThat(changed.getFlashMap().get("success")).isNotNull();
        SubscriptionView now = subscriptions.find(subscriptionId).orElseThrow();
        assertThat(now.eventTypes()).containsExactlyInAnyOrder(SharedCase.REFERRAL, outcome);
        assertThat(now.areas()).containsExactly("E09000030");

        page(get(location + "/filters").with(otherAgency()), 404);
        page(get(location + "/filters").with(auditor()), 403);
    }

    @Test
    void theDeliveryLogTheCasesAndSendingAgain() throws Exception {
        assertThat(page(get("/portal/deliveries").with(owner()), 200))
                .contains("<title>Delivery log", "Clapton Park Academy, referred", "Delivered", "Send again");
        assertThat(page(
                        get("/portal/subscriptions/" + shared.subscriptionId + "/dead-letters")
                                .with(owner()),
                        200))
                .contains("Failed deliveries", "There are no deliveries to show");
        assertThat(page(get("/portal/cases").with(owner()), 200))
                .contains("<title>Cases", "Clapton Park Academy, referred", shared.area);
        assertThat(page(get("/portal/cases/" + shared.caseId).with(owner()), 200))
                .contains(
                        "<title>Clapton Park Academy, referred",
                        shared.area,
                        "Referral made (school)",
                        "Public task, Art 9(2)(g) with DPA 2018 Sch 1 Part 2 para 18",
                        "Clapton Park Academy: UK GDPR Art 6(1)(e); Art 9(2)(g) with DPA 2018 Sch 1 Part 2 para 18",
                        "Kafka topic");

        UUID deliveryId = UUID.fromString(shared.deliveryId);
        int attempts = attemptsOnceSent(deliveryId);
        Integer requestedBefore = redeliveriesRequested();
        MvcResult again = mvc.perform(post("/portal/deliveries/" + shared.deliveryId + "/redelivery")
                        .with(csrf())
                        .with(owner()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/portal/deliveries?subscriptionId=" + shared.subscriptionId))
                .andReturn();
        assertThat(again.getFlashMap().get("success")).isNotNull();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> log.delivery(shared.ownerAgency, deliveryId)
                                .orElseThrow()
                                .attempts()
                        > attempts);
        assertThat(redeliveriesRequested()).isEqualTo(requestedBefore + 1);
    }

    private Integer redeliveriesRequested() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " AND payload_type LIKE '%RedeliveryRequestedEvent'",
                Integer.class, shared.subscriptionId);
    }

    /** A complete replay form: from the start of the given day, UK time, the warning confirmed. */
    private MockHttpServletRequestBuilder replayForm(LocalDate day) {
        return post("/portal/subscriptions/" + shared.subscriptionId + "/replay")
                .with(csrf())
                .param("from-day", String.valueOf(day.getDayOfMonth()))
                .param("from-month", String.valueOf(day.getMonthValue()))
                .param("from-year", String.valueOf(day.getYear()))
                .param("from-time", "00:00")
                .param("confirm", "UNDERSTOOD");
    }

    private Integer replaysRequested() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " AND payload_type LIKE '%ReplayRequestedEvent'",
                Integer.class, shared.subscriptionId);
    }

    @Test
    void anAgencySendsASubscriptionsEventsAgainFromADateAfterConfirmingTheWarning() throws Exception {
        String location = "/portal/subscriptions/" + shared.subscriptionId;
        assertThat(page(get(location).with(owner()), 200)).contains("id=\"replay-events\"", location + "/replay");
        assertThat(page(get(location + "/replay").with(owner()), 200))
                .contains(
                        "<title>Send events again",
                        "Events already delivered will be sent again",
                        "be idempotent",
                        "id=\"from-day\"",
                        "id=\"from-month\"",
                        "id=\"from-year\"",
                        "id=\"from-time\"",
                        "value=\"UNDERSTOOD\"",
                        "name=\"_csrf\"",
                        "data-autosave=\"replay-" + shared.subscriptionId + "\"");
        Integer before = replaysRequested();

        String missing = page(post(location + "/replay").with(csrf()).with(owner()), 200);
        assertThat(missing)
                .contains(
                        "<title>Error: Send events again",
                        "There is a problem",
                        "href=\"#from-day\"",
                        "Enter the date to send events again from as a day, month and year",
                        "href=\"#from-time\"",
                        "href=\"#confirm\"",
                        "Confirm that events already delivered will be sent again");

        LocalDate today = LocalDate.now(PortalDates.UK);
        String future = page(replayForm(today.plusDays(2)).with(owner()), 200);
        assertThat(future)
                .contains(
                        "There is a problem",
                        "href=\"#from-day\"",
                        "The date to send events again from must be in the past",
                        "value=\"" + today.plusDays(2).getYear());
        assertThat(replaysRequested()).isEqualTo(before);

        UUID deliveryId = UUID.fromString(shared.deliveryId);
        int attempts = attemptsOnceSent(deliveryId);
        MvcResult replayed = mvc.perform(replayForm(today.minusDays(1)).with(owner()))
                .andExpect(status().isFound())
                .andReturn();
        assertThat(replayed.getResponse().getRedirectedUrl()).isEqualTo(location);
        assertThat(replaysRequested()).isEqualTo(before + 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> log.delivery(shared.ownerAgency, deliveryId)
                                .orElseThrow()
                                .attempts()
                        > attempts);
        assertThat(page(get(location).with(owner()).flashAttrs(replayed.getFlashMap()), 200))
                .contains(
                        "Events since " + PortalDates.shown(today.minusDays(1)) + " at 00:00 will be sent again",
                        "1 delivery is queued.");
    }

    @Test
    void onlyTheOwningAgencyMaySendEventsAgain() throws Exception {
        String replay = "/portal/subscriptions/" + shared.subscriptionId + "/replay";
        Integer before = replaysRequested();
        LocalDate yesterday = LocalDate.now(PortalDates.UK).minusDays(1);
        assertThat(page(get(replay).with(otherAgency()), 404))
                .contains("Page not found")
                .doesNotContain(shared.subscriptionId);
        assertThat(page(replayForm(yesterday).with(otherAgency()), 404)).contains("Page not found");
        assertThat(page(get(replay).with(auditor()), 403)).contains("You cannot do this");
        assertThat(page(replayForm(yesterday).with(auditor()), 403)).contains("You cannot do this");
        assertThat(page(get("/portal/subscriptions/" + shared.subscriptionId).with(auditor()), 200))
                .doesNotContain("id=\"replay-events\"");
        assertThat(replaysRequested()).isEqualTo(before);
    }

    @Test
    void anotherAgencysRecordsArePageNotFound() throws Exception {
        for (String path : List.of(
                "/portal/subscriptions/" + shared.subscriptionId,
                "/portal/subscriptions/" + shared.subscriptionId + "/dead-letters",
                "/portal/cases/" + shared.caseId,
                "/portal/cases/c-nowhere")) {
            assertThat(page(get(path).with(otherAgency()), 404))
                    .as(path)
                    .contains("Page not found")
                    .doesNotContain("Kafka topic", shared.area);
        }
        page(
                post("/portal/subscriptions/" + shared.subscriptionId + "/pause")
                        .with(csrf())
                        .with(otherAgency()),
                404);
        page(
                post("/portal/deliveries/" + shared.deliveryId + "/redelivery")
                        .with(csrf())
                        .with(otherAgency()),
                404);
        assertThat(page(get("/portal/deliveries").with(otherAgency()), 200)).doesNotContain(shared.caseId);
        assertThat(page(get("/portal/cases").with(otherAgency()), 200)).doesNotContain(shared.caseId);
        assertThat(subscriptions.find(shared.subscriptionId).orElseThrow().status())
                .isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void anAuditorReadsEveryAgencysPagesAndChangesNothing() throws Exception {
        assertThat(page(get("/portal/subscriptions").with(auditor()), 200))
                .contains(shared.subscriptionId)
                .doesNotContain("Create a subscription");
        assertThat(page(get("/portal/subscriptions/" + shared.subscriptionId).with(auditor()), 200))
                .contains(shared.ownerAgency)
                .doesNotContain("id=\"pause\"");
        assertThat(page(get("/portal/cases").with(auditor()), 200)).contains(shared.caseId, shared.ownerAgency);
        assertThat(page(get("/portal/deliveries").with(auditor()), 200))
                .contains(shared.caseId)
                .doesNotContain("Send again");
        assertThat(page(get("/portal/subscriptions/new").with(auditor()), 403)).contains("You cannot do this");
        assertThat(page(post("/portal/subscriptions").with(csrf()).with(auditor()), 403))
                .contains("You cannot do this");
        assertThat(page(
                        post("/portal/subscriptions/" + shared.subscriptionId + "/pause")
                                .with(csrf())
                                .with(auditor()),
                        403))
                .contains("You cannot do this");
        assertThat(page(get("/portal/cases").with(user("dsl.kaur", "SCHOOL_DSL", "100001")), 403))
                .contains("You cannot do this");
        assertThat(subscriptions.find(shared.subscriptionId).orElseThrow().status())
                .isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void everyRecordPageWritesTheAccessLog() throws Exception {
        Map<String, String> pages = Map.of(
                "/portal/subscriptions",
                "subscriptions",
                "/portal/subscriptions/" + shared.subscriptionId,
                "subscription",
                "/portal/subscriptions/" + shared.subscriptionId + "/dead-letters",
                "dead-letters",
                "/portal/deliveries",
                "deliveries",
                "/portal/cases",
                "agency-cases",
                "/portal/cases/" + shared.caseId,
                "agency-case");
        for (Map.Entry<String, String> entry : pages.entrySet()) {
            String reader = "reader-" + UUID.randomUUID();
            page(get(entry.getKey()).with(user(reader, "AGENCY", shared.ownerAgency)), 200);
            List<Map<String, Object>> recorded =
                    jdbc.queryForList("SELECT what, case_id, path FROM access_log WHERE actor_id = ?", reader);
            assertThat(recorded).as(entry.getKey()).hasSize(1);
            assertThat(recorded.getFirst().get("what")).isEqualTo(entry.getValue());
            assertThat(recorded.getFirst().get("path")).isEqualTo(entry.getKey());
            assertThat(recorded.getFirst().get("case_id"))
                    .isEqualTo(entry.getKey().startsWith("/portal/cases/") ? shared.caseId : null);
        }
    }

    /** What a portal caller must get: a page, a change not refused, "You cannot do this", or "Page not found". */
    enum Page {
        SHOWN,
        NOT_REFUSED,
        FORBIDDEN,
        NOT_FOUND
    }

    /**
     * Every portal endpoint the service answers against the owning agency, another agency, a DSL and an auditor.
     * The table is compared with the running service's endpoints, so a new page without a row fails.
     */
    @TestFactory
    Stream<DynamicNode> everyPortalEndpointAnswersEachCallerAsTheTableSays() {
        Map<String, List<Page>> table = new TreeMap<>();
        List<Page> ownRecord = List.of(Page.SHOWN, Page.NOT_FOUND, Page.FORBIDDEN, Page.SHOWN);
        List<Page> ownList = List.of(Page.SHOWN, Page.SHOWN, Page.FORBIDDEN, Page.SHOWN);
        List<Page> ownChange = List.of(Page.NOT_REFUSED, Page.NOT_FOUND, Page.FORBIDDEN, Page.FORBIDDEN);
        List<Page> anyAgencyChange = List.of(Page.NOT_REFUSED, Page.NOT_REFUSED, Page.FORBIDDEN, Page.FORBIDDEN);
        List<Page> everyone = List.of(Page.NOT_REFUSED, Page.NOT_REFUSED, Page.NOT_REFUSED, Page.NOT_REFUSED);
        table.put("GET /portal", everyone);
        table.put("GET /portal/hidden", everyone);
        table.put("GET /portal/signed-out", everyone);
        table.put("POST /portal/drafts/{key}", anyAgencyChange);
        table.put("GET /portal/subscriptions", ownList);
        table.put("GET /portal/subscriptions/new", anyAgencyChange);
        table.put("POST /portal/subscriptions", anyAgencyChange);
        table.put("GET /portal/subscriptions/{subscriptionId}", ownRecord);
        table.put("GET /portal/subscriptions/{subscriptionId}/filters", ownChange);
        table.put("POST /portal/subscriptions/{subscriptionId}/filters", ownChange);
        table.put("POST /portal/subscriptions/{subscriptionId}/pause", ownChange);
        table.put("POST /portal/subscriptions/{subscriptionId}/resume", ownChange);
        table.put("POST /portal/subscriptions/{subscriptionId}/secret-rotation", ownChange);
        table.put("GET /portal/subscriptions/{subscriptionId}/replay", ownChange);
        table.put("POST /portal/subscriptions/{subscriptionId}/replay", ownChange);
        table.put("GET /portal/subscriptions/{subscriptionId}/dead-letters", ownRecord);
        table.put("GET /portal/deliveries", ownList);
        table.put("POST /portal/deliveries/{deliveryId}/redelivery", ownChange);
        table.put("GET /portal/cases", ownList);
        table.put("GET /portal/cases/{caseId}", ownRecord);
        table.put("GET /portal/referrals", ownList);
        table.put("GET /portal/referrals/{caseId}", ownRecord);
        table.put("POST /portal/referrals/{caseId}/acknowledgement", ownChange);
        table.put("POST /portal/referrals/{caseId}/section-47-enquiries", ownChange);
        table.put("POST /portal/referrals/{caseId}/section-47-outcome", ownChange);
        table.put("POST /portal/referrals/{caseId}/actions/{actionId}/completion", ownChange);
        // The shared case was referred to social care, not to a LADO: the LADO's pages of it do not exist (ADR 0055).
        List<Page> noLadoReferral = List.of(Page.NOT_FOUND, Page.NOT_FOUND, Page.FORBIDDEN, Page.NOT_FOUND);
        List<Page> noLadoReferralChange = List.of(Page.NOT_FOUND, Page.NOT_FOUND, Page.FORBIDDEN, Page.FORBIDDEN);
        table.put("POST /portal/referrals/{caseId}/lado-acknowledgement", ownChange);
        table.put("GET /portal/referrals/{caseId}/allegation-meeting", noLadoReferral);
        table.put("POST /portal/referrals/{caseId}/allegation-meeting", noLadoReferralChange);
        table.put("GET /portal/referrals/{caseId}/allegation-outcome", noLadoReferral);
        table.put("POST /portal/referrals/{caseId}/allegation-outcome", noLadoReferralChange);
        table.put("GET /portal/referrals/{caseId}/pension-age", noLadoReferral);
        table.put("POST /portal/referrals/{caseId}/pension-age", noLadoReferralChange);
        table.put("GET /portal/referrals/{caseId}/retention-consent", noLadoReferral);
        table.put("POST /portal/referrals/{caseId}/retention-consent", noLadoReferralChange);
        table.put(
                "GET /portal/reports/partnership", List.of(Page.FORBIDDEN, Page.FORBIDDEN, Page.FORBIDDEN, Page.SHOWN));

        List<String> callers = List.of("owning agency", "another agency", "DSL", "auditor");
        DynamicTest complete = DynamicTest.dynamicTest(
                "the table has one row per portal endpoint, no more",
                () -> assertThat(table.keySet())
                        .containsExactlyInAnyOrderElementsOf(EndpointInventory.of(context, "/portal")));
        return Stream.concat(
                Stream.of(complete),
                table.entrySet().stream()
                        .map(row -> DynamicContainer.dynamicContainer(
                                row.getKey(),
                                IntStream.range(0, callers.size())
                                        .mapToObj(index -> DynamicTest.dynamicTest(
                                                callers.get(index) + " -> "
                                                        + row.getValue().get(index),
                                                () -> checkPortal(
                                                        row.getKey(),
                                                        index,
                                                        row.getValue().get(index)))))));
    }

    private void checkPortal(String endpoint, int caller, Page expected) throws Exception {
        OidcLoginRequestPostProcessor user = switch (caller) {
            case 0 -> owner();
            case 1 -> otherAgency();
            case 2 -> user("dsl.kaur", "SCHOOL_DSL", "100001");
            default -> auditor();
        };
        String path = shared.path(endpoint.substring(endpoint.indexOf(' ') + 1).replace("{key}", "new-subscription"));
        MockHttpServletRequestBuilder request =
                endpoint.startsWith("POST ") ? post(path).with(csrf()).param("probe", "x") : get(path);
        MvcResult result = mvc.perform(request.with(user)).andReturn();
        int status = result.getResponse().getStatus();
        String html = result.getResponse().getContentAsString();
        String described = endpoint + " as caller " + caller + ": " + status;
        switch (expected) {
            case SHOWN -> {
                assertThat(status).as(described).isEqualTo(200);
                if (caller == 1) {
                    assertThat(html).as(described).doesNotContain(shared.caseId, shared.subscriptionId);
                }
            }
            case NOT_REFUSED ->
                assertThat(status).as(described).isNotIn(401, 403, 404).isLessThan(500);
            case FORBIDDEN ->
                assertThat(html)
                        .as(described)
                        .containsAnyOf("You cannot do this", "problems/draft-form-not-yours")
                        .doesNotContain(shared.caseId);
            case NOT_FOUND ->
                assertThat(html).as(described).contains("Page not found").doesNotContain(shared.area);
        }
        if (expected == Page.FORBIDDEN) {
            assertThat(status).as(described).isEqualTo(403);
        }
        if (expected == Page.NOT_FOUND) {
            assertThat(status).as(described).isEqualTo(404);
        }
    }
}
