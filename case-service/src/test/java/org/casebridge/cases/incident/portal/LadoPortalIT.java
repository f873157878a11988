package org.casebridge.cases.incident.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.cases.CaseIntegrationTest;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.LadoUpdateKind;
import org.casebridge.cases.incident.api.RecordLadoNotRoutedCommand;
import org.casebridge.cases.incident.api.RecordLadoUpdateCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/**
 * The DSL's pages of the LADO route (ADR 0055): recording an adult in a position of trust (role and employer, never a
 * name; the error summary in words), the case page's LADO task and section, referring to the LADO, a second referral
 * refused in words, the case list's filter; another school gets "Page not found", an auditor "You cannot do this", and
 * each page that shows the case is in the access log.
 */
@CaseIntegrationTest
@AutoConfigureMockMvc
class LadoPortalIT extends CasePortalSteps {

    private static final String CONCERN = "child-1 says a supply teacher asked her for the image by message.";
    private static final String TOLD = "Allegation against a supply teacher; the agency has been told today.";
    private static final String LADO = "lado-east-london";

    @Autowired
    CommandGateway commands;

    @Test
    void theDslRecordsTheAdultAndRefersToTheLadoWithinOneWorkingDay() throws Exception {
        var me = dsl("dsl.lado." + UUID.randomUUID());
        String caseId = reportedCase(me);
        String base = "/portal/cases/" + caseId;
        assertThat(page(get(base).with(me)))
                .contains(base + "/adults", "Record an adult in a position of trust who is or may be involved")
                .doesNotContain("Adults in a position of trust and the LADO");
        assertThat(page(get(base + "/adults").with(me)))
                .contains(
                        "<h1 class=\"govuk-heading-l\">Record an adult in a position of trust</h1>",
                        "Do not give the adult's name",
                        "Supply staff",
                        "A supply or employment agency",
                        "data-autosave=\"adult-" + caseId + "\"")
                .doesNotContain("SUPPLY_STAFF<");
        assertThat(page(post(base + "/adults").with(me).with(csrf()).param("reason", "short")))
                .contains(
                        "<title>Error: Record an adult in a position of trust",
                        "href=\"#role\"",
                        "Select the adult&#39;s role",
                        "href=\"#employer\"");
        assertThat(page(post(base + "/adults")
                        .with(me)
                        .with(csrf())
                        .param("role", "SUPPLY_STAFF")
                        .param("employer", "SUPPLY_AGENCY")
                        .param("reason", "short")))
                .contains("There is a problem", "rationale of at least 20 characters");
        saved(
                base + "/adults",
                me,
                Map.of("role", "SUPPLY_STAFF", "employer", "SUPPLY_AGENCY", "reason", CONCERN),
                "The adult in a position of trust is recorded");
        assertThat(page(get(base).with(me)))
                .contains(
                        "Refer to the LADO",
                        "An adult in a position of trust is involved: due by",
                        "Adults in a position of trust and the LADO",
                        "Supply staff",
                        "A supply or employment agency",
                        "An adult in a position of trust is or may be involved: adult-1, supply staff")
                .doesNotContain("SUPPLY_STAFF<", "SUPPLY_AGENCY<");

        assertThat(page(post(base + "/closure")
                        .with(me)
                        .with(csrf())
                        .param("outcomeSummary", "Support in place for child-1; nothing more for the school to do.")))
                .as("the close is refused while the LADO referral is pending (ADR 0065)")
                .contains(
                        "<title>Error: Close the case",
                        "href=\"#outcomeSummary\"",
                        "cannot be closed while adult-1 waits for the referral to the LADO");
        assertThat(page(get(base + "/lado-referral").with(me)))
                .contains(
                        "Refer the case to the LADO",
                        "adult-1: Supply staff, employed by a supply or employment agency");
        assertThat(page(post(base + "/lado-referral").with(me).with(csrf())))
                .contains("href=\"#reason\"", "Enter what you tell the LADO about the concern");
        saved(base + "/lado-referral", me, Map.of("reason", TOLD), "The case is referred to the LADO");
        assertThat(page(get(base).with(me))).contains("Referred</strong> to the LADO on", "Referred to the LADO of ");
        assertThat(page(get(base + "/lado-referral").with(me))).contains("id=\"nothing-to-refer\"");
        saved(
                base + "/lado-referral",
                me,
                Map.of("reason", TOLD),
                "Every adult recorded was already referred to the LADO");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%CaseReferredToLadoEvent'",
                        Integer.class, caseId))
                .as("a second click refers nobody again (ADR 0090)")
                .isEqualTo(1);
        assertThat(page(get("/portal/cases?filter=LADO_REFERRAL_OVERDUE").with(me)))
                .contains("LADO referral overdue")
                .doesNotContain(base);
        assertThat(jdbc.queryForList(
                        "SELECT path FROM access_log WHERE case_id = ? AND what = 'case'", String.class, caseId))
                .contains(base + "/adults", base + "/lado-referral");
    }

    /**
     * What the LADO route's messages from notification-service put on the case page (ADR 0065): the LADO's overdue
     * acknowledgement, and a referral that reached no LADO with what the DSL must do. The messages are sent as the
     * agency listener sends them; {@code LadoRouteIT} takes them off the topic.
     */
    @Test
    void theCasePageSaysWhenTheLadoIsLateAndWhenNoLadoReceivedTheReferral() throws Exception {
        var me = dsl("dsl.lado.late." + UUID.randomUUID());
        String caseId = referredToLado(me, "STAFF", "THIS_SCHOOL");
        String base = "/portal/cases/" + caseId;
        Instant now = Instant.now();
        ladoSays(caseId, "lado-received-", LadoUpdateKind.REFERRAL_RECEIVED, now);
        ladoSays(caseId, "lado-overdue-", LadoUpdateKind.ACKNOWLEDGEMENT_OVERDUE, now);
        assertThat(await().atMost(Duration.ofSeconds(30))
                        .until(() -> page(get(base).with(me)), html -> html.contains("has not acknowledged")))
                .contains(
                        "<strong class=\"govuk-tag govuk-tag--red\">Overdue</strong> the LADO has not acknowledged it"
                                + " within one working day",
                        "The LADO: acknowledgement overdue",
                        "the agency (East London LADO service (demo))")
                .doesNotContain("id=\"lado-not-routed\"", "agency:lado-east-london", "(lado-east-london)");

        var other = dsl("dsl.lado.unrouted." + UUID.randomUUID());
        String unroutedCase = referredToLado(other, "VOLUNTEER", "OTHER_ORGANISATION");
        String unroutedBase = "/portal/cases/" + unroutedCase;
        commands.sendAndWait(new RecordLadoNotRoutedCommand(
                CaseId.of(unroutedCase), "lado-unrouted-" + unroutedCase, "E08000025", now));
        assertThat(await().atMost(Duration.ofSeconds(30))
                        .until(() -> page(get(unroutedBase).with(other)), html -> html.contains("lado-not-routed")))
                .contains(
                        "No LADO receives this referral",
                        "E08000025",
                        "Telephone your local authority's LADO today",
                        "The referral to the LADO reached no LADO");
    }

    @Test
    void anotherSchoolGetsPageNotFoundAndAnAuditorCannotRecordOrRefer() throws Exception {
        var me = dsl("dsl.lado.scope." + UUID.randomUUID());
        String caseId = reportedCase(me);
        String base = "/portal/cases/" + caseId;
        othersAreRefused(
                base,
                Map.of(
                        "/adults", Map.of("role", "STAFF", "employer", "THIS_SCHOOL", "reason", CONCERN),
                        "/lado-referral", Map.of("reason", TOLD)),
                Set.of());
        assertThat(storedEvents(caseId)).isEqualTo(1);
    }

    /** Reports a case as this DSL, records an adult of this role and employer, refers it to the LADO; its id. */
    private String referredToLado(OidcLoginRequestPostProcessor me, String role, String employer) throws Exception {
        String caseId = reportedCase(me);
        String base = "/portal/cases/" + caseId;
        saved(
                base + "/adults",
                me,
                Map.of("role", role, "employer", employer, "reason", CONCERN),
                "The adult in a position of trust is recorded");
        saved(base + "/lado-referral", me, Map.of("reason", TOLD), "The case is referred to the LADO");
        return caseId;
    }

    /** What the LADO's message of this kind records on the case, as the agency listener sends it. */
    private void ladoSays(String caseId, String messagePrefix, LadoUpdateKind kind, Instant at) {
        commands.sendAndWait(new RecordLadoUpdateCommand(
                CaseId.of(caseId), messagePrefix + caseId, LADO, kind, at, null, List.of(), null, false));
    }
}
