package org.casebridge.cases.personaldetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casebridge.cases.CaseApi;
import org.casebridge.cases.CaseApiSteps;
import org.casebridge.cases.CaseIntegrationTest;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalDrafts;
import org.casebridge.platform.sealing.SealedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After a case's personal details are erased, no free text typed into the case is readable anywhere in case-service's
 * database (ADR 0058): every text, character, JSON and binary column of every table is searched for the distinctive
 * words typed into each free-text field (the event store, its snapshots, every projection, the drafts, the scheduler's
 * and the sagas' tables). Before the erasure the same search finds them in the read models and never in the event
 * store, where they are sealed under the case's key, so the search is shown to see what it looks for.
 */
@CaseIntegrationTest
class ErasureLeavesNoFreeTextIT extends CaseApiSteps {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String MARK = "Quorlath";

    @Autowired
    PortalDrafts drafts;

    @Test
    void noFreeTextOfAnErasedCaseIsReadableAnywhereInTheDatabase() {
        CaseApi dsl = CaseApi.dsl(port);
        String reported = reportWithFreeTextEverywhere(dsl);
        String base = "/api/cases/" + reported;

        accepted(dsl.post(base + "/initial-review", """
                {"heldAt": "2026-01-10T10:00:00Z",
                 "attendees": [{"name": "Ada QuorlathAttendee", "role": "DSL"}],
                 "criteria": {"ADULT_INVOLVED": false, "COERCION_OR_GROOMING_OR_CAPACITY": false,
                              "UNUSUAL_OR_VIOLENT_ACTS": false, "UNDER_13_SEXUAL_ACTS": false,
                              "IMMEDIATE_RISK_OF_HARM": false},
                 "considerations": {"riskNow": "QuorlathRisk", "viewingNeeded": false,
                                    "spreadAssessment": "QuorlathSpread", "deletionPlan": "QuorlathDeletionPlan",
                                    "otherSchoolsInvolved": false, "informParents": true},
                 "notes": "QuorlathReviewNotes: both pupils were seen separately"}"""));
        accepted(dsl.post(base + "/handle-in-school", """
                {"rationale": "QuorlathHandledInSchool: no criterion met, the school supports both pupils"}"""));
        accepted(dsl.post(base + "/parents", """
                {"childRef": "child-1", "informed": true, "whoWasInformed": "Mrs QuorlathMother",
                 "informedAt": "2026-01-10T15:00:00Z", "method": "IN_PERSON", "notes": "QuorlathParentsNotes: mother seen at the school"}"""));
        accepted(dsl.post(base + "/viewings", """
                {"viewedAt": "2026-01-10T12:00:00Z", "headteacherConsulted": true,
                 "witnessName": "C. QuorlathWitness", "witnessDidNotView": true, "onSchoolPremises": true,
                 "reason": "QuorlathViewingReason: to establish whether an act was shown", "whatFollowed": "QuorlathWhatFollowed: the case went on in school"}"""));
        accepted(dsl.post(base + "/devices", """
                {"deviceRef": "device-1", "description": "QuorlathDevice phone", "ownerChildRef": "child-1",
                 "confiscatedBy": "Mr QuorlathConfiscator", "storedWhere": "QuorlathSafe",
                 "notes": "QuorlathConfiscationNotes: handed over by the pupil"}"""));
        accepted(dsl.post(base + "/devices/device-1/examination", """
                {"goodReason": "QuorlathGoodReason: to learn who it was sent to", "findings": "QuorlathFindings: one message to one recipient"}"""));
        accepted(dsl.post(base + "/support", """
                {"childRef": "child-1", "supportType": "REPORT_REMOVE_SIGNPOSTED",
                 "description": "QuorlathSupport: shown how to use Report Remove"}"""));
        accepted(dsl.post(base + "/legal-hold", """
                {"reason": "QuorlathHoldSet: a claim by the family is expected"}"""));
        accepted(dsl.post(base + "/legal-hold/lifting", """
                {"reason": "QuorlathHoldLifted: the claim was withdrawn"}"""));
        accepted(dsl.post(base + "/children", """
                {"child": {"ref": "child-3", "age": 13, "yearGroup": "Year 8", "roles": ["RECEIVED"]},
                 "reason": "QuorlathChildAdded came forward on Monday"}"""));
        CaseApi.Response sar = dsl.post(base + "/children/child-1/subject-access-requests", """
                {"requester": "Mrs QuorlathRequester, the child's mother",
                 "reason": "QuorlathSarReason: Art 15 request, identity checked in person"}""");
        assertThat(sar.status()).as(sar.body()).isEqualTo(201);
        String request =
                "/api/subject-access-requests/" + sar.json().get("requestId").asText();
        await().atMost(PATIENCE).until(() -> dsl.get(request).status() == 200);
        accepted(dsl.post(request + "/redactions", """
                {"phrase": "QuorlathSummary", "reason": "QuorlathRedactionReason: a neighbour is named"}"""));
        await().atMost(PATIENCE)
                .until(() ->
                        dsl.get(request).json().at("/request/chosenRedactions").size() == 1);
        Actor me = new Actor(dsl.userId(), Actor.Role.SCHOOL_DSL, CaseApi.URN);
        drafts.save(me, "legal-hold-" + reported, Map.of("reason", List.of("QuorlathDraft about the case")));

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(dsl.get(base + "/timeline").body())
                        .contains(
                                "QuorlathChildAdded",
                                "QuorlathHoldLifted",
                                "QuorlathSupport: shown how to use Report Remove"));
        Map<String, Long> before = whereTheMarkIs();
        assertThat(before)
                .as("the read models hold the text for the DSL, the search sees it")
                .containsKey("public.case_timeline.why")
                .containsKeys(
                        "public.subject_access_request.requester",
                        "public.subject_access_request.reason",
                        "public.subject_access_redaction.phrase",
                        "public.subject_access_redaction.reason")
                .as("the event store holds it only sealed under the case's key")
                .doesNotContainKeys("public.domain_event_entry.payload", "public.snapshot_event_entry.payload");

        accepted(dsl.post(base + "/personal-details/erasure", """
                {"reason": "The family's erasure request was upheld by the school's DPO."}"""));

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(whereTheMarkIs())
                        .as("columns still holding text typed into the erased case")
                        .isEmpty());
        assertThat(dsl.get(base + "/timeline").json().findValuesAsText("why"))
                .contains(SealedText.ERASED)
                .noneMatch(why -> why.contains(MARK));
        assertThat(dsl.get(base).body()).doesNotContain(MARK);
        assertThat(dsl.get(base + "?asOf=" + Instant.now()).body())
                .as("a view as at an instant is rebuilt from the events, which no longer open")
                .doesNotContain(MARK);
    }

    private String reportWithFreeTextEverywhere(CaseApi dsl) {
        CaseApi.Response created = dsl.post("/api/cases", """
                {"howCameToLight": "DISCLOSURE_BY_CHILD_INVOLVED", "cameToLightAt": "2026-01-10T08:40:00Z",
                 "imagery": ["SEMI_NUDE"], "imageryNotes": "QuorlathImageryNotes",
                 "platforms": ["Snapchat"], "spread": "ONE_RECIPIENT", "mayHaveReachedInternet": false,
                 "onSchoolDeviceOrNetwork": false,
                 "children": [
                   {"ref": "child-1", "age": 14, "yearGroup": "Year 9", "roles": ["PICTURED"], "flags": [],
                    "personalDetails": {"givenName": "Zinnia", "familyName": "QuorlathChild",
                                        "dateOfBirth": "2012-02-02"}},
                   {"ref": "child-2", "age": 15, "yearGroup": "Year 10", "roles": ["RECEIVED"]}
                 ],
                 "summary": "QuorlathSummary told her tutor"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("caseId").asText();
    }

    private static void accepted(CaseApi.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 204);
    }

    /** Every column of every table that holds the mark, as schema.table.column with the number of rows. */
    private Map<String, Long> whereTheMarkIs() {
        Map<String, Long> found = new TreeMap<>();
        jdbc.query("""
                SELECT c.table_schema, c.table_name, c.column_name, c.data_type
                FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
                  AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')""", rs -> {
            String column = quote(rs.getString(1)) + "." + quote(rs.getString(2));
            String name = quote(rs.getString(3));
            String where = "bytea".equals(rs.getString(4))
                    ? "position(convert_to(?, 'UTF8') in " + name + ") > 0"
                    : name + "::text LIKE '%' || ? || '%'";
            Long rows = jdbc.queryForObject("SELECT count(*) FROM " + column + " WHERE " + where, Long.class, MARK);
            if (rows != null && rows > 0) {
                found.put(rs.getString(1) + "." + rs.getString(2) + "." + rs.getString(3), rows);
            }
        });
        return found;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
