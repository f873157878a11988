package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.notification.delivery.it.SchoolEvents.escalation;
import static org.casebridge.notification.delivery.it.SchoolEvents.referral;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.school.EscalationMadeEvent;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.notification.subscription.command.CaseScope;
import org.casebridge.notification.subscription.query.SubscriptionView;
import org.casebridge.notification.subscription.query.Subscriptions;
import org.casebridge.platform.test.PortalSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The agency directory, not the agency, decides which areas it hears of (security review H1): on the API, on the
 * portal's forms, in live delivery and in a replay. The agencies are the demo ones and {@code csc-it-handover} of
 * the tests' directory, which has served E06000005 since 2020, took over E06000006 on 1 June 2025 and gave up
 * E06000007 at the end of 2024.
 */
@NotificationIntegrationTest
@AutoConfigureMockMvc
class AgencyDirectoryIT {

    private static final String REFERRAL = IntegrationEventTypes.typeOf(ReferralMadeEvent.class);
    private static final String ESCALATION = IntegrationEventTypes.typeOf(EscalationMadeEvent.class);
    private static final String BIRMINGHAM = "E08000025";
    private static final String HACKNEY = "E09000012";
    private static final Duration PATIENCE = Duration.ofSeconds(40);
    private static final Map<String, Object> BASIS =
            Map.of("article6", "PUBLIC_TASK", "article9Condition", "DPA 2018 Sch 1 para 18");

    private static final BusRecords bus = new BusRecords();

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private Subscriptions subscriptions;

    @AfterAll
    static void close() {
        bus.close();
    }

    private static Map<String, Object> subscription(List<String> areas, String scope) {
        return Map.of(
                "eventTypes",
                List.of(REFERRAL, ESCALATION),
                "areas",
                areas,
                "scope",
                scope,
                "channel",
                Map.of("type", "KAFKA"),
                "lawfulBasis",
                BASIS);
    }

    @Test
    void hackneysAgencyCannotSubscribeToBirmingham() {
        AgencyApi hackney = new AgencyApi(rest, "csc-hackney");

        ResponseEntity<String> refused = hackney.call(
                HttpMethod.POST, "/api/subscriptions", subscription(List.of(HACKNEY, BIRMINGHAM), "ALL_IN_AREA"));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        JsonNode problem = AgencyApi.read(refused);
        assertThat(problem.get("type").asText()).endsWith("area-not-served");
        assertThat(problem.get("detail").asText())
                .contains("your agency", "[" + BIRMINGHAM + "]")
                .doesNotContain("csc-hackney");
        assertThat(problem.get("areasNotServed")).extracting(JsonNode::asText).containsExactly(BIRMINGHAM);
        assertThat(subscriptions.ofAgency("csc-hackney"))
                .noneMatch(s -> s.areas().contains(BIRMINGHAM));
    }

    @Test
    void hackneysAgencyCannotWidenItsFiltersToBirmingham() {
        AgencyApi hackney = new AgencyApi(rest, "csc-hackney");
        String id = hackney.subscribe(List.of(REFERRAL), List.of(HACKNEY), "ALL_IN_AREA", Map.of("type", "KAFKA"))
                .at("/subscription/subscriptionId")
                .asText();

        ResponseEntity<String> patched = hackney.call(
                HttpMethod.PATCH,
                "/api/subscriptions/" + id + "/filters",
                Map.of("areas", List.of(HACKNEY, BIRMINGHAM)));
        ResponseEntity<String> replaced = hackney.call(
                HttpMethod.PUT,
                "/api/subscriptions/" + id + "/filters",
                Map.of("eventTypes", List.of(REFERRAL), "areas", List.of(BIRMINGHAM), "scope", "ALL_IN_AREA"));

        assertThat(List.of(patched, replaced)).allSatisfy(response -> {
            assertThat(response.getStatusCode().value()).isEqualTo(422);
            assertThat(response.getBody()).contains("area-not-served", BIRMINGHAM);
        });
        assertThat(hackney.get("/api/subscriptions/" + id).get("areas"))
                .extracting(JsonNode::asText)
                .containsExactly(HACKNEY);
    }

