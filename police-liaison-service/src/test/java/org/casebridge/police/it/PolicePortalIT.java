package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.casebridge.events.school.CaseReferencedEvent;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.PortalSignIn;
import org.casebridge.police.escalation.query.EscalationViews.EscalationDetailView;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The officer's and supervisor's portal pages on the real service: signed in as the identity provider's ID token
 * would sign them in, each page renders in the GOV.UK layout, forms show an error summary linked to their fields,
 * and a submitted form sends the same command as the API (checked through the query side).
 */
@PoliceIntegrationTest
@AutoConfigureMockMvc
class PolicePortalIT extends PolicePortalSteps {

    static final Actor OFFICER = new Actor("officer.wmp", Actor.Role.POLICE_LIAISON, FORCE);
    static final Actor SUPERVISOR = new Actor("supervisor.wmp", Actor.Role.POLICE_SUPERVISOR, FORCE);

    static OidcLoginRequestPostProcessor as(Actor actor) {
        return PortalSignIn.as(actor.id(), actor.role().name(), actor.organisation(), nameOf(actor));
    }

    /** The display names the identity provider gives; pages show them instead of the user ids (ADR 0068). */
    static String nameOf(Actor actor) {
        return actor.id().equals(OFFICER.id()) ? "PC Ali Khan" : "Sgt Rhea Patel";
    }

    String referral(String force, List<String> criteria) throws Exception {
        return received(SchoolReferral.to(force)
                .criteria(criteria)
                .referredAt(Instant.now().minusSeconds(7200)));
    }

