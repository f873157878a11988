package org.casebridge.cases.agency.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionAssignedEvent;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionCompletedEvent;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionMarkedDoneEvent;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.reference.PlaceNames;
import org.casebridge.platform.test.ReadModelDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The school's strategy actions without Spring: the projection on a real PostgreSQL database migrated by the
 * service's Flyway scripts, fed events directly and read through {@link AgencyActsQueries} at a fixed clock. Each test
 * works on a case of its own.
 */
class SchoolActionProjectionTest {

    static final String URN = "137001";
    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final ActedBy DSL = new ActedBy("dsl.okafor", "SCHOOL_DSL", URN);

    static SchoolActionProjection projection;
    static AgencyActsQueries queries;

    private final UUID caseId = UUID.randomUUID();

    @BeforeAll
    static void database() {
        JdbcTemplate jdbc = new JdbcTemplate(ReadModelDatabase.migrated("school_actions"));
        projection = new SchoolActionProjection(jdbc);
        queries = new AgencyActsQueries(
                jdbc, Clock.fixed(AT.plusSeconds(3600), ZoneOffset.UTC), PlaceNames.of(Map.of(), Map.of(), Map.of()));
    }

    @Test
    void anActionIsOpenUntilTheSchoolMarksItDoneAndThePoliceCompleteIt() {
        projection.on(assigned("action-1", AT.plusSeconds(86_400)));
        AgencyActsView.SchoolAction open = queries.of(caseId).strategyActions().getFirst();
        assertThat(open.actionId()).isEqualTo("action-1");
        assertThat(open.meetingId()).isEqualTo("meeting-1");
        assertThat(open.ownerOrganisation()).isEqualTo(URN);
        assertThat(open.open()).isTrue();
        assertThat(open.overdue()).isFalse();

        projection.on(new SchoolActionMarkedDoneEvent(
                key("action-1"), caseId.toString(), URN, "meeting-1", "action-1", DSL, AT.plusSeconds(60)));
        AgencyActsView.SchoolAction done = queries.of(caseId).strategyActions().getFirst();
        assertThat(done.open()).isFalse();
        assertThat(done.doneAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(done.completedAt()).isNull();

        projection.on(
                new SchoolActionCompletedEvent(key("action-1"), caseId.toString(), "action-1", AT.plusSeconds(120)));
        assertThat(queries.of(caseId).strategyActions().getFirst().completedAt())
                .isEqualTo(AT.plusSeconds(120));
    }

    @Test
    void anOpenActionPastItsDueTimeIsOverdueAndARedeliveredAssignmentChangesNothing() {
        projection.on(assigned("action-2", AT.plusSeconds(1800)));
        projection.on(assigned("action-1", AT.plusSeconds(86_400)));
        projection.on(assigned("action-2", AT.plusSeconds(7200)));

        assertThat(queries.of(caseId).strategyActions())
                .extracting(AgencyActsView.SchoolAction::actionId, AgencyActsView.SchoolAction::overdue)
                .containsExactly(tuple("action-2", true), tuple("action-1", false));
    }

    @Test
    void aResetEmptiesTheTableForTheReplay() {
        projection.on(assigned("action-1", AT.plusSeconds(86_400)));
        projection.reset();
        assertThat(queries.of(caseId).strategyActions()).isEmpty();
    }

    private SchoolActionAssignedEvent assigned(String actionId, Instant dueBy) {
        return new SchoolActionAssignedEvent(
                key(actionId),
                caseId.toString(),
                URN,
                "WMP",
                "meeting-1",
                actionId,
                "SAFETY_PLAN",
                "SCHOOL",
                URN,
                dueBy,
                AT);
    }

    private String key(String actionId) {
        return caseId + "/" + actionId;
    }
}
