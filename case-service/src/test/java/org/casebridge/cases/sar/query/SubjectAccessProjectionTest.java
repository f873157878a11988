package org.casebridge.cases.sar.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.sar.api.SubjectAccessEvent.SubjectAccessDisclosureReleasedEvent;
import org.casebridge.cases.sar.api.SubjectAccessEvent.SubjectAccessRedactionAddedEvent;
import org.casebridge.cases.sar.api.SubjectAccessEvent.SubjectAccessRequestStartedEvent;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.test.ReadModelDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The subject access requests without Spring: the projection on PostgreSQL migrated by the service's Flyway scripts,
 * fed events directly (twice, as a replay does) and read through {@link SubjectAccessQueries}.
 */
class SubjectAccessProjectionTest {

    static final String URN = "137001";
    static final ActedBy DSL = new ActedBy("dsl.okafor", CaseActors.SCHOOL_DSL, URN);
    static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

    static JdbcTemplate jdbc;
    static SubjectAccessProjection projection;
    static SubjectAccessQueries queries;

    @BeforeAll
    static void database() {
        jdbc = new JdbcTemplate(ReadModelDatabase.migrated("subject_access"));
        projection = new SubjectAccessProjection(jdbc);
        queries = new SubjectAccessQueries(jdbc);
    }

    @Test
    void aRequestItsWithheldPhrasesAndItsReleaseAreReadByItsSchoolAloneAndSurviveAReplay() {
        UUID requestId = UUID.randomUUID();
        CaseId caseId = new CaseId(UUID.randomUUID());
        for (int pass = 0; pass < 2; pass++) {
            projection.on(new SubjectAccessRequestStartedEvent(
                    requestId,
                    caseId,
                    "CPA-2026-0042",
                    URN,
                    "child-1",
                    "The child's mother",
                    "Request under UK GDPR Art 15",
                    DSL,
                    AT));
            projection.on(new SubjectAccessRedactionAddedEvent(
                    requestId, caseId, URN, "Mr Evans", "A neighbour", DSL, AT.plusSeconds(1)));
            projection.on(new SubjectAccessRedactionAddedEvent(
                    requestId, caseId, URN, "the boy from the bus", "Another third party", DSL, AT.plusSeconds(2)));
            projection.on(new SubjectAccessDisclosureReleasedEvent(
                    requestId,
                    caseId,
                    URN,
                    "child-1",
                    "Reviewed with the headteacher",
                    List.of("The child"),
                    List.of(),
                    "a".repeat(64),
                    "b".repeat(64),
                    DSL,
                    AT.plusSeconds(3)));
        }

        SubjectAccessQueries.RequestView view = queries.request(requestId, new CaseScope.OneSchool(URN));
        assertThat(view.chosenRedactions())
                .extracting(
                        SubjectAccessQueries.ChosenRedaction::position, SubjectAccessQueries.ChosenRedaction::phrase)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Mr Evans"),
                        org.assertj.core.groups.Tuple.tuple(2, "the boy from the bus"));
        assertThat(view.released()).isTrue();
        assertThat(view.pdfSha256()).isEqualTo("a".repeat(64));
        assertThat(view.redactionCount()).isZero();
        assertThat(queries.ofCase(caseId.value(), new CaseScope.OneSchool(URN))).hasSize(1);
        assertThat(queries.find(requestId, new CaseScope.OneSchool("999999"))).isEmpty();
        assertThat(queries.ofCase(caseId.value(), new CaseScope.NoCases())).isEmpty();

        projection.reset();
        assertThat(queries.find(requestId, new CaseScope.OneSchool(URN))).isEmpty();
    }
}
