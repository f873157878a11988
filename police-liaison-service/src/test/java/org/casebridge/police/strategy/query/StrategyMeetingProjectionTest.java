package org.casebridge.police.strategy.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.ReadModelDatabase;
import org.casebridge.police.reference.ForceDirectory;
import org.casebridge.police.strategy.command.DecisionTopic;
import org.casebridge.police.strategy.command.LawfulBasis;
import org.casebridge.police.strategy.command.OrganisationType;
import org.casebridge.police.strategy.command.Participant;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionAssignedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionCompletedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionOverdueEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.InformationSharedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.StrategyDecisionRecordedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.StrategyMeetingConvenedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.StrategyMeetingHeldEvent;
import org.casebridge.police.strategy.query.StrategyQueries.ActionFilter;
import org.casebridge.police.strategy.query.StrategyViews.ActionView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The strategy meetings and their actions without Spring: the projection on a real PostgreSQL database migrated by
 * the service's Flyway scripts, fed events directly and read through {@link StrategyQueries}.
 */
class StrategyMeetingProjectionTest {

    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final Actor OFFICER = new Actor("pc-4411", Actor.Role.POLICE_LIAISON, "WMP");
    static final Actor OTHER_FORCE = new Actor("pc-9", Actor.Role.POLICE_LIAISON, "DPP");
    static final Participant CSC = new Participant(OrganisationType.CHILDRENS_SOCIAL_CARE, "E08000025", "Manager");

    static StrategyMeetingProjection projection;
    static StrategyQueries queries;

    private final String caseId = UUID.randomUUID().toString();
    private final String meetingId = UUID.randomUUID().toString();

    @BeforeAll
    static void database() {
        JdbcTemplate jdbc = new JdbcTemplate(ReadModelDatabase.migrated("police_strategy"));
        projection = new StrategyMeetingProjection(jdbc);
        queries = new StrategyQueries(
                new NamedParameterJdbcTemplate(jdbc),
                Clock.fixed(AT.plusSeconds(3_600), ZoneOffset.UTC),
                ForceDirectory.defaults());
    }

    @Test
    void aHeldMeetingKeepsItsAttendeesInformationAndDecisionsEachOnce() {
        projection.on(new StrategyMeetingConvenedEvent(
                meetingId, caseId, "WMP", AT, "Teams", List.of(CSC), OFFICER.actedBy(), AT));
        projection.on(new StrategyMeetingHeldEvent(meetingId, caseId, "WMP", AT, List.of(CSC), OFFICER.actedBy(), AT));
        InformationSharedEvent shared = new InformationSharedEvent(
                meetingId,
                caseId,
                "WMP",
                "i-1",
                CSC,
                "Known",
                LawfulBasis.PUBLIC_TASK_SAFEGUARDING,
                OFFICER.actedBy(),
                AT);
        StrategyDecisionRecordedEvent decided = new StrategyDecisionRecordedEvent(
                meetingId,
                caseId,
                "WMP",
                "d-1",
                DecisionTopic.SECTION_47_ENQUIRIES,
                "Start",
                true,
                "Harm",
                OFFICER.actedBy(),
                AT);
        projection.on(shared);
        projection.on(shared);
        projection.on(decided);
        projection.on(decided);

        assertThat(queries.meetingsOfCase(caseId)).singleElement().satisfies(meeting -> {
            assertThat(meeting.heldAt()).isEqualTo(AT);
            assertThat(meeting.attendees()).containsExactly(CSC);
            assertThat(meeting.information())
                    .extracting(StrategyViews.InformationView::summary)
                    .containsExactly("Known");
            assertThat(meeting.decisions())
                    .extracting(StrategyViews.DecisionView::topic)
                    .containsExactly("SECTION_47_ENQUIRIES");
        });
    }

    @Test
    void anActionIsOpenThenOverdueThenDoneAndOnlyItsForceSeesIt() {
        String actionId = UUID.randomUUID().toString();
        projection.on(new StrategyMeetingConvenedEvent(
                meetingId, caseId, "WMP", AT, "Teams", List.of(CSC), OFFICER.actedBy(), AT));
        projection.on(new ActionAssignedEvent(
                meetingId,
                caseId,
                "WMP",
                actionId,
                StrategyActionType.SAFETY_PLAN,
                "Visit",
                CSC,
                AT.plusSeconds(86_400),
                OFFICER.actedBy(),
                AT));
        assertThat(ids(ActionFilter.OPEN)).contains(actionId);
        assertThat(ids(ActionFilter.OVERDUE)).doesNotContain(actionId);
        assertThat(queries.actionsVisibleTo(OTHER_FORCE, ActionFilter.ALL))
                .extracting(ActionView::actionId)
                .doesNotContain(actionId);

        projection.on(new ActionOverdueEvent(meetingId, caseId, "WMP", actionId, AT, AT));
        assertThat(ids(ActionFilter.OVERDUE)).contains(actionId);

        projection.on(new ActionCompletedEvent(meetingId, caseId, "WMP", actionId, "Visited", OFFICER.actedBy(), AT));
        assertThat(ids(ActionFilter.OPEN)).doesNotContain(actionId);
        assertThat(queries.meetingsOfCase(caseId).getFirst().actions())
                .singleElement()
                .satisfies(action -> {
                    assertThat(action.completionNote()).isEqualTo("Visited");
                    assertThat(action.overdue()).isFalse();
                });
    }

    private List<String> ids(ActionFilter filter) {
        return queries.actionsVisibleTo(OFFICER, filter).stream()
                .map(ActionView::actionId)
                .toList();
    }
}
