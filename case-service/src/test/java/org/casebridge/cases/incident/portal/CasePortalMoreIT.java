package org.casebridge.cases.incident.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.casebridge.cases.CaseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The portal pages for what a DSL records beside the main path: support given to a child, a child's own deletion of
 * the imagery, and an escalation with new information. Each renders with its draft, shows the error summary for a
 * mistake, sends the API's command (seen on the case page's timeline, which is the query side), shows a rule the case
 * refuses on the form, is "Page not found" for another school and "You cannot do this" for an auditor.
 */
@CaseIntegrationTest
@AutoConfigureMockMvc
class CasePortalMoreIT extends CasePortalSteps {

    private static final String[] PAGES = {"/support", "/own-deletion", "/escalation"};

    @Test
    void theCasePageLinksToEachPageAndEachRendersWithItsDraft() throws Exception {
        var me = dsl("dsl.more.render." + UUID.randomUUID());
        String caseId = reportedCase(me);
        String base = "/portal/cases/" + caseId;
        assertThat(page(get(base).with(me)))
                .contains(
                        "Other things to record",
                        base + "/support",
                        base + "/own-deletion",
                        base + "/escalation",
                        "Escalate the case with new information");
        assertThat(page(get(base + "/support").with(me)))
                .contains(
                        "<h1 class=\"govuk-heading-l\">Record support for" + " a child</h1>",
                        "data-autosave=\"support-" + caseId + "\"",
                        "Shown Report Remove (Childline and IWF)",
                        "child-2",
                        "name=\"_csrf\"");
        assertThat(page(get(base + "/own-deletion").with(me)))
                .contains(
                        "A child deleted the imagery themselves",
                        "data-autosave=\"own-deletion-" + caseId + "\"",
                        "ask the young people to delete the imagery",
                        "Casebridge never accepts imagery")
                .doesNotContain("id=\"police-involved\"");
        assertThat(page(get(base + "/escalation").with(me)))
                .contains(
                        "<h1 class=\"govuk-heading-l\">Escalate the" + " case</h1>",
                        "data-autosave=\"escalation-" + caseId + "\"",
                        "An adult is involved",
                        "Children&#39;s social care")
                .doesNotContain("id=\"reopens\"");
        assertThat(jdbc.queryForList(
                        "SELECT path FROM access_log WHERE case_id = ? AND what = 'case'", String.class, caseId))
                .contains(base + "/support", base + "/own-deletion", base + "/escalation");
    }

    @Test
    void aMistakeOnEachPageShowsTheErrorSummaryLinkedToTheField() throws Exception {
        var me = dsl("dsl.more.errors." + UUID.randomUUID());
        String base = "/portal/cases/" + reportedCase(me);
        assertThat(page(post(base + "/support")
                        .with(me)
                        .with(csrf())
                        .param("childRef", "child-9")
                        .param("description", "Talked it through")))
                .contains(
                        "<title>Error: Record support for a child",
                        "There is a problem",
                        "href=\"#childRef\"",
                        "Select the child",
                        "href=\"#supportType\"",
                        "Select the kind of support",
                        "Talked it through");
        assertThat(page(post(base + "/own-deletion").with(me).with(csrf())))
                .contains(
                        "There is a problem",
                        "href=\"#childRef\"",
                        "Enter how the child confirmed they deleted the imagery",
                        "href=\"#confirmation\"");
        assertThat(page(post(base + "/escalation").with(me).with(csrf()).param("criteriaNowMet", "NOT_A_CRITERION")))
                .contains(
                        "<title>Error: Escalate the case",
                        "href=\"#referredTo\"",
                        "Select the police, children&#39;s social care, or both",
                        "href=\"#criteriaNowMet\"",
                        "href=\"#newInformation\"",
                        "Enter the new information");
        assertThat(page(get(base).with(me)))
                .doesNotContain("Support for child", "deleted the imagery and confirmed", "Escalated to");
    }

