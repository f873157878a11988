package org.casebridge.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.casebridge.cases.CaseEndpoints.Caller;
import org.casebridge.cases.CaseEndpoints.Kind;
import org.casebridge.cases.CaseEndpoints.Row;
import org.casebridge.cases.incident.query.CaseFilter;
import org.casebridge.platform.test.EndpointInventory;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every endpoint of case-service, called with real tokens by each kind of user, answers as the need to know says: the
 * DSL of the case's school acts and reads; an auditor of that school reads it and changes nothing (403) but a legal
 * hold (ADR 0053); police and
 * agencies get 403 for any action and 404 for any case (their views are in their own services), an empty list for
 * the case list; the DSL of another school gets 404. A 403 or 404 about a real case is word for word the answer about
 * a case that does not exist, and a refused write leaves the case as it was. Generated from the endpoints the service
 * answers ({@link EndpointInventory}) and the table in {@link CaseEndpoints}.
 */
@CaseIntegrationTest
class AuthorisationMatrixIT extends CaseApiSteps {

    /** Everyone refused goes first, so that the own DSL's request meets the case exactly as it was prepared. */
    private static final List<Caller> ORDER = List.of(
            Caller.OTHER_DSL,
            Caller.POLICE_LIAISON,
            Caller.POLICE_SUPERVISOR,
            Caller.AGENCY,
            Caller.AUDITOR,
            Caller.OPERATOR,
            Caller.OWN_DSL);

    @Autowired
    ApplicationContext context;

    @Test
    void theTableHasARowForEveryEndpointAndNoRowWithoutOne() {
        assertThat(CaseEndpoints.ROWS.keySet())
                .containsExactlyInAnyOrderElementsOf(EndpointInventory.of(context, "/api/"));
    }

    @TestFactory
    Stream<DynamicNode> everyEndpointAnswersEveryCallerAsTheirScopeAllows() {
        Set<String> inventory = EndpointInventory.of(context, "/api/");
        Stream<DynamicNode> unlisted = CaseEndpoints.ROWS.keySet().stream()
                .filter(row -> !inventory.contains(row))
                .map(row -> dynamicTest(
                        row + " is answered",
                        () -> fail("The table has a row for " + row + ", which case-service does not answer")));
        return Stream.concat(inventory.stream().map(this::endpoint), unlisted);
    }

    @Test
    void aDslOfOneSchoolNeitherReadsListsNorActsOnAnotherSchoolsCases() {
        CaseApi schoolA = Caller.OWN_DSL.api(port);
        CaseApi schoolB = Caller.OTHER_DSL.api(port);
        String caseOfA = CaseEndpoints.readable(schoolA);
        String caseOfB = CaseEndpoints.readable(schoolB);

        for (CaseFilter filter : CaseFilter.values()) {
            String list = "/api/cases?filter=" + filter;
            assertThat(schoolA.get(list).json().findValuesAsText("caseId")).doesNotContain(caseOfB);
            assertThat(schoolB.get(list).json().findValuesAsText("caseId")).doesNotContain(caseOfA);
        }
        assertThat(schoolA.get("/api/cases").json().findValuesAsText("caseId")).contains(caseOfA);
        for (Row row : CaseEndpoints.ROWS.values()) {
            if (row.kind() == Kind.CASE_READ || row.kind() == Kind.CASE_WRITE || row.kind() == Kind.LEGAL_HOLD) {
                long events = events(caseOfB);
                CaseApi.Response response = row.send(schoolA, caseOfB);
                assertThat(response.status())
                        .as(row.endpoint() + " " + response.body())
                        .isEqualTo(404);
                assertThat(events(caseOfB)).as(row.endpoint()).isEqualTo(events);
            }
        }

        CaseApi auditor = Caller.AUDITOR.api(port);
        assertThat(auditor.get("/api/cases").json().findValuesAsText("caseId"))
                .as("an auditor reads their own organisation's cases only")
                .contains(caseOfA)
                .doesNotContain(caseOfB);
        assertThat(auditor.get("/api/cases/" + caseOfB).status()).isEqualTo(404);
        assertThat(auditor.get("/api/cases/" + caseOfB + "/children/child-1/personal-details")
                        .status())
                .isEqualTo(404);
        for (Caller outsider :
                List.of(Caller.POLICE_LIAISON, Caller.POLICE_SUPERVISOR, Caller.AGENCY, Caller.OPERATOR)) {
            assertThat(outsider.api(port).get("/api/cases").json())
                    .as(outsider.name())
                    .isEmpty();
        }
    }

