package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.events.police.OutcomeAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.school.CaseReferencedEvent;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.notification.agency.AgencyKind;
import org.casebridge.notification.agency.Involvement;
import org.casebridge.notification.agency.Share;
import org.casebridge.notification.delivery.outbox.DeliveryStatus;
import org.casebridge.notification.referral.command.Section47Outcome;
import org.casebridge.notification.report.PartnershipMeasure;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.CaseScope;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.SubscriptionStatus;
import org.casebridge.platform.test.PortalSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Every page of the agency portal names cases, schools, areas and agencies, and says codes in words (ADR 0052): the
 * text a person sees (the page without its tags, so not the values a form posts or the links) holds no enum constant
 * of the service or of the police codes that reach it, no agency id, no case id and no machine timestamp. The agency
 * has a shared case of Hollybank Academy (URN 103456), referred to it, with section 47 enquiries, their outcome, a
 * police outcome and a strategy action; the auditor's pages are walked as well.
 */
@NotificationIntegrationTest
@AutoConfigureMockMvc
class AgencyPagesInWordsIT {

    private static final String AGENCY = "csc-words-owner";
    private static final String AGENCY_NAME = "Northumberland Children's Services (test)";
    private static final String AREA = "E06000057";
    private static final String SCHOOL = "Hollybank Academy";
    private static final String REFERENCE = "HBA-2026-0007";

    /** The service's enum constants and the police's codes that reach it, as whole words. */
    private static final Pattern CODES = Pattern.compile("\\b("
            + Stream.of(
                            Stream.of(
                                            Section47Outcome.values(),
                                            StrategyActionType.values(),
                                            AgencyKind.values(),
                                            Involvement.values(),
                                            Share.values(),
                                            Article6Basis.values(),
                                            CaseScope.values(),
                                            ChannelType.values(),
                                            SubscriptionStatus.values(),
                                            DeliveryStatus.values(),
                                            PartnershipMeasure.values(),
                                            Schedule1Condition.values())
                                    .flatMap(Arrays::stream)
                                    .map(Enum::name),
                            Stream.of("OUTCOME_21", "OUTCOME_22", "SCHOOL", "POLICE_FORCE", "CHILDRENS_SOCIAL_CARE"))
                    .flatMap(codes -> codes)
                    // "LADO" and "MASH" are how people name those teams ("Refer to the LADO").
                    .filter(code -> !code.equals("LADO") && !code.equals("MASH"))
                    .distinct()
                    .collect(Collectors.joining("|"))
            + ")\\b");

    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern MACHINE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    private static final BusRecords bus = new BusRecords();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TestRestTemplate rest;

    @AfterAll
    static void close() {
        bus.close();
    }

