package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.deploy.JourneySteps.PROPAGATION;
import static org.casebridge.deploy.JourneySteps.awaitDetail;
import static org.casebridge.deploy.JourneySteps.initialReview;
import static org.casebridge.deploy.JourneySteps.noContent;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The LADO route (KCSIE Part 4, ADR 0055) through the real case-service, police-liaison-service and
 * notification-service jars on the real Kafka broker of the shared stack: Clapton Park Academy's DSL records an adult in
 * a position of trust (which meets "an adult is involved", so the police hear of it by the ordinary referral), refers
 * the case to the LADO, and the East London LADO service, the LADO of Hackney in the agency directory, receives it,
 * acknowledges it, records the allegation management meeting and the outcome; the school sees each step on its case.
 */
@Order(2)
@ExtendWith(WholeStack.class)
class LadoRouteIT {

    /** Clapton Park Academy (demo school): Hackney E09000012, Metropolitan Police; its LADO is lado-east-london. */
    private static final String SCHOOL_URN = "100001";

    private static final String CONCERN = "child-1 says a supply teacher asked her for the image by message.";
    private static final String DECISION = "The police investigate first; the supply agency withdraws the teacher.";

    @Test
    void theSchoolRefersToTheAreasLadoAndSeesTheMeetingAndTheOutcome(LocalStack stack) {
        ActorClient school = ActorClient.of(stack, Service.CASE, "school-" + SCHOOL_URN);
        ActorClient officer = ActorClient.of(stack, Service.POLICE_LIAISON, "mps-liaison");
        ActorClient lado = ActorClient.of(stack, Service.NOTIFICATION, "agency-lado-east-london");

        ActorClient.Reply reported = school.post("/api/cases", REPORT);
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String caseId = reported.json().get("caseId").asText();
        String onCase = "/api/cases/" + caseId;
        noContent(school.post(onCase + "/adults", """
                {"role": "SUPPLY_STAFF", "employer": "SUPPLY_AGENCY", "rationale": "%s"}""".formatted(CONCERN)));
        ActorClient.Reply denied = school.post(onCase + "/initial-review", initialReview("Seen separately"));
        assertThat(denied.status()).as("the adult recorded meets the criterion").isEqualTo(422);
        noContent(school.post(onCase + "/initial-review", initialReview("Seen separately", "ADULT_INVOLVED")));
        noContent(school.post(onCase + "/referral", """
                {"referredTo": ["POLICE"], "reasons": "An adult in a position of trust is involved."}"""));
        await("the referral with the adult involved in the MPS inbox")
                .atMost(PROPAGATION)
                .ignoreExceptions()
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(officer.get("/api/escalations/" + caseId)
                                .json()
                                .get("criteriaMet")
                                .toString())
                        .contains("ADULT_INVOLVED"));

        noContent(school.post(onCase + "/lado-referral", """
                {"rationale": "Allegation against a supply teacher; the agency has been told."}"""));
        String referral = "/api/agency/referrals/" + caseId;
        JsonNode received = awaitDetail(
                "the referral in the LADO's list",
                lado,
                referral,
                detail -> assertThat(detail.path("lado").path("adults").toString())
                        .contains("adult-1", "SUPPLY_STAFF"));
        assertThat(received.toString()).doesNotContain(CONCERN, "Amira", "Hussain");

        noContent(lado.post(referral + "/lado-acknowledgement", "{}"));
        noContent(lado.post(
                referral + "/allegation-meeting", """
                {"heldOn": "%s", "attendees": [{"role": "LADO", "organisation": "East London LADO service"},
                 {"role": "HEADTEACHER", "organisation": "Clapton Park Academy"}], "rationale": "%s"}""".formatted(LocalDate.now(ZoneId.of("Europe/London")), DECISION)));
        noContent(lado.post(referral + "/allegation-outcome", """
                {"outcome": "UNSUBSTANTIATED", "rationale": "Not enough evidence either way."}"""));

        JsonNode steps = awaitDetail(
                "the LADO's steps on the school's case",
                school,
                onCase,
                detail -> assertThat(detail.path("lado")
                                .path("ladoSteps")
                                .path(0)
                                .path("outcome")
                                .asText())
                        .isEqualTo("UNSUBSTANTIATED"));
        assertThat(steps.get("lado").get("ladoSteps").get(0).get("agencyId").asText())
                .isEqualTo("lado-east-london");
        assertThat(steps.get("lado").get("referralOverdue").asBoolean()).isFalse();
        ActorClient.Reply timeline = school.get(onCase + "/timeline");
        assertThat(timeline.body())
                .contains("The LADO acknowledged the referral", "with the LADO and the headteacher")
                .doesNotContain(DECISION, "East London LADO service");
    }

    private static final String REPORT = """
            {"howCameToLight": "DISCLOSURE_BY_CHILD_INVOLVED", "cameToLightAt": "2026-01-10T08:40:00Z",
             "imagery": ["SEMI_NUDE"], "platforms": ["Snapchat"], "spread": "ONE_RECIPIENT",
             "mayHaveReachedInternet": false, "onSchoolDeviceOrNetwork": false,
             "children": [
               {"ref": "child-1", "age": 14, "yearGroup": "Year 9", "roles": ["PICTURED"],
                "personalDetails": {"givenName": "Amira", "familyName": "Hussain", "dateOfBirth": "2012-03-14"}}
             ],
             "summary": "child-1 told her tutor that a supply teacher asked for a picture"}
            """;
}