    @Test
    void aChildsOwnDeletionWaitsForTheReviewAndAnEscalationToThePoliceStopsFurtherDeletion() throws Exception {
        var me = dsl("dsl.more.record." + UUID.randomUUID());
        String caseId = reportedCase(me);
        String base = "/portal/cases/" + caseId;
        assertThat(page(post(base + "/own-deletion")
                        .with(me)
                        .with(csrf())
                        .param("childRef", "child-2")
                        .param("confirmation", "child-2 says they deleted it.")))
                .contains("There is a problem", "href=\"#childRef\"", "Record the initial review");
        saved(base + "/initial-review", me, ReportAnswers.initialReview("no"), "The initial review is recorded");
        saved(
                base + "/support",
                me,
                Map.of(
                        "childRef",
                        "child-1",
                        "supportType",
                        "REPORT_REMOVE_SIGNPOSTED",
                        "description",
                        "Shown how to use Report Remove with Childline."),
                "The support is recorded");
        saved(
                base + "/own-deletion",
                me,
                Map.of(
                        "childRef",
                        "child-2",
                        "confirmation",
                        "child-2 confirmed to the DSL they deleted it, including recently deleted."),
                "The child's own deletion of the imagery is recorded");
        assertThat(page(get(base).with(me)))
                .contains(
                        "Support for child-1: shown Report Remove (Childline and IWF)",
                        "Shown how to use Report Remove with Childline.",
                        "child-2 deleted the imagery and confirmed it");
        assertThat(page(get(base + "/support").with(me)))
                .doesNotContain("Shown how to use Report Remove with" + " Childline.</textarea>");

        saved(
                base + "/escalation",
                me,
                Map.of(
                        "referredTo",
                        "POLICE",
                        "criteriaNowMet",
                        "ADULT_INVOLVED",
                        "newInformation",
                        "child-1 now says an adult asked for the picture."),
                "The case is escalated");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(page(get(base).with(me)))
                        .contains(
                                "Escalated to the police; criteria met: an adult is involved",
                                "child-1 now says an adult asked for the picture."));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%CaseEscalatedEvent'",
                        Integer.class, caseId))
                .isEqualTo(1);

        assertThat(page(get(base + "/own-deletion").with(me))).contains("id=\"police-involved\"");
        assertThat(page(post(base + "/own-deletion")
                        .with(me)
                        .with(csrf())
                        .param("childRef", "child-1")
                        .param("confirmation", "child-1 says they deleted it.")))
                .contains("There is a problem", "href=\"#childRef\"", "open police referral");
        assertThat(page(get(base).with(me))).doesNotContain("child-1 deleted the imagery and confirmed it");
    }

    @Test
    void anotherSchoolsCaseIsPageNotFoundAndAnAuditorCannotRecordAnything() throws Exception {
        var me = dsl("dsl.more.scope." + UUID.randomUUID());
        String caseId = reportedCase(me);
        String base = "/portal/cases/" + caseId;
        var otherSchool = user("dsl.other." + UUID.randomUUID(), "SCHOOL_DSL", OTHER_SCHOOL);
        var auditor = user("auditor", "AUDITOR", "casebridge-audit");
        Map<String, Map<String, String>> valid = Map.of(
                "/support", Map.of("childRef", "child-1", "supportType", "PASTORAL", "description", "Tutor check-ins"),
                "/own-deletion", Map.of("childRef", "child-1", "confirmation", "Deleted in front of the DSL"),
                "/escalation", Map.of("referredTo", "POLICE", "newInformation", "New information came to light."));
        for (String path : PAGES) {
            assertThat(page(get(base + path).with(otherSchool), 404)).contains("Page not found");
            assertThat(posted(base + path, valid.get(path), otherSchool, 404)).contains("Page not found");
            assertThat(posted(base + path, valid.get(path), auditor, 403)).contains("You cannot do this");
        }
        assertThat(storedEvents(caseId)).isEqualTo(1);
    }

    @Test
    void personalDetailsShowOnlyWhenAskedEachShowingIsLoggedAndAnAuditorMayReadButNotErase() throws Exception {
        String myId = "dsl.more.details." + UUID.randomUUID();
        var me = dsl(myId);
        String caseId = reportedCase(me, true);
        String base = "/portal/cases/" + caseId;
        assertThat(page(get(base).with(me)))
                .contains(base + "/personal-details", "Show personal details")
                .doesNotContain("Amira", "Hussain", "H801200001001");
        assertThat(page(get(base + "/personal-details").with(me)))
                .contains(
                        "Children&#39;s personal details",
                        base + "/children/child-1/personal-details",
                        "id=\"purpose-child-2\"",
                        base + "/personal-details/erasure")
                .doesNotContain("Amira", "H801200001001");

        assertThat(page(get(base + "/children/child-1/personal-details")
                        .param("purpose", "Telling CSC who she is")
                        .with(me)))
                .contains("Personal details of child-1", "Amira Hussain", "14 March 2011", "H801200001001");
        assertThat(jdbc.queryForList(
                        "SELECT purpose FROM access_log WHERE case_id = ? AND what ="
                                + " 'child-personal-details' AND actor_id = ?",
                        String.class,
                        caseId,
                        myId))
                .containsExactly("Telling CSC who she is");
        assertThat(page(get(base + "/children/child-2/personal-details").with(me)))
                .as("a child the school gave no details of")
                .contains("<title>No details on file", "id=\"no-details\"", "did not record", "child-2")
                .containsPattern("Case CPA-20\\d\\d-\\d{4}")
                .doesNotContain("Page not found", "Amira");
        assertThat(page(get(base + "/children/child-9/personal-details").with(me), 404))
                .as("a child the case does not have")
                .contains("Page not found");

        var auditor = user("auditor", "AUDITOR", SCHOOL);
        assertThat(page(
                        get(base + "/children/child-1/personal-details")
                                .with(user("auditor.other", "AUDITOR", OTHER_SCHOOL)),
                        404))
                .as("an auditor reads their own organisation's cases only")
                .doesNotContain("Amira");
        assertThat(page(get(base + "/personal-details").with(auditor)))
                .contains(base + "/children/child-1/personal-details")
                .doesNotContain(base + "/personal-details/erasure");
        assertThat(page(get(base + "/children/child-1/personal-details").with(auditor)))
                .contains("Amira Hussain");
        assertThat(page(
                        post(base + "/personal-details/erasure")
                                .with(auditor)
                                .with(csrf())
                                .param("reason", "Retention period ended")
                                .param("confirmed", "yes"),
                        403))
                .contains("You cannot do this");

        var otherSchool = user("dsl.other." + UUID.randomUUID(), "SCHOOL_DSL", OTHER_SCHOOL);
        for (String path : new String[] {
            "/personal-details",
            "/children/child-1/personal-details",
            "/children/child-2/personal-details",
            "/personal-details/erasure",
            "/personal-details/erasure/confirmation"
        }) {
            assertThat(page(get(base + path).with(otherSchool), 404))
                    .contains("Page not found")
                    .doesNotContain("Amira");
        }
        assertThat(page(
                        post(base + "/personal-details/erasure")
                                .with(otherSchool)
                                .with(csrf())
                                .param("reason", "Retention period ended")
                                .param("confirmed", "yes"),
                        404))
                .contains("Page not found");
        assertThat(page(get(base + "/children/child-1/personal-details").with(me)))
                .contains("Amira Hussain");
    }

    @Test
    void erasingPersonalDetailsWarnsAsksAreYouSureOnItsOwnPageAndThenNobodyCanShowThem() throws Exception {
        var me = dsl("dsl.more.erase." + UUID.randomUUID());
        String caseId = reportedCase(me, true);
        String base = "/portal/cases/" + caseId;
        assertThat(page(get(base + "/personal-details/erasure").with(me)))
                .contains(
                        "Erase the children&#39;s personal details",
                        "id=\"cannot-be-undone\"",
                        ">Continue</button>",
                        "data-autosave=\"erasure-" + caseId + "\"")
                .doesNotContain("Yes, erase");
        assertThat(page(post(base + "/personal-details/erasure").with(me).with(csrf())))
                .contains(
                        "<title>Error: Erase the children",
                        "href=\"#reason\"",
                        "Enter why the personal details are being erased");
        assertThat(mvc.perform(get(base + "/personal-details/erasure/confirmation")
                                .with(me))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("nobody is asked to confirm before saying why")
                .isEqualTo(base + "/personal-details/erasure");

        MvcResult why = mvc.perform(post(base + "/personal-details/erasure")
                        .with(me)
                        .with(csrf())
                        .param("reason", "Retention period ended: date of birth plus 25 years"))
                .andReturn();
        assertThat(why.getResponse().getRedirectedUrl()).isEqualTo(base + "/personal-details/erasure/confirmation");
        assertThat(page(get(base + "/children/child-1/personal-details").with(me)))
                .as("nothing is erased before the user is sure")
                .contains("Amira Hussain");
        assertThat(page(get(base + "/personal-details/erasure/confirmation").with(me)))
                .contains(
                        "<title>Are you sure you want to erase the children&#39;s personal details?",
                        "id=\"cannot-be-undone\"",
                        "Retention period ended: date of birth plus 25 years",
                        "Yes, erase the personal details",
                        "No, go back to the case",
                        "govuk-button--warning");

        saved(
                base + "/personal-details/erasure/confirmation",
                me,
                Map.of(),
                "The children's personal details are erased");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%PersonalDetailsErasedEvent'",
                        Integer.class, caseId))
                .isEqualTo(1);
        assertThat(page(get(base + "/children/child-1/personal-details").with(me)))
                .contains("No details on file", "were erased")
                .doesNotContain("Amira");
        assertThat(page(get(base + "/personal-details").with(me)))
                .contains("id=\"erased\"")
                .doesNotContain(base + "/children/child-1/personal-details");
        assertThat(page(get(base + "/personal-details/erasure").with(me)))
                .contains("already erased")
                .doesNotContain("name=\"reason\"");
    }

    @Test
    void aDeviceExaminationNeedsAGoodReasonAndLeavesTheDeviceWithTheSchool() throws Exception {
        var me = dsl("dsl.more.examine." + UUID.randomUUID());
        String caseId = reportedCase(me);
        String base = "/portal/cases/" + caseId;
        saved(base + "/initial-review", me, ReportAnswers.initialReview("no"), "The initial review is recorded");
        saved(base + "/devices", me, ReportAnswers.SMARTPHONE_IN_THE_HEADS_SAFE, "The device is recorded");
        assertThat(page(get(base + "/devices/device-1").with(me)))
                .contains("value=\"examination\"", "name=\"goodReason\"");
        assertThat(page(post(base + "/devices/device-1").with(me).with(csrf()).param("decision", "examination")))
                .contains(
                        "There is a problem", "href=\"#goodReason\"", "Enter the good reason for examining the device");
        saved(
                base + "/devices/device-1",
                me,
                Map.of(
                        "decision",
                        "examination",
                        "goodReason",
                        "To find who child-2 sent it on to, without opening the imagery."),
                "The decision on device-1 is recorded");
        assertThat(page(get(base).with(me)))
                .contains(
                        "Device device-1 examined under Education Act 1996 s.550ZC",
                        "device-1: record what happened to it");
        var auditor = user("auditor", "AUDITOR", SCHOOL);
        assertThat(page(
                        post(base + "/devices/device-1")
                                .with(auditor)
                                .with(csrf())
                                .param("decision", "examination")
                                .param("goodReason", "To find who it was sent on to."),
                        403))
                .contains("You cannot do this");
        var otherSchool = user("dsl.other." + UUID.randomUUID(), "SCHOOL_DSL", OTHER_SCHOOL);
        assertThat(page(get(base + "/devices/device-1").with(otherSchool), 404)).contains("Page not found");
    }
}
