package org.casebridge.cases.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.cases.CaseApi;
import org.casebridge.cases.CaseApiSteps;
import org.casebridge.cases.CaseIntegrationTest;
import org.casebridge.cases.IncomingEvents;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.Topics;
import org.casebridge.events.agency.AllegationMeetingHeldEvent;
import org.casebridge.events.agency.AllegationOutcomeRecordedEvent;
import org.casebridge.events.agency.LadoAcknowledgementOverdueEvent;
import org.casebridge.events.agency.LadoReferralAcknowledgedEvent;
import org.casebridge.events.agency.LadoReferralNotRoutedEvent;
import org.casebridge.events.agency.LadoReferralReceivedEvent;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The school's side of the LADO route (ADR 0055) on the real topics: the DSL records an adult in a position of trust
 * (role and employer's kind), which starts the clock and forbids handling in school; refers to the LADO, published as
 * {@code lado-referral-made.v1} with codes and refs only; a second click is refused and changes nothing; the LADO's
 * steps from {@code casebridge.agency.events} arrive on the case's timeline in words and in its detail.
 */
@CaseIntegrationTest
class LadoRouteIT extends CaseApiSteps {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String LADO = "lado-birmingham";
    private static final String CONCERN = "child-1 says a supply teacher asked her for the image by message.";
    private static final String TOLD = "Allegation against a supply teacher from an agency; agency told today.";

    private CaseApi dsl;

    @BeforeEach
    void setUp() {
        dsl = CaseApi.dsl(port);
    }

    private void agency(IntegrationEvent event) throws Exception {
        new IncomingEvents(codec).fromAgency(event);
    }

    @Test
    void theDslRefersTheAdultToTheLadoAndSeesEachOfTheLadosSteps() throws Exception {
        String caseId = dsl.report(null);
        String adult = """
                {"role": "SUPPLY_STAFF", "employer": "SUPPLY_AGENCY", "rationale": "%s"}""".formatted(CONCERN);
        assertThat(new CaseApi(port, CaseApi.OTHER_URN, "SCHOOL_DSL")
                        .post("/api/cases/" + caseId + "/adults", adult)
                        .status())
                .isEqualTo(404);
        assertThat(new CaseApi(port, "WMP", "POLICE_LIAISON")
                        .post("/api/cases/" + caseId + "/adults", adult)
                        .status())
                .isEqualTo(403);
        CaseApi.Response noAdultYet =
                dsl.post("/api/cases/" + caseId + "/lado-referral", "{\"rationale\": \"" + TOLD + "\"}");
        assertThat(noAdultYet.status()).isEqualTo(422);
        assertThat(noAdultYet.body()).contains("no-adult-in-position-of-trust", "Record the adult");
        CaseApi.Response unnamed = dsl.post("/api/cases/" + caseId + "/adults", """
                {"employer": "SUPPLY_AGENCY", "rationale": "%s"}""".formatted(CONCERN));
        assertThat(unnamed.status()).isEqualTo(422);
        assertThat(dsl.post("/api/cases/" + caseId + "/adults", adult).status()).isEqualTo(204);

        JsonNode recorded = await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(
                        () -> dsl.get("/api/cases/" + caseId).json(),
                        c -> c.get("lado").get("adults").size() == 1);
        assertThat(recorded.get("lado").get("referralDueAt").isNull()).isFalse();
        assertThat(recorded.get("lado").get("referralOverdue").asBoolean()).isFalse();
        assertThat(recorded.get("lado").get("adults").get(0).get("role").asText())
                .isEqualTo("SUPPLY_STAFF");
        CaseApi.Response review = dsl.post("/api/cases/" + caseId + "/initial-review", CaseApi.reviewJson(false));
        assertThat(review.status()).as("an adult recorded meets the criterion").isEqualTo(422);
        CaseApi.Response closing = dsl.post("/api/cases/" + caseId + "/closure", """
                {"outcomeSummary": "Support in place for child-1; nothing more for the school to do."}""");
        assertThat(closing.status())
                .as("the LADO referral is pending (ADR 0065)")
                .isEqualTo(409);
        assertThat(closing.body()).contains("lado-referral-pending", "adult-1", "refer the case to the LADO first");

        assertThat(dsl.post("/api/cases/" + caseId + "/lado-referral", "{\"rationale\": \"" + TOLD + "\"}")
                        .status())
                .isEqualTo(204);
        int referrals = ladoReferralsStored(caseId);
        CaseApi.Response again =
                dsl.post("/api/cases/" + caseId + "/lado-referral", "{\"rationale\": \"" + TOLD + "\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(204);
        assertThat(ladoReferralsStored(caseId)).isEqualTo(referrals).isEqualTo(1);

        List<ConsumerRecord<String, byte[]>> published = KafkaTestRecords.read(
                Topics.SCHOOL_EVENTS,
                r -> caseId.equals(r.key())
                        && "org.casebridge.school.lado-referral-made.v1".equals(KafkaTestRecords.header(r, "ce_type")),
                1,
                PATIENCE);
        assertThat(published).hasSize(1);
        assertThat(new String(published.getFirst().value(), StandardCharsets.UTF_8))
                .contains("adult-1", "SUPPLY_STAFF", "SUPPLY_AGENCY", "E08000025", "child-1")
                .doesNotContain(CONCERN, TOLD, "rationale");
        assertThat(KafkaTestRecords.header(published.getFirst(), "ce_lawfulbasis"))
                .isEqualTo("UK_GDPR/PUBLIC_TASK/SCH1_PARA_18");

        Instant now = Instant.now();
        agency(new LadoReferralReceivedEvent(caseId, CaseApi.URN, LADO, "E08000025", now, now.plusSeconds(86_400)));
        agency(new LadoAcknowledgementOverdueEvent(caseId, CaseApi.URN, LADO, now.minusSeconds(60), now));
        JsonNode flagged = await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(
                        () -> dsl.get("/api/cases/" + caseId).json().get("lado").get("ladoSteps"),
                        s -> s.size() == 1
                                && s.get(0).get("acknowledgementOverdue").asBoolean());
        assertThat(flagged.get(0).hasNonNull("acknowledgedAt")).isFalse();
        agency(new LadoReferralAcknowledgedEvent(caseId, CaseApi.URN, LADO, now, true));
        agency(new AllegationMeetingHeldEvent(
                caseId, CaseApi.URN, LADO, LocalDate.parse("2026-12-02"), List.of("LADO", "HEADTEACHER"), now));
        agency(new AllegationOutcomeRecordedEvent(caseId, CaseApi.URN, LADO, "UNSUBSTANTIATED", now));

        JsonNode steps = await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(
                        () -> dsl.get("/api/cases/" + caseId).json().get("lado").get("ladoSteps"),
                        s -> s.size() == 1 && s.get(0).hasNonNull("outcome"));
        JsonNode lado = steps.get(0);
        assertThat(lado.get("agencyId").asText()).isEqualTo(LADO);
        assertThat(lado.hasNonNull("acknowledgedAt")).isTrue();
        assertThat(lado.get("acknowledgementOverdue").asBoolean())
                .as("acknowledged after all")
                .isFalse();
        assertThat(lado.get("meetingHeldOn").asText()).isEqualTo("2026-12-02");
        assertThat(lado.get("outcome").asText()).isEqualTo("UNSUBSTANTIATED");
        String timeline = dsl.get("/api/cases/" + caseId + "/timeline").body();
        assertThat(timeline)
                .contains(
                        "An adult in a position of trust is or may be involved: adult-1, supply staff",
                        "Referred to the LADO of Birmingham about adult-1",
                        "The LADO held the allegation management meeting on 2026-12-02 with the LADO and the headteacher",
                        "The allegation's outcome: Unsubstantiated",
                        "The LADO: acknowledgement overdue");
    }

    /**
     * A LADO referral to an area no LADO serves comes back as {@code lado-referral-not-routed.v1} (ADR 0065): the case
     * says so on its detail and timeline, with what the DSL must do, once however often it is delivered.
     */
    @Test
    void aReferralNoLadoReceivedTellsTheDslToTelephoneTheLado() throws Exception {
        String caseId = dsl.report(null);
        assertThat(dsl.post("/api/cases/" + caseId + "/adults", """
                        {"role": "VOLUNTEER", "employer": "OTHER_ORGANISATION", "rationale": "%s"}""".formatted(CONCERN))
                        .status())
                .isEqualTo(204);
        assertThat(dsl.post("/api/cases/" + caseId + "/lado-referral", "{\"rationale\": \"" + TOLD + "\"}")
                        .status())
                .isEqualTo(204);
        Instant referredAt = Instant.now();
        LadoReferralNotRoutedEvent notRouted =
                new LadoReferralNotRoutedEvent(caseId, CaseApi.URN, "E08000025", referredAt);
        agency(notRouted);
        JsonNode lado = await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(() -> dsl.get("/api/cases/" + caseId).json().get("lado"), l -> l.hasNonNull("notRoutedAt"));
        assertThat(lado.get("notRoutedArea").asText()).isEqualTo("E08000025");
        assertThat(lado.get("ladoSteps")).isEmpty();
        assertThat(dsl.get("/api/cases/" + caseId + "/timeline").body())
                .contains("The referral to the LADO reached no LADO", "telephone the local authority");
    }

    private int ladoReferralsStored(String caseId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ? AND aggregate_identifier = ?",
                Integer.class,
                "%CaseReferredToLadoEvent",
                caseId);
    }
}