    @Test
    void anAreaTheAgencyGaveUpCannotBeSubscribedTo() {
        ResponseEntity<String> refused = new AgencyApi(rest, "csc-it-handover")
                .call(HttpMethod.POST, "/api/subscriptions", subscription(List.of("E06000007"), "ALL_IN_AREA"));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody()).contains("area-not-served", "E06000007");
    }

    @Test
    void aLadoFollowsOnlyTheCasesItIsInvolvedIn() {
        AgencyApi lado = new AgencyApi(rest, "lado-east-london");

        ResponseEntity<String> everyCase =
                lado.call(HttpMethod.POST, "/api/subscriptions", subscription(List.of(HACKNEY), "ALL_IN_AREA"));
        ResponseEntity<String> involved =
                lado.call(HttpMethod.POST, "/api/subscriptions", subscription(List.of(HACKNEY), "INVOLVED_ONLY"));

        assertThat(everyCase.getStatusCode().value()).isEqualTo(422);
        assertThat(everyCase.getBody()).contains("scope-not-for-agency-kind");
        assertThat(involved.getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void anOrganisationOutsideTheDirectoryCannotSubscribe() {
        ResponseEntity<String> refused = new AgencyApi(rest, "csc-unlisted")
                .call(HttpMethod.POST, "/api/subscriptions", subscription(List.of(HACKNEY), "ALL_IN_AREA"));

        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getBody()).contains("agency-not-in-directory");
        assertThat(subscriptions.ofAgency("csc-unlisted")).isEmpty();
    }

    @Test
    void aReplaySkipsAnAreaTheAgencyDidNotServeWhenTheEventHappened() {
        AgencyApi handover = new AgencyApi(rest, "csc-it-handover");
        String both = handover.subscribe(
                        List.of(REFERRAL, ESCALATION),
                        List.of("E06000005", "E06000006"),
                        "ALL_IN_AREA",
                        Map.of("type", "KAFKA"))
                .at("/subscription/subscriptionId")
                .asText();
        Instant january2025 = Instant.parse("2025-01-10T10:00:00Z");

        String servedThen = bus.publishAt(referral("c-dir-served", "E06000005"), january2025);
        String notServedThen = bus.publishAt(referral("c-dir-taken-over", "E06000006"), january2025);
        String servedNow = bus.publish(escalation("c-dir-taken-over", "E06000006"));

        await().atMost(PATIENCE)
                .until(() -> delivered(handover, "c-dir-served").equals(List.of(servedThen))
                        && delivered(handover, "c-dir-taken-over").equals(List.of(servedNow)));
        assertThat(eventIds(handover, "c-dir-taken-over")).containsExactly(servedNow);

        JsonNode replayed = replay(handover, both, "2024-12-01T00:00:00Z");
        assertThat(replayed.get("queued").asInt()).isEqualTo(2);
        assertThat(Instant.parse(replayed.get("searchedFrom").asText())).isEqualTo("2024-12-01T00:00:00Z");
        assertThat(eventIds(handover, "c-dir-taken-over"))
                .containsExactly(servedNow)
                .doesNotContain(notServedThen);

        String takenOverOnly = handover.subscribe(
                        List.of(REFERRAL, ESCALATION), List.of("E06000006"), "ALL_IN_AREA", Map.of("type", "KAFKA"))
                .at("/subscription/subscriptionId")
                .asText();
        JsonNode bounded = replay(handover, takenOverOnly, "2024-12-01T00:00:00Z");
        assertThat(Instant.parse(bounded.get("searchedFrom").asText())).isEqualTo("2025-05-31T23:00:00Z");
        assertThat(bounded.get("queued").asInt()).isEqualTo(1);
        assertThat(eventIds(handover, "c-dir-taken-over")).doesNotContain(notServedThen);
    }

    @Test
    void thePortalShowsTheRefusalAgainstItsField() throws Exception {
        String area = page(subscriptionForm("csc-hackney", HACKNEY + ", " + BIRMINGHAM, "ALL_IN_AREA"));
        assertThat(area)
                .contains("There is a problem", "href=\"#areas\"", "[" + BIRMINGHAM + "]", "id=\"areas-error\"");
        assertThat(area)
                .as("the form says which areas the directory gives the agency")
                .contains("Your agency serves Hackney (E09000012) (from the agency directory)");
        String scope = page(subscriptionForm("lado-east-london", HACKNEY, "ALL_IN_AREA"));
        assertThat(scope)
                .contains("There is a problem", "href=\"#scope\"", "choose INVOLVED_ONLY", "id=\"scope-error\"");
        assertThat(subscriptions.ofAgency("csc-hackney"))
                .noneMatch(s -> s.areas().contains(BIRMINGHAM));
        assertThat(subscriptions.ofAgency("lado-east-london"))
                .extracting(SubscriptionView::scope)
                .doesNotContain(CaseScope.ALL_IN_AREA);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static MockHttpServletRequestBuilder subscriptionForm(String agency, String areas, String scope) {
        return post("/portal/subscriptions")
                .with(csrf())
                .with(PortalSignIn.as("sw.directory", "AGENCY", agency, "Sam Adeyemi"))
                .param("eventTypes", REFERRAL)
                .param("areas", areas)
                .param("scope", scope)
                .param("channel", "EMAIL")
                .param("email", "team@" + agency + ".example")
                .param("article6", "PUBLIC_TASK")
                .param("schedule1Condition", "PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK");
    }

    private static JsonNode replay(AgencyApi agency, String subscriptionId, String from) {
        ResponseEntity<String> response =
                agency.call(HttpMethod.POST, "/api/subscriptions/" + subscriptionId + "/replay?from=" + from, null);
        assertThat(response.getStatusCode().value()).isEqualTo(202);
        return AgencyApi.read(response);
    }

    /** What was sent (a replay sends again only what is not still pending). */
    private static List<String> delivered(AgencyApi agency, String caseId) {
        return StreamSupport.stream(
                        agency.get("/api/deliveries?caseId=" + caseId).spliterator(), false)
                .filter(delivery -> delivery.get("status").asText().equals("DELIVERED"))
                .map(delivery -> delivery.get("eventId").asText())
                .distinct()
                .sorted()
                .toList();
    }

    private static List<String> eventIds(AgencyApi agency, String caseId) {
        return StreamSupport.stream(
                        agency.get("/api/deliveries?caseId=" + caseId).spliterator(), false)
                .map(delivery -> delivery.get("eventId").asText())
                .distinct()
                .sorted()
                .toList();
    }
}