    String page(Actor actor, String path) throws Exception {
        return mvc.perform(get(path).with(as(actor)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    MockHttpServletRequestBuilder form(Actor actor, String path) {
        return post(path).with(as(actor)).with(csrf());
    }

    EscalationDetailView detail(String caseId) {
        return queries.detail(caseId, OFFICER);
    }

    @Test
    void theInboxListsTheForcesEscalationsAndItsTableRefreshesOnItsOwn() throws Exception {
        String caseId = referral(FORCE, List.of("IMMEDIATE_RISK_OF_HARM"));

        String inbox = page(OFFICER, "/portal/escalations?sort=due");
        assertThat(inbox)
                .contains(
                        "<h1 class=\"govuk-heading-l\">Escalations</h1>",
                        caseId.substring(0, 8),
                        "Immediate risk of harm",
                        "aria-sort=\"ascending\"",
                        "hx-get=",
                        "govuk-exit-this-page",
                        "(<span>West Midlands Police</span>)");

        String table = mvc.perform(get("/portal/escalations/table")
                        .param("status", "new")
                        .param("sort", "oldest")
                        .header("HX-Request", "true")
                        .with(as(OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(table)
                .startsWith("<div id=\"inbox-table\"")
                .contains(caseId.substring(0, 8))
                .doesNotContain("govuk-header");

        assertThat(page(new Actor("pc-mps", Actor.Role.POLICE_LIAISON, "MPS"), "/portal/escalations"))
                .doesNotContain(caseId.substring(0, 8));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE actor_id = ? AND what = 'escalation-inbox'",
                        Integer.class,
                        OFFICER.id()))
                .isPositive();
    }

    @Test
    void theInboxTableIsHeldUntilTheForcesInboxChangesAndAnUnchangedOneIsNotModified() throws Exception {
        referral(FORCE, List.of());
        MockHttpServletResponse first = table(null, null);
        String tag = first.getHeader("ETag");
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString()).contains("data-live-refresh=", tag.substring(1, tag.length() - 1));
        int reads = inboxReads();

        MockHttpServletResponse unchanged = table(tag, "wait=1");
        assertThat(unchanged.getStatus()).isEqualTo(304);
        assertThat(unchanged.getContentAsString()).isEmpty();
        assertThat(unchanged.getHeader("Preference-Applied")).isEqualTo("wait=1");
        assertThat(inboxReads()).isEqualTo(reads);

        CompletableFuture<MockHttpServletResponse> held = CompletableFuture.supplyAsync(() -> table(tag, "wait=20"));
        String caseId = referral(FORCE, List.of());
        MockHttpServletResponse changed = held.get(60, TimeUnit.SECONDS);
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getContentAsString())
                .contains(caseId.substring(0, 8))
                .doesNotContain(tag);
        assertThat(changed.getHeader("Preference-Applied")).isEqualTo("wait=20");
        assertThat(inboxReads()).isEqualTo(reads + 1);
    }

    private MockHttpServletResponse table(@Nullable String tag, @Nullable String prefer) {
        return conditional(OFFICER, "/portal/escalations/table?status=new&sort=newest", tag, prefer);
    }

    /** A part of a page read as the page that keeps it current reads it: its tag, and how long it would wait. */
    private MockHttpServletResponse conditional(
            Actor actor, String path, @Nullable String tag, @Nullable String prefer) {
        MockHttpServletRequestBuilder request = get(path)
                .header("HX-Request", "true")
                .header("X-Casebridge-Background", "refresh")
                .with(as(actor));
        if (tag != null) {
            request.header("If-None-Match", tag);
        }
        if (prefer != null) {
            request.header("Prefer", prefer);
        }
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int inboxReads() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM access_log WHERE actor_id = ? AND what = 'escalation-inbox'",
                Integer.class,
                OFFICER.id());
    }

    @Test
    void theOfficerNamesTheCaseByTheSchoolsReferenceOnceItArrives() throws Exception {
        String caseId = referral(FORCE, List.of("IMMEDIATE_RISK_OF_HARM"));
        assertThat(page(OFFICER, "/portal/escalations/" + caseId)).contains("Escalation " + caseId.substring(0, 8));

        CaseReferencedEvent referenced = new CaseReferencedEvent(
                caseId, "137001", "E08000025", FORCE, List.of("POLICE"), "CPA-2026-0042", Instant.now());
        for (int delivery = 0; delivery < 2; delivery++) {
            SchoolReferral.send(kafka, referenced);
        }
        await().atMost(WAIT).until(() -> "CPA-2026-0042".equals(detail(caseId).caseReference()));

        assertThat(page(OFFICER, "/portal/escalations?sort=due")).contains("CPA-2026-0042");
        assertThat(page(OFFICER, "/portal/escalations/" + caseId))
                .contains("Escalation CPA-2026-0042")
                .doesNotContain("Escalation " + caseId.substring(0, 8));
        assertThat(mvc.perform(get("/api/escalations/" + caseId).with(as(OFFICER)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("\"caseReference\":\"CPA-2026-0042\"");
        await().during(Duration.ofMillis(500))
                .atMost(WAIT)
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?",
                                Integer.class,
                                caseId,
                                "%CaseReferenceLearnedEvent")
                        == 1);
    }

    @Test
    void theOfficerAcceptsRecordsTheCrimeAndProposesOutcome21AndAnotherSupervisorSignsItOff() throws Exception {
        String caseId = referral(FORCE, List.of());
        String base = "/portal/escalations/" + caseId;

        assertThat(page(OFFICER, base)).contains("Accept the escalation", "child-1", "Referred by the school");
        String flash = mvc.perform(form(OFFICER, base + "/acceptance"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("success")
                .toString();
        await().atMost(WAIT).until(() -> "ACCEPTED".equals(detail(caseId).status()));
        assertThat(mvc.perform(get(base).with(as(OFFICER)).flashAttr("success", flash))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("You accepted the escalation", "Accepted by PC Ali Khan", "Record the crime")
                .doesNotContain("officer.wmp");

        assertThat(page(OFFICER, base + "/crime")).contains("Record the crime", "20/123456/26", "role-child-2");
        mvc.perform(form(OFFICER, base + "/crime")
                        .param("classification", "86/02")
                        .param("crimeReference", String.format("20/%06d/26", (int) (Math.random() * 1_000_000)))
                        .param("role-child-1", "VICTIM")
                        .param("role-child-2", "PERSON_INVOLVED"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(OFFICER, base + "/aggravating-factors").param("found", "no"))
                .andExpect(status().is3xxRedirection());
        await().atMost(WAIT)
                .until(() ->
                        detail(caseId).assessment() != null && detail(caseId).crime() != null);

        assertThat(page(OFFICER, base + "/outcome-proposal")).contains("Outcome 21", "data-autosave=\"outcome-");
        mvc.perform(form(OFFICER, base + "/outcome-proposal")
                        .param("outcome", "OUTCOME_21")
                        .param("rationale", "Consensual exchange between peers; not in the public interest"))
                .andExpect(status().is3xxRedirection());
        await().atMost(WAIT).until(() -> detail(caseId).outcome() != null);

        Actor officerAsSupervisor = new Actor(OFFICER.id(), Actor.Role.POLICE_SUPERVISOR, FORCE);
        String selfSignOff = mvc.perform(
                        form(officerAsSupervisor, base + "/outcome-decision").param("decision", "sign-off"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(selfSignOff).contains("There is a problem", "href=\"#decision\"", "cannot also decide on it");

        assertThat(page(SUPERVISOR, "/portal/sign-off"))
                .contains(caseId.substring(0, 8), "Decide", "PC Ali Khan, ")
                .doesNotContain(OFFICER.id());
        assertThat(page(SUPERVISOR, base + "/outcome-decision")).contains("Consensual exchange between peers");
        MockHttpServletResponse queue = conditional(SUPERVISOR, "/portal/sign-off/table", null, null);
        String queueTag = queue.getHeader("ETag");
        assertThat(queue.getContentAsString()).contains(caseId.substring(0, 8), "data-live-refresh=");
        CompletableFuture<MockHttpServletResponse> heldQueue = CompletableFuture.supplyAsync(
                () -> conditional(SUPERVISOR, "/portal/sign-off/table", queueTag, "wait=20"));
        mvc.perform(form(SUPERVISOR, base + "/outcome-decision").param("decision", "sign-off"))
                .andExpect(status().is3xxRedirection());
        MockHttpServletResponse signedOff = heldQueue.get(60, TimeUnit.SECONDS);
        assertThat(signedOff.getStatus()).isEqualTo(200);
        assertThat(signedOff.getContentAsString()).doesNotContain(caseId.substring(0, 8));
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(detail(caseId).outcome().status()).isEqualTo("ASSIGNED");
            assertThat(detail(caseId).outcome().signedOffBy()).isEqualTo(SUPERVISOR.id());
            assertThat(detail(caseId).acceptedBy()).isEqualTo(OFFICER.id());
        });
        assertThat(page(OFFICER, base))
                .contains(
                        "Outcome signed off and assigned: Outcome 21: further investigation not in the public interest",
                        "Assigned",
                        "Record the disclosure statement",
                        " by Sgt Rhea Patel")
                .doesNotContain("assigned: OUTCOME_21", OFFICER.id(), SUPERVISOR.id());

        assertThat(page(OFFICER, base + "/disclosure-statement"))
                .contains(
                        "Record the disclosure statement",
                        "data-autosave=\"disclosure-" + caseId + "\"",
                        "givenAt-day",
                        "Parents or carers");
        String missing = mvc.perform(form(OFFICER, base + "/disclosure-statement")
                        .param("statementVersion", "NPCC-2016-outcome-21-v1")
                        .param("givenAt-day", "31")
                        .param("givenAt-month", "2")
                        .param("givenAt-year", "2026")
                        .param("givenAt-time", "10:00"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(missing)
                .contains(
                        "<title>Error: Record the disclosure statement",
                        "There is a problem",
                        "href=\"#givenTo\"",
                        "Select who was given the disclosure statement",
                        "href=\"#givenAt-day\"");
        assertThat(page(OFFICER, base + "/disclosure-statement")).contains("NPCC-2016-outcome-21-v1");

        Actor mps = new Actor("officer.mps", Actor.Role.POLICE_LIAISON, "MPS");
        mvc.perform(get(base + "/disclosure-statement").with(as(mps))).andExpect(status().isNotFound());
        mvc.perform(form(mps, base + "/disclosure-statement")
                        .param("givenTo", "SCHOOL")
                        .param("statementVersion", "v1"))
                .andExpect(status().isNotFound());
        Actor auditor = new Actor("auditor.portal", Actor.Role.AUDITOR, "casebridge-audit");
        Actor dsl = new Actor("dsl.kaur", Actor.Role.SCHOOL_DSL, "137001");
        for (Actor reader : List.of(auditor, dsl)) {
            mvc.perform(form(reader, base + "/disclosure-statement")
                            .param("givenTo", "SCHOOL")
                            .param("statementVersion", "v1"))
                    .andExpect(status().isForbidden());
        }
        assertThat(detail(caseId).disclosures()).isEmpty();

        String done = mvc.perform(form(OFFICER, base + "/disclosure-statement")
                        .param("givenTo", "SCHOOL")
                        .param("givenTo", "PARENTS_OR_CARERS")
                        .param("statementVersion", "NPCC-2016-outcome-21-v1"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("success")
                .toString();
        assertThat(done).isEqualTo("You recorded the disclosure statement");
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(detail(caseId).disclosures())
                        .singleElement()
                        .satisfies(d -> {
                            assertThat(d.givenTo()).containsExactly("SCHOOL", "PARENTS_OR_CARERS");
                            assertThat(d.statementVersion()).isEqualTo("NPCC-2016-outcome-21-v1");
                            assertThat(d.by()).isEqualTo(OFFICER.id());
                        }));
        assertThat(page(OFFICER, base + "/disclosure-statement")).doesNotContain("NPCC-2016-outcome-21-v1");
    }

    @Test
    void aFormWithMissingAnswersShowsTheErrorSummaryAndKeepsTheAnswers() throws Exception {
        String caseId = referral(FORCE, List.of());
        mvc.perform(form(OFFICER, "/portal/escalations/" + caseId + "/acceptance"));

        String html = mvc.perform(form(OFFICER, "/portal/escalations/" + caseId + "/crime")
                        .param("crimeReference", "20/000001/26")
                        .param("role-child-1", "VICTIM"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "<title>Error: Record the crime",
                        "There is a problem",
                        "href=\"#classification\"",
                        "Select the Home Office classification",
                        "href=\"#role-child-2\"",
                        "20/000001/26");

        String wrongFormat = mvc.perform(form(OFFICER, "/portal/escalations/" + caseId + "/crime")
                        .param("classification", "86/02")
                        .param("crimeReference", "ABC")
                        .param("role-child-1", "VICTIM")
                        .param("role-child-2", "PERSON_INVOLVED"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(wrongFormat).contains("href=\"#crimeReference\"", "20/123456/26");
    }

    @Test
    void anotherForcesEscalationIsPageNotFoundAndOtherRolesCannotUseTheInbox() throws Exception {
        String caseId = referral(FORCE, List.of());
        Actor mps = new Actor("officer.mps", Actor.Role.POLICE_LIAISON, "MPS");

        String hidden = mvc.perform(get("/portal/escalations/" + caseId).with(as(mps)))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(hidden).contains("Page not found").doesNotContain(caseId.substring(0, 8) + "</");
        mvc.perform(form(mps, "/portal/escalations/" + caseId + "/acceptance")).andExpect(status().isNotFound());
        mvc.perform(get("/portal/escalations").with(as(new Actor("dsl.kaur", Actor.Role.SCHOOL_DSL, "137001"))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE case_id = ? AND actor_org = 'MPS'",
                        Integer.class,
                        caseId))
                .isZero();
    }

    @Test
    void anAuditorReadsTheEscalationPageAndTheReadIsRecordedButChangesNothing() throws Exception {
        String caseId = referral(FORCE, List.of());
        Actor auditor = new Actor("auditor.portal", Actor.Role.AUDITOR, "casebridge-audit");

        assertThat(page(auditor, "/portal/escalations/" + caseId))
                .contains("Referred by the school")
                .doesNotContain("Accept the escalation")
                .doesNotContain("govuk-notification-banner");
        mvc.perform(form(auditor, "/portal/escalations/" + caseId + "/acceptance"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE case_id = ? AND actor_id = ?"
                                + " AND what = 'escalation'",
                        Integer.class,
                        caseId,
                        auditor.id()))
                .isEqualTo(1);
        assertThat(detail(caseId).status()).isEqualTo("NEW");
    }

    @Test
    void anAggravatedCaseGoesThroughAStrategyMeetingAndItsDeviceToCaid() throws Exception {
        String caseId = referral(FORCE, List.of("ADULT_INVOLVED", "COERCION_OR_GROOMING_OR_CAPACITY"));
        String base = "/portal/escalations/" + caseId;
        mvc.perform(form(OFFICER, base + "/acceptance"));
        mvc.perform(form(OFFICER, base + "/aggravating-factors")
                        .param("found", "yes")
                        .param("factors", "COERCION_OR_BLACKMAIL")
                        .param("notes-COERCION_OR_BLACKMAIL", "Threatened to post the image unless sent more"))
                .andExpect(status().is3xxRedirection());

        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
        String noSocialCare = mvc.perform(form(OFFICER, base + "/strategy-meetings")
                        .param("scheduledFor-day", String.valueOf(tomorrow.getDayOfMonth()))
                        .param("scheduledFor-month", String.valueOf(tomorrow.getMonthValue()))
                        .param("scheduledFor-year", String.valueOf(tomorrow.getYear()))
                        .param("scheduledFor-time", "14:00")
                        .param("venue", "Video call")
                        .param("invitees", "SCHOOL")
                        .param("org-SCHOOL", "137001"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noSocialCare).contains("There is a problem", "href=\"#invitees\"");

        String meetingPage = mvc.perform(form(OFFICER, base + "/strategy-meetings")
                        .param("scheduledFor-day", String.valueOf(tomorrow.getDayOfMonth()))
                        .param("scheduledFor-month", String.valueOf(tomorrow.getMonthValue()))
                        .param("scheduledFor-year", String.valueOf(tomorrow.getYear()))
                        .param("scheduledFor-time", "14:00")
                        .param("venue", "Video call")
                        .param("invitees", "SCHOOL", "CHILDRENS_SOCIAL_CARE")
                        .param("org-SCHOOL", "103456")
                        .param("org-CHILDRENS_SOCIAL_CARE", "csc-sandwell"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        await().atMost(WAIT)
                .until(() -> mvc.perform(get(meetingPage).with(as(OFFICER)))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
        String meetingId = meetingPage.substring(meetingPage.lastIndexOf('/') + 1);
        assertThat(page(OFFICER, meetingPage))
                .contains(
                        "Record that the meeting took place",
                        "School: Hollybank Academy",
                        "Csc-sandwell".toLowerCase(),
                        "data-autosave=\"meeting-" + meetingId + "-attendance\"",
                        "data-autosave-status");

        mvc.perform(form(OFFICER, meetingPage + "/attendance").param("attended", "0", "1"))
                .andExpect(status().is3xxRedirection());
        await().atMost(WAIT).until(() -> page(OFFICER, meetingPage).contains("Record a decision"));
        String noRationale = mvc.perform(form(OFFICER, meetingPage + "/decisions")
                        .param("topic", "SUPPORT_PLAN")
                        .param("decision", "Draft: a support plan from the school"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noRationale).contains("There is a problem", "href=\"#rationale\"");
        assertThat(page(OFFICER, meetingPage))
                .contains(
                        "data-autosave=\"meeting-" + meetingId + "-decision\"",
                        "data-autosave=\"meeting-" + meetingId + "-action\"",
                        "data-autosave=\"meeting-" + meetingId + "-information\"",
                        "Draft: a support plan from the school");
        mvc.perform(form(OFFICER, meetingPage + "/decisions")
                        .param("topic", "SECTION_47_ENQUIRIES")
                        .param("decision", "Start s.47 enquiries")
                        .param("startSection47", "yes")
                        .param("rationale", "Coercion by an adult"))
                .andExpect(status().is3xxRedirection());
        LocalDate due = tomorrow.plusDays(2);
        mvc.perform(form(OFFICER, meetingPage + "/actions")
                        .param("actionType", "SAFETY_PLAN")
                        .param("description", "Joint visit to the family")
                        .param("owner", "1")
                        .param("dueBy-day", String.valueOf(due.getDayOfMonth()))
                        .param("dueBy-month", String.valueOf(due.getMonthValue()))
                        .param("dueBy-year", String.valueOf(due.getYear())))
                .andExpect(status().is3xxRedirection());
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(page(OFFICER, "/portal/strategy-actions"))
                        .contains("Joint visit to the family", "Put a safety plan in place for the child"));
        assertThat(page(OFFICER, "/portal/strategy-actions"))
                .as("the action's owner with its kind")
                .contains("social care: csc-sandwell");
        assertThat(page(OFFICER, meetingPage))
                .contains("Start s.47 enquiries", "Mark done")
                .doesNotContain("Draft: a support plan from the school");

        String devicePage = mvc.perform(form(OFFICER, base + "/devices")
                        .param("description", "Mobile phone")
                        .param("ownerChildRef", "child-1")
                        .param("seized", "yes")
                        .param("exhibitReference", "EXH/WMP/0042"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        await().atMost(WAIT)
                .until(() -> mvc.perform(get(devicePage).with(as(OFFICER)))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200);
        String gradedWithoutGrade = mvc.perform(form(OFFICER, devicePage + "/caid")
                        .param("status", "GRADED")
                        .param("caidReference", "CAID-DRAFT-7"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(gradedWithoutGrade).contains("There is a problem", "href=\"#grade\"");
        String deviceId = devicePage.substring(devicePage.lastIndexOf('/') + 1);
        assertThat(page(OFFICER, devicePage))
                .contains(
                        "data-autosave=\"device-" + deviceId + "-caid\"",
                        "data-autosave=\"device-" + deviceId + "-examination\"",
                        "data-autosave=\"device-" + deviceId + "-report-remove\"",
                        "data-autosave=\"device-" + deviceId + "-disposal\"",
                        "CAID-DRAFT-7");
        mvc.perform(form(OFFICER, devicePage + "/caid")
                        .param("status", "SUBMITTED")
                        .param("caidReference", "CAID-SUB-1"))
                .andExpect(status().is3xxRedirection());
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(page(OFFICER, devicePage))
                        .contains("Submitted, CAID-SUB-1", "EXH/WMP/0042")
                        .doesNotContain("CAID-DRAFT-7"));
        assertThat(page(OFFICER, base + "/devices")).contains("Mobile phone", "Submitted");
    }
}
