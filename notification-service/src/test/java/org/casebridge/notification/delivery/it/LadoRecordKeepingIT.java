package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordPensionAgeCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordRetentionConsentCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.WithdrawRetentionConsentCommand;
import org.casebridge.notification.referral.command.AgencyCaseId;
import org.casebridge.notification.referral.command.AllegationOutcome;
import org.casebridge.notification.retention.AgencyCaseRetention;
import org.casebridge.platform.sealing.SealedText;
import org.casebridge.platform.sealing.SealingKeyVault;
import org.casebridge.platform.test.PortalSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * How long the LADO's record of an allegation is kept (KCSIE Part 4, ADR 0084) on real PostgreSQL: the retention job
 * with its clock set years ahead keeps a record until the adult's normal pension age when that is later than ten years,
 * keeps a false allegation's record while the adult's consent stands and erases it once withdrawn, and erases one
 * without consent the night after its outcome as before. The pension age and the consent's basis are sealed in the
 * event store and gone from every table after the erasure. The API and the portal record both, and refuse bad input.
 */
@NotificationIntegrationTest
@AutoConfigureMockMvc
class LadoRecordKeepingIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String API_LADO = "lado-it-keeping";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommandGateway commands;

    @Autowired
    ApplicationContext context;

    @Autowired
    SealingKeyVault keys;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    MockMvc mvc;

    private static LocalDate today() {
        return LocalDate.now(UK);
    }

    private AgencyCaseRetention job(LocalDate on) {
        Clock clock = Clock.fixed(on.atTime(3, 0).atZone(UK).toInstant(), ZoneOffset.UTC);
        return RetentionJobs.of(context).agencyCases(clock);
    }

    private boolean kept(String agencyCaseId) {
        return keys.hasKey(AgencyCaseId.sealingKey(agencyCaseId));
    }

    @Test
    void aPensionAgeLaterThanTenYearsKeepsTheRecordUntilThenAndGoesWithIt() {
        LocalDate pensionAge = today().plusYears(15);
        String withPensionAge = LadoCases.concluded(commands, AllegationOutcome.SUBSTANTIATED, "Pelmorant");
        String notKnown = LadoCases.concluded(commands, AllegationOutcome.SUBSTANTIATED, "Quistrade");
        commands.sendAndWait(new RecordPensionAgeCommand(withPensionAge, LadoCases.OFFICER, "adult-1", pensionAge));
        commands.sendAndWait(new RecordPensionAgeCommand(notKnown, LadoCases.OFFICER, "adult-1", null));
        assertThat(jdbc.queryForObject(
                        "SELECT pension_age_on FROM agency_lado_adult WHERE agency_case_id = ?",
                        LocalDate.class,
                        withPensionAge))
                .isEqualTo(pensionAge);
        assertThat(LadoCases.columnsHolding(jdbc, pensionAge.toString()))
                .as("sealed in the event store, never in clear")
                .doesNotContain("domain_event_entry.payload");

        job(today().plusYears(10).plusDays(2)).run();

        assertThat(kept(notKnown)).as("not known: ten years after the outcome").isFalse();
        assertThat(kept(withPensionAge)).as("kept until the later pension age").isTrue();
        job(pensionAge).run();
        assertThat(kept(withPensionAge))
                .as("kept through the pension age's day")
                .isTrue();

        job(pensionAge.plusDays(1)).run();

        assertThat(kept(withPensionAge)).isFalse();
        assertThat(LadoCases.columnsHolding(jdbc, "Pelmorant")).isEmpty();
        assertThat(jdbc.queryForMap(
                        "SELECT pension_age_on, pension_age_recorded_at IS NOT NULL AS recorded FROM agency_lado_adult"
                                + " WHERE agency_case_id = ?",
                        withPensionAge))
                .as("the pension age goes with the key; that one was recorded stays")
                .containsEntry("pension_age_on", null)
                .containsEntry("recorded", true);
        assertThat(jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%AgencyCaseFreeTextErasedEvent'""", String.class, withPensionAge))
                .contains("\"record\":\"LADO_ALLEGATION_SUBSTANTIATED\"")
                .contains("\"retentionEndedOn\":\"" + pensionAge + "\"")
                .contains("until adult-1's normal pension age");
    }

    @Test
    void aFalseAllegationIsKeptWhileTheAdultsConsentStandsAndErasedOnceItIsWithdrawn() {
        String consented = LadoCases.concluded(commands, AllegationOutcome.FALSE, "Trennovar");
        String withoutConsent = LadoCases.concluded(commands, AllegationOutcome.FALSE, "Ulbrecht");
        commands.sendAndWait(new RecordRetentionConsentCommand(
                consented, LadoCases.OFFICER, "adult-1", "Brelvanox asked in writing today for it to be kept."));
        assertThat(LadoCases.columnsHolding(jdbc, "Brelvanox"))
                .containsExactly("agency_lado_adult.retention_consent_basis");

        job(today().plusDays(2)).run();

        assertThat(kept(withoutConsent))
                .as("removed the night after its outcome, as before")
                .isFalse();
        assertThat(kept(consented)).as("kept with the adult's consent").isTrue();
        job(today().plusYears(5)).run();
        assertThat(kept(consented))
                .as("kept as an unfounded allegation's record")
                .isTrue();

        commands.sendAndWait(new WithdrawRetentionConsentCommand(
                consented, LadoCases.OFFICER, "adult-1", "Brelvanox wrote today that he withdraws his consent."));
        job(today().plusDays(2)).run();

        assertThat(kept(consented))
                .as("due again once the consent is withdrawn")
                .isFalse();
        assertThat(LadoCases.columnsHolding(jdbc, "Brelvanox")).isEmpty();
        assertThat(LadoCases.columnsHolding(jdbc, "Trennovar")).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT consent_withdrawal_rationale FROM agency_lado_adult WHERE agency_case_id = ?",
                        String.class,
                        consented))
                .isEqualTo(SealedText.ERASED);
        assertThat(jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%AgencyCaseFreeTextErasedEvent'""", String.class, consented)).contains("\"record\":\"LADO_ALLEGATION_FALSE\"");
    }

    private AgencyApi lado() {
        return new AgencyApi(rest, API_LADO);
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private static String problem(ResponseEntity<String> response) {
        return response.getStatusCode().value() + " "
                + AgencyApi.read(response).path("type").asText();
    }

    @Test
    void theLadoRecordsThePensionAgeAndTheConsentThroughTheApiAndBadInputIsRefused() {
        String substantiated = LadoCases.concluded(commands, API_LADO, AllegationOutcome.SUBSTANTIATED, "Api");
        String caseId = substantiated.substring(substantiated.indexOf(':') + 1);
        String path = "/api/agency/referrals/" + caseId;
        LocalDate pensionAge = today().plusYears(20);

        assertThat(problem(lado().call(
                                HttpMethod.POST,
                                path + "/pension-age",
                                body(
                                        "adultRef",
                                        "adult-1",
                                        "pensionAgeOn",
                                        today().minusYears(1).toString()))))
                .endsWith("pension-age-out-of-range")
                .startsWith("422");
        assertThat(problem(lado().call(
                                HttpMethod.POST,
                                path + "/pension-age",
                                body("adultRef", "adult-7", "pensionAgeOn", pensionAge.toString()))))
                .endsWith("unknown-adult");
        assertThat(lado().call(
                                HttpMethod.POST,
                                path + "/pension-age",
                                body("adultRef", "adult-1", "pensionAgeOn", "2051-13-40"))
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
        assertThat(lado().call(
                                HttpMethod.POST,
                                path + "/pension-age",
                                body("adultRef", "adult-1\u0000", "pensionAgeOn", pensionAge.toString()))
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
        assertThat(new AgencyApi(rest, LadoCases.LADO)
                        .call(
                                HttpMethod.POST,
                                path + "/pension-age",
                                body("adultRef", "adult-1", "pensionAgeOn", pensionAge.toString()))
                        .getStatusCode()
                        .value())
                .as("another agency's case is not found")
                .isEqualTo(404);
        assertThat(problem(lado().call(
                                HttpMethod.POST,
                                path + "/retention-consent",
                                body(
                                        "adultRef",
                                        "adult-1",
                                        "rationale",
                                        "He asked for the record to be kept, in writing."))))
                .startsWith("409")
                .endsWith("retention-consent-needs-false-or-malicious-outcome");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND (payload_type LIKE '%PensionAgeRecordedEvent'"
                                + " OR payload_type LIKE '%RetentionConsent%')",
                        Integer.class, substantiated))
                .as("nothing refused was written")
                .isZero();

        assertThat(lado().call(
                                HttpMethod.POST,
                                path + "/pension-age",
                                body("adultRef", "adult-1", "pensionAgeOn", pensionAge.toString()))
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        JsonNode view = lado().get(path).path("lado");
        assertThat(view.path("adults").get(0).path("pensionAgeOn").asText()).isEqualTo(pensionAge.toString());
        assertThat(view.path("keptUntil").asText()).isEqualTo(pensionAge.toString());
        assertThat(view.path("keptWhy").asText()).contains("until adult-1's normal pension age");

        String malicious = LadoCases.concluded(commands, API_LADO, AllegationOutcome.MALICIOUS, "Api");
        String maliciousPath = "/api/agency/referrals/" + malicious.substring(malicious.indexOf(':') + 1);
        assertThat(lado().get(maliciousPath).path("lado").path("keptUntil").asText())
                .isEqualTo(today().toString());
        assertThat(lado().call(
                                HttpMethod.POST,
                                maliciousPath + "/retention-consent",
                                body("adultRef", "adult-1", "rationale", "Bad\u0007 text with a bell in it, refused."))
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
        assertThat(problem(lado().call(
                                HttpMethod.POST,
                                maliciousPath + "/retention-consent",
                                body("adultRef", "adult-1", "rationale", "x".repeat(4001)))))
                .startsWith("400");
        assertThat(problem(lado().call(
                                HttpMethod.POST,
                                maliciousPath + "/retention-consent-withdrawal",
                                body("adultRef", "adult-1", "rationale", "He wrote that he withdraws his consent."))))
                .endsWith("no-retention-consent")
                .startsWith("409");
        Map<String, Object> consent =
                body("adultRef", "adult-1", "rationale", "He asked in writing today for the record to be kept.");
        assertThat(lado().call(HttpMethod.POST, maliciousPath + "/retention-consent", consent)
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertThat(problem(lado().call(HttpMethod.POST, maliciousPath + "/retention-consent", consent)))
                .endsWith("retention-consent-already-recorded")
                .startsWith("409");
        JsonNode consented = lado().get(maliciousPath).path("lado");
        assertThat(consented.path("adults").get(0).path("retentionConsentBasis").asText())
                .isEqualTo("He asked in writing today for the record to be kept.");
        assertThat(consented.path("adults").get(0).path("retentionConsentBy").asText())
                .isEqualTo(API_LADO + ".worker");
        assertThat(consented.path("keptUntil").asText())
                .isEqualTo(today().plusYears(10).toString());
        assertThat(lado().call(
                                HttpMethod.POST,
                                maliciousPath + "/retention-consent-withdrawal",
                                body("adultRef", "adult-1", "rationale", "He wrote that he withdraws his consent."))
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertThat(lado().get(maliciousPath).path("lado").path("keptUntil").asText())
                .isEqualTo(today().toString());
    }

    @Test
    void theLadosPageShowsHowLongTheRecordIsKeptAndRecordsThePensionAgeAndTheConsent() throws Exception {
        String lado = "lado-it-keeping-portal";
        RequestPostProcessor officer = PortalSignIn.as("lado.portal", "AGENCY", lado, "Dee Osei");
        String id = LadoCases.concluded(commands, lado, AllegationOutcome.FALSE, "Portal");
        String page = "/portal/referrals/" + id.substring(id.indexOf(':') + 1);

        assertThat(page(page, officer))
                .contains("Kept until " + day(today()))
                .contains("the LADO&#39;s record of false allegations is removed once concluded")
                .contains("(normal pension age not recorded)")
                .contains("Record an adult's normal pension age", "consent to keep the record");

        String pension = page + "/pension-age";
        assertThat(page(pension, officer)).contains("When do they reach normal pension age?", "Not known");
        assertThat(mvc.perform(post(pension).with(csrf()).with(officer))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("There is a problem", "Select the adult", "Enter the day they reach normal pension age");
        LocalDate before = today().minusYears(2);
        assertThat(mvc.perform(post(pension)
                                .with(csrf())
                                .with(officer)
                                .param("adultRef", "adult-1")
                                .param("pensionAgeOn-day", String.valueOf(before.getDayOfMonth()))
                                .param("pensionAgeOn-month", String.valueOf(before.getMonthValue()))
                                .param("pensionAgeOn-year", String.valueOf(before.getYear())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("There is a problem", "cannot be before the allegation");
        assertThat(mvc.perform(post(pension)
                                .with(csrf())
                                .with(officer)
                                .param("adultRef", "adult-1")
                                .param("notKnown", "yes"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(page);
        assertThat(page(page, officer)).contains("(normal pension age not known)");

        String consent = page + "/retention-consent";
        assertThat(mvc.perform(post(consent)
                                .with(csrf())
                                .with(officer)
                                .param("adultRef", "adult-1")
                                .param("act", "WITHDRAWN")
                                .param("rationale", "He wrote that he withdraws his consent."))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("There is a problem", "has no consent to keep the record to withdraw");
        assertThat(mvc.perform(post(consent)
                                .with(csrf())
                                .with(officer)
                                .param("adultRef", "adult-1")
                                .param("act", "GIVEN")
                                .param("rationale", "He asked in writing today for the record to be kept."))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(page);
        assertThat(page(page, officer))
                .contains("Kept until " + day(today().plusYears(10)))
                .contains("kept with the consent of adult-1")
                .contains("Consented to the record being kept", "He asked in writing today for the record to be kept.");

        commands.sendAndWait(new WithdrawRetentionConsentCommand(
                id, LadoCases.officer(lado), "adult-1", "He wrote today that he withdraws his consent."));
        job(today().plusDays(2)).run();
        assertThat(page(page, officer))
                .contains("Personal details erased", "(normal pension age erased)", "Consent withdrawn")
                .doesNotContain("Kept until", "He wrote today", "Record an adult's normal pension age");
        JsonNode erased = new AgencyApi(rest, lado)
                .get("/api/agency/referrals/" + id.substring(id.indexOf(':') + 1))
                .path("lado");
        assertThat(erased.path("keptUntil").isNull() || erased.path("keptUntil").isMissingNode())
                .as("no retention date once erased")
                .isTrue();
        assertThat(erased.path("freeTextErasedAt").isTextual()).isTrue();
    }

    private String page(String path, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(path).with(user)).andReturn().getResponse().getContentAsString();
    }

    private static String day(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }
}