    private DynamicNode endpoint(String endpoint) {
        Row row = CaseEndpoints.ROWS.get(endpoint);
        if (row == null) {
            return dynamicTest(
                    endpoint + " has a row",
                    () -> fail("No row in CaseEndpoints for " + endpoint + ": say who may call it"));
        }
        Supplier<String> theCase = new Once<>(() -> row.prepare().apply(Caller.OWN_DSL.api(port)));
        return dynamicContainer(
                endpoint,
                ORDER.stream()
                        .map(caller -> dynamicTest(
                                caller + " gets " + row.kind().expected(caller, row.ownStatus()),
                                () -> check(row, caller, ownCase(row, caller, theCase)))));
    }

    /** The school's auditor sets or lifts a legal hold on a case of its own, leaving the DSL's case as prepared. */
    private String ownCase(Row row, Caller caller, Supplier<String> theCase) {
        return row.kind() == Kind.LEGAL_HOLD && caller == Caller.AUDITOR
                ? row.prepare().apply(Caller.OWN_DSL.api(port))
                : theCase.get();
    }

    private void check(Row row, Caller caller, String caseId) {
        CaseApi api = caller.api(port);
        int expected = row.kind().expected(caller, row.ownStatus());
        long events = events(caseId);
        long keys = caseKeys();

        CaseApi.Response response = row.send(api, caseId);

        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(events(caseId)).as("a refused request changes nothing").isEqualTo(events);
            assertThat(caseKeys()).as("a refused request creates nothing").isEqualTo(keys);
            // A rule the own DSL meets on their own case (409) is about the case, not about who may see it.
            if (row.namesACase() && caller != Caller.OWN_DSL) {
                String absent = CaseEndpoints.absentCase();
                CaseApi.Response probe = row.send(api, absent);
                assertThat(probe.status())
                        .as("the same for a case that does not exist")
                        .isEqualTo(expected);
                assertThat(probe.body().replace(absent, "{caseId}"))
                        .as("the answer says nothing about whether the case exists")
                        .isEqualTo(response.body().replace(caseId, "{caseId}"));
            }
        } else if (row.kind() == Kind.CASE_WRITE || row.kind() == Kind.LEGAL_HOLD) {
            assertThat(events(caseId)).as("the write is on the case").isEqualTo(events + 1);
        }
        if (row.kind() == Kind.LIST) {
            List<String> listed = response.json().findValuesAsText("caseId");
            switch (caller) {
                case OWN_DSL, AUDITOR -> assertThat(listed).contains(caseId);
                case OTHER_DSL -> assertThat(listed).doesNotContain(caseId);
                case POLICE_LIAISON, POLICE_SUPERVISOR, AGENCY, OPERATOR ->
                    assertThat(listed).isEmpty();
            }
        }
    }

    private long events(String caseId) {
        return caseId == null
                ? 0
                : jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, caseId);
    }

    private long caseKeys() {
        return jdbc.queryForObject("SELECT count(*) FROM case_key", Long.class);
    }

    /** Prepares a row's case the first time a caller needs it. */
    private static final class Once<T> implements Supplier<T> {

        private final Supplier<T> supplier;
        private T value;
        private boolean done;

        Once(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        @Override
        public synchronized T get() {
            if (!done) {
                value = supplier.get();
                done = true;
            }
            return value;
        }
    }
}
