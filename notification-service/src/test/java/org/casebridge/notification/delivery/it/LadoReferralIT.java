package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.events.agency.AgencyTopic;
import org.casebridge.events.agency.AllegationMeetingHeldEvent;
import org.casebridge.events.agency.AllegationOutcomeRecordedEvent;
import org.casebridge.events.agency.LadoAcknowledgementOverdueEvent;
import org.casebridge.events.agency.LadoReferralAcknowledgedEvent;
import org.casebridge.events.agency.LadoReferralReceivedEvent;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.school.AdultSummary;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.LadoReferralMadeEvent;
import org.casebridge.platform.test.KafkaTestRecords;
import org.casebridge.platform.test.PortalSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A school's LADO referral (KCSIE Part 4, ADR 0055) on the real Kafka topics: the agency directory routes it to the
 * LADO of the case's area ({@code lado-it-acts}, the only LADO serving E06000014), who acknowledges it, records the
 * allegation management meeting and the outcome through the API and the portal; each step is published for the school
 * with codes only. Another agency gets 404, a DSL and an auditor 403; a second acknowledgement answers 204 again and
 * records nothing (ADR 0090).
 */
@NotificationIntegrationTest
@AutoConfigureMockMvc
class LadoReferralIT {

    private static final String LADO = "lado-it-acts";
    private static final String AREA = "E06000014";
    /** An area no LADO of the directory serves, which no other test class publishes to. */
    private static final String NO_LADO_AREA = "E06000016";

    private static final Duration PATIENCE = Duration.ofSeconds(40);
    private static final String DECISION = "The police investigate first; the agency withdraws the teacher meanwhile.";
    private static final String WHY = "Not enough evidence either way after the police's enquiries.";

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private static final BusRecords bus = new BusRecords();

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterAll
    static void close() {
        bus.close();
    }

    private static String referred(boolean late) {
        String caseId = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        bus.publish(new LadoReferralMadeEvent(
                caseId,
                "100001",
                AREA,
                List.of(new AdultSummary("adult-1", "SUPPLY_STAFF", "SUPPLY_AGENCY")),
                List.of(new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED"))),
                late ? now.minus(Duration.ofHours(2)) : now.plus(Duration.ofHours(20)),
                late,
                now));
        return caseId;
    }

    private static Map<String, JsonNode> agencyEventsOf(String caseId, int count) {
        List<ConsumerRecord<String, byte[]>> records = KafkaTestRecords.read(
                AgencyTopic.AGENCY_EVENTS,
                // what the agency did, not its reads of the case (ADR 0070)
                r -> caseId.equals(r.key())
                        && !"org.casebridge.agency.case-read.v1".equals(KafkaTestRecords.header(r, "ce_type")),
                count,
                PATIENCE);
        return records.stream()
                .collect(Collectors.toMap(
                        r -> KafkaTestRecords.header(r, "ce_type"),
                        r -> AgencyApi.read(org.springframework.http.ResponseEntity.ok(new String(r.value()))),
                        (a, b) -> b));
    }

    private int acknowledgementsStored(String caseId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ? AND aggregate_identifier LIKE ?",
                Integer.class,
                "%LadoReferralAcknowledgedEvent",
                "%" + caseId + "%");
    }

    private static int status(AgencyApi api, String path, Object body) {
        return api.call(HttpMethod.POST, path, body).getStatusCode().value();
    }