    @Test
    void noAgencyPageShowsACodeAnAgencyIdOrTheCaseId() throws Exception {
        RequestPostProcessor worker = PortalSignIn.as("sw.words", "AGENCY", AGENCY, "Sam Adeyemi");
        RequestPostProcessor auditor = PortalSignIn.as("ig.words", "AUDITOR", "casebridge-ig", "I. G. Officer");
        AgencyApi api = new AgencyApi(rest, "sw.words", "AGENCY", AGENCY);
        String subscriptionId = api.subscribe(
                        List.of(
                                IntegrationEventTypes.typeOf(ReferralMadeEvent.class),
                                IntegrationEventTypes.typeOf(OutcomeAssignedEvent.class)),
                        List.of(AREA),
                        "ALL_IN_AREA",
                        Map.of("type", "KAFKA"))
                .at("/subscription/subscriptionId")
                .asText();
        String caseId = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        bus.publish(new ReferralMadeEvent(
                caseId,
                "103456",
                AREA,
                "WMP",
                List.of("CHILDRENS_SOCIAL_CARE", "POLICE"),
                List.of("COERCION_OR_GROOMING_OR_CAPACITY"),
                List.of(new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED"))),
                now));
        bus.publish(new CaseReferencedEvent(
                caseId, "103456", AREA, "WMP", List.of("CHILDRENS_SOCIAL_CARE", "POLICE"), REFERENCE, now));
        bus.publish(new StrategyActionAssignedEventV2(
                caseId,
                "WMP",
                "meeting-words",
                "action-words",
                StrategyActionType.SAFETY_PLAN.name(),
                "CHILDRENS_SOCIAL_CARE",
                AGENCY,
                now.plus(Duration.ofDays(3)),
                now));
        bus.publish(new OutcomeAssignedEvent(caseId, "WMP", "OUTCOME_21", "21", now.plusSeconds(60)));
        String referral = "/portal/referrals/" + caseId;
        await().atMost(Duration.ofSeconds(40))
                .untilAsserted(() ->
                        assertThat(page(get(referral), worker)).contains("Put a safety plan in place for the child"));
        await().atMost(Duration.ofSeconds(40))
                .ignoreExceptions()
                .until(() ->
                        api.get("/api/agency/cases/" + caseId).at("/shares").size() == 2);
        await().atMost(Duration.ofSeconds(40))
                .untilAsserted(
                        () -> assertThat(page(get("/portal/cases"), worker)).contains(REFERENCE));

        assertInWords("the referral before its acknowledgement", page(get(referral), worker), caseId);
        mvc.perform(post(referral + "/acknowledgement").with(csrf()).with(worker));
        mvc.perform(post(referral + "/section-47-enquiries").with(csrf()).with(worker));
        String choosing = page(get(referral), worker);
        assertInWords("the referral asking for the outcome of section 47", choosing, caseId);
        assertThat(shown(choosing))
                .contains("What did the enquiries conclude?", "The child is in need: support under section 17");
        mvc.perform(post(referral + "/section-47-outcome")
                .with(csrf())
                .with(worker)
                .param("outcome", Section47Outcome.CHILD_IN_NEED_SUPPORT.name()));
        MvcResult completed = mvc.perform(post(referral + "/actions/action-words/completion")
                        .with(csrf())
                        .with(worker))
                .andReturn();

        String subscription = "/portal/subscriptions/" + subscriptionId;
        List<String> pages = List.of(
                "/portal/subscriptions",
                "/portal/subscriptions/new",
                subscription,
                subscription + "/filters",
                subscription + "/replay",
                subscription + "/dead-letters",
                "/portal/deliveries",
                "/portal/deliveries?caseId=" + caseId,
                "/portal/deliveries?subscriptionId=" + subscriptionId,
                "/portal/cases",
                "/portal/cases/" + caseId,
                "/portal/referrals",
                referral);
        for (String path : pages) {
            assertInWords(path, page(get(path), worker), caseId);
        }
        assertInWords(
                "the page after completing the action",
                mvc.perform(get(referral).with(worker).flashAttrs(completed.getFlashMap()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                caseId);
        for (String path : List.of(
                "/portal/subscriptions", subscription, "/portal/deliveries", "/portal/cases", "/portal/referrals")) {
            assertInWords("the auditor's " + path, page(get(path), auditor), caseId);
        }
        for (String path : List.of("/portal/cases/" + caseId, referral)) {
            assertInWords("the auditor's " + path, page(get(path), auditor), caseId);
        }

        RequestPostProcessor partnership = PortalSignIn.as("lscp.words", "PARTNERSHIP", "lscp-hackney", "Pat Lee");
        String report = page(get("/portal/reports/partnership?area=E09000012"), partnership);
        assertInWords("the partnership report", report, caseId);
        assertThat(shown(report)).contains("Partnership report for Hackney", "Hackney (E09000012)");

        assertThat(shown(page(get(subscription), worker)))
                .as("who created the subscription, by name to their own agency (ADR 0068)")
                .contains(" by Sam Adeyemi");
        assertThat(shown(page(get(subscription), auditor)))
                .as("and by role to another organisation")
                .contains(" by the agency")
                .doesNotContain("Sam Adeyemi");
        assertThat(shown(page(get(referral), worker)))
                .contains(
                        "Referral from " + SCHOOL,
                        REFERENCE + ", " + SCHOOL + ", referred ",
                        "Outcome: The child is in need: support under section 17",
                        "Put a safety plan in place for the child");
        assertThat(shown(page(get("/portal/cases/" + caseId), worker)))
                .contains(SCHOOL, AGENCY_NAME, "West Midlands Police", "Outcome assigned (police)");
        assertThat(shown(page(get("/portal/cases"), worker))).contains(REFERENCE + ", " + SCHOOL + ", referred ");
        assertThat(shown(page(get("/portal/referrals"), auditor))).contains(AGENCY_NAME);
        assertThat(shown(mvc.perform(get(referral).with(worker).flashAttrs(completed.getFlashMap()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()))
                .contains("Action completed: Put a safety plan in place for the child");
        assertThat(api.get("/api/agency/referrals/" + caseId).at("/schoolName").asText())
                .isEqualTo(SCHOOL);
        assertThat(api.get("/api/agency/referrals/" + caseId)
                        .at("/section47OutcomeWords")
                        .asText())
                .isEqualTo("The child is in need: support under section 17");
        assertThat(api.get("/api/agency/cases/" + caseId).at("/agencyNames/0").asText())
                .isEqualTo(AGENCY_NAME);
        assertThat(api.call(HttpMethod.GET, "/api/agency/cases", null).getBody())
                .contains(
                        "\"schoolName\":\"" + SCHOOL + "\"",
                        "\"agencyName\":\"" + AGENCY_NAME + "\"",
                        "\"caseReference\":\"" + REFERENCE + "\"");
        assertThat(api.get("/api/agency/cases/" + caseId).at("/caseReference").asText())
                .isEqualTo(REFERENCE);
    }

    @Test
    void theCheckCatchesACodeAnIdOrAMachineTime() {
        assertThat(codesIn(shown("<p>Outcome: CHILD_IN_NEED_SUPPORT</p><input value=\"PUBLIC_TASK\">")))
                .containsExactly("CHILD_IN_NEED_SUPPORT");
        assertThat(codesIn(shown("<p>Refer to the LADO; Hackney MASH</p>"))).isEmpty();
        assertThat(MACHINE_TIME.matcher("Due 2026-12-03T10:00:00Z").find()).isTrue();
    }

    private void assertInWords(String page, String html, String caseId) {
        // The agency's Kafka topic is an address its system reads from, like a webhook's URL, and is named by its id.
        String shown = shown(html).replace("casebridge.agency." + AGENCY + ".events", "");
        assertThat(codesIn(shown)).as("codes shown on " + page).isEmpty();
        assertThat(shown).as("ids shown on " + page).doesNotContain(caseId, AGENCY, "sw.words");
        assertThat(MACHINE_TIME.matcher(shown).find())
                .as("a machine timestamp on " + page)
                .isFalse();
    }

    private String page(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
        MvcResult result = mvc.perform(request.with(user)).andReturn();
        assertThat(result.getResponse().getStatus()).as(request.toString()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private static String shown(String html) {
        return HtmlUtils.htmlUnescape(TAGS.matcher(html).replaceAll(" "));
    }

    private static List<String> codesIn(String text) {
        Matcher matcher = CODES.matcher(text);
        return matcher.results().map(result -> result.group(1)).toList();
    }
}