    @Test
    void theAreasLadoAcknowledgesMeetsAndDecidesAndTheSchoolHearsEachStepInCodes() {
        String caseId = referred(false);
        AgencyApi lado = new AgencyApi(rest, LADO);
        String path = "/api/agency/referrals/" + caseId;
        JsonNode received = await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(() -> lado.get(path), view -> view.path("lado").has("acknowledgeBy"));
        assertThat(received.get("lado").get("adults").get(0).get("roleWords").asText())
                .isEqualTo("Supply staff");
        assertThat(received.get("lado").get("referralLate").asBoolean()).isFalse();
        assertThat(received.get("lado").get("acknowledgementOverdue").asBoolean())
                .isFalse();

        assertThat(new AgencyApi(rest, "lado-it-invited")
                        .call(HttpMethod.GET, path, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(status(new AgencyApi(rest, "lado-it-invited"), path + "/lado-acknowledgement", null))
                .isEqualTo(404);
        assertThat(status(new AgencyApi(rest, "dsl", "SCHOOL_DSL", "100001"), path + "/lado-acknowledgement", null))
                .isEqualTo(403);
        assertThat(status(
                        new AgencyApi(rest, "auditor", "AUDITOR", "casebridge"), path + "/lado-acknowledgement", null))
                .isEqualTo(403);

        Map<String, Object> meeting = Map.of(
                "heldOn",
                LocalDate.now(UK).toString(),
                "attendees",
                List.of(
                        Map.of("role", "LADO", "organisation", "Test LADO service"),
                        Map.of("role", "HEADTEACHER", "organisation", "Clapton Park Academy"),
                        Map.of("role", "POLICE", "organisation", "Metropolitan Police Service")),
                "rationale",
                DECISION);
        assertThat(status(lado, path + "/allegation-meeting", meeting)).isEqualTo(409);
        assertThat(status(lado, path + "/lado-acknowledgement", null)).isEqualTo(204);
        assertThat(acknowledgementsStored(caseId)).isEqualTo(1);
        assertThat(status(lado, path + "/lado-acknowledgement", null)).isEqualTo(204);
        assertThat(acknowledgementsStored(caseId)).isEqualTo(1);
        assertThat(status(lado, path + "/allegation-outcome", Map.of("outcome", "UNSUBSTANTIATED", "rationale", WHY)))
                .isEqualTo(409);
        assertThat(status(lado, path + "/allegation-meeting", Map.of("attendees", List.of(), "rationale", DECISION)))
                .isEqualTo(422);
        assertThat(status(lado, path + "/allegation-meeting", meeting)).isEqualTo(204);
        assertThat(status(lado, path + "/allegation-outcome", Map.of("outcome", "NOT_A_CODE", "rationale", WHY)))
                .isEqualTo(400);
        assertThat(status(lado, path + "/allegation-outcome", Map.of("outcome", "UNSUBSTANTIATED", "rationale", "n/a")))
                .isEqualTo(422);
        assertThat(status(lado, path + "/allegation-outcome", Map.of("outcome", "UNSUBSTANTIATED", "rationale", WHY)))
                .isEqualTo(204);

        JsonNode after = lado.get(path).get("lado");
        assertThat(after.get("outcome").asText()).isEqualTo("UNSUBSTANTIATED");
        assertThat(after.get("meetingAttendees")).hasSize(3);
        assertThat(after.get("meetingRationale").asText()).isEqualTo(DECISION);

        Map<String, JsonNode> published = agencyEventsOf(caseId, 4);
        assertThat(published)
                .containsKeys(
                        IntegrationEventTypes.typeOf(LadoReferralReceivedEvent.class),
                        IntegrationEventTypes.typeOf(LadoReferralAcknowledgedEvent.class),
                        IntegrationEventTypes.typeOf(AllegationMeetingHeldEvent.class),
                        IntegrationEventTypes.typeOf(AllegationOutcomeRecordedEvent.class));
        JsonNode held = published.get(IntegrationEventTypes.typeOf(AllegationMeetingHeldEvent.class));
        assertThat(held.get("attendeeRoles").toString()).isEqualTo("[\"LADO\",\"HEADTEACHER\",\"POLICE\"]");
        assertThat(held.toString())
                .contains("HEADTEACHER", "POLICE", LADO, "100001")
                .doesNotContain("Clapton Park Academy", "Metropolitan Police Service", DECISION);
        assertThat(published
                        .get(IntegrationEventTypes.typeOf(AllegationOutcomeRecordedEvent.class))
                        .toString())
                .contains("UNSUBSTANTIATED")
                .doesNotContain(WHY);
    }

    /**
     * The LADO's acknowledgement clock is a row of the persistent DeadlineManager (ADR 0065): a referral made days ago
     * is due already, so the clock runs out at once, and the overdue is in the API, on the LADO's pages and on the
     * agency topic for the school's case, in codes.
     */
    @Test
    void theLadosAcknowledgementClockRunsOutOnTheDeadlineManagerAndTheSchoolHearsIt() throws Exception {
        String caseId = UUID.randomUUID().toString();
        Instant referredAt = Instant.now().minus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MILLIS);
        bus.publish(new LadoReferralMadeEvent(
                caseId,
                "100001",
                AREA,
                List.of(new AdultSummary("adult-1", "STAFF", "THIS_SCHOOL")),
                List.of(new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED"))),
                referredAt.minus(Duration.ofHours(1)),
                true,
                referredAt));
        AgencyApi lado = new AgencyApi(rest, LADO);
        String path = "/api/agency/referrals/" + caseId;
        JsonNode overdue = await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(
                        () -> lado.get(path),
                        view -> view.path("lado").path("acknowledgementOverdue").asBoolean());
        assertThat(overdue.get("lado").hasNonNull("acknowledgedAt")).isFalse();

        Map<String, JsonNode> published = agencyEventsOf(caseId, 2);
        JsonNode flagged = published.get(IntegrationEventTypes.typeOf(LadoAcknowledgementOverdueEvent.class));
        assertThat(flagged).as(published.keySet().toString()).isNotNull();
        assertThat(flagged.get("agencyId").asText()).isEqualTo(LADO);
        assertThat(flagged.get("schoolUrn").asText()).isEqualTo("100001");
        assertThat(flagged.toString()).doesNotContain("adult-1", "STAFF", "child-1");

        RequestPostProcessor officer = PortalSignIn.as("lado.osei", "AGENCY", LADO, "Dee Osei");
        assertThat(perform(get("/portal/referrals/" + caseId), officer).getContentAsString())
                .contains("id=\"lado-acknowledgement-overdue\"", "The school's case shows it as overdue");
        assertThat(status(lado, path + "/lado-acknowledgement", null)).isEqualTo(204);
        JsonNode late = lado.get(path).get("lado");
        assertThat(late.get("acknowledgementOverdue").asBoolean())
                .as("an acknowledgement after the clock ran out stays late")
                .isTrue();
        assertThat(agencyEventsOf(caseId, 3))
                .containsKey(IntegrationEventTypes.typeOf(LadoReferralAcknowledgedEvent.class));
    }

    /** A LADO referral whose area no LADO serves is recorded and published for the school's case (ADR 0065). */
    @Test
    void aLadoReferralToAnAreaWithoutALadoIsPublishedAsNotRoutedForTheSchool() {
        String caseId = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        bus.publish(new LadoReferralMadeEvent(
                caseId,
                "100001",
                NO_LADO_AREA,
                List.of(new AdultSummary("adult-1", "VOLUNTEER", "OTHER_ORGANISATION")),
                List.of(new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED"))),
                now.plus(Duration.ofHours(20)),
                false,
                now));
        JsonNode notRouted = agencyEventsOf(caseId, 1)
                .get(IntegrationEventTypes.typeOf(org.casebridge.events.agency.LadoReferralNotRoutedEvent.class));
        assertThat(notRouted).isNotNull();
        assertThat(notRouted.get("localAuthorityCode").asText()).isEqualTo(NO_LADO_AREA);
        assertThat(notRouted.get("schoolUrn").asText()).isEqualTo("100001");
        assertThat(notRouted.toString()).doesNotContain("adult-1", "VOLUNTEER", "child-1");
        assertThat(new AgencyApi(rest, LADO)
                        .call(HttpMethod.GET, "/api/agency/referrals/" + caseId, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, RequestPostProcessor user)
            throws Exception {
        return mvc.perform(request.with(user)).andReturn().getResponse();
    }

    @Test
    void theLadoSeesALateReferralAndRecordsEachStepOnThePortal() throws Exception {
        RequestPostProcessor officer = PortalSignIn.as("lado.osei", "AGENCY", LADO, "Dee Osei");
        RequestPostProcessor auditor = PortalSignIn.as("ig.officer", "AUDITOR", "casebridge-ig", "I. G. Officer");
        String caseId = referred(true);
        await().atMost(PATIENCE)
                .until(() -> perform(get("/portal/referrals"), officer)
                        .getContentAsString()
                        .contains(caseId));
        assertThat(perform(get("/portal/referrals"), officer).getContentAsString())
                .contains("Referred late");
        String page = "/portal/referrals/" + caseId;
        assertThat(perform(get(page), officer).getContentAsString())
                .contains(
                        "Referral from Clapton Park Academy",
                        "Allegation against an adult in a position of trust",
                        "adult-1: Supply staff, employed by a supply or employment agency",
                        "id=\"lado-referral-late\"",
                        "Acknowledge the LADO referral")
                .doesNotContain("SUPPLY_STAFF", "Section 47 enquiries");

        assertThat(perform(post(page + "/lado-acknowledgement").with(csrf()), auditor)
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(post(page + "/lado-acknowledgement").with(csrf()), officer)
                        .getRedirectedUrl())
                .isEqualTo(page);
        var again = mvc.perform(
                        post(page + "/lado-acknowledgement").with(csrf()).with(officer))
                .andReturn();
        assertThat(again.getFlashMap().get("success")).isEqualTo("The LADO referral was already acknowledged");
        assertThat(again.getFlashMap().get("problem")).isNull();
        assertThat(perform(get(page), officer).getContentAsString())
                .contains("Record the allegation management meeting")
                .doesNotContain("Acknowledge the LADO referral");

        String meeting = page + "/allegation-meeting";
        assertThat(perform(get(meeting), officer).getContentAsString())
                .contains("When was the meeting held?", "Headteacher or principal", "data-autosave");
        assertThat(perform(post(meeting).with(csrf()), officer).getContentAsString())
                .contains("There is a problem", "Enter the organisation of at least one attendee", "Enter what the");
        LocalDate today = LocalDate.now(UK);
        assertThat(perform(
                                post(meeting)
                                        .with(csrf())
                                        .param("heldOn-day", String.valueOf(today.getDayOfMonth()))
                                        .param("heldOn-month", String.valueOf(today.getMonthValue()))
                                        .param("heldOn-year", String.valueOf(today.getYear()))
                                        .param("org-LADO", "Test LADO service")
                                        .param("org-HEADTEACHER", "Clapton Park Academy")
                                        .param("rationale", DECISION),
                                officer)
                        .getRedirectedUrl())
                .isEqualTo(page);

        String outcome = page + "/allegation-outcome";
        assertThat(perform(get(outcome), officer).getContentAsString())
                .contains("Malicious: enough evidence to disprove the allegation");
        assertThat(perform(post(outcome).with(csrf()).param("rationale", WHY), officer)
                        .getContentAsString())
                .contains("Select the allegation");
        assertThat(perform(
                                post(outcome)
                                        .with(csrf())
                                        .param("outcome", "UNFOUNDED")
                                        .param("rationale", WHY),
                                officer)
                        .getRedirectedUrl())
                .isEqualTo(page);
        assertThat(perform(get(page), auditor).getContentAsString())
                .contains(
                        "Unfounded: no evidence or proper basis for the allegation",
                        "Headteacher or principal (Clapton Park Academy)",
                        DECISION)
                .doesNotContain("Record the allegation");
        assertThat(perform(get(meeting), PortalSignIn.as("dsl.kaur", "SCHOOL_DSL", "100001", "A. Kaur"))
                        .getStatus())
                .isEqualTo(403);
    }
}
