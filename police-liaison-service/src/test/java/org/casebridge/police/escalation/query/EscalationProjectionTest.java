package org.casebridge.police.escalation.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.problem.NotFoundException;
import org.casebridge.platform.reference.PlaceNames;
import org.casebridge.platform.test.ReadModelDatabase;
import org.casebridge.police.escalation.command.AggravatingFactor;
import org.casebridge.police.escalation.command.DisclosureRecipient;
import org.casebridge.police.escalation.command.EscalationEvent.AggravatingFactorsAssessedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.DisclosureStatementGivenEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationAcceptedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationReceivedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationTransferredEvent;
import org.casebridge.police.escalation.command.EscalationEvent.OutcomeAssignedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.OutcomeProposedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.StrategyMeetingOverdueEvent;
import org.casebridge.police.escalation.command.FactorFinding;
import org.casebridge.police.escalation.command.PolicePath;
import org.casebridge.police.escalation.command.ReferredChild;
import org.casebridge.police.escalation.query.EscalationViews.EscalationSummaryView;
import org.casebridge.police.escalation.query.EscalationViews.SignOffItemView;
import org.casebridge.police.reference.ForceDirectory;
import org.casebridge.police.reference.OutcomeCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The police escalation read model without Spring: the projection on a real PostgreSQL database migrated by the
 * service's Flyway scripts, fed events directly and read through {@link EscalationQueries}.
 */
class EscalationProjectionTest {

    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final Actor OFFICER = new Actor("pc-4411", Actor.Role.POLICE_LIAISON, "WMP");
    static final Actor SUPERVISOR = new Actor("ps-1", Actor.Role.POLICE_SUPERVISOR, "WMP");
    static final Actor OTHER_FORCE = new Actor("pc-9", Actor.Role.POLICE_LIAISON, "DPP");
    static final Actor SCHOOL = new Actor("137001", Actor.Role.SCHOOL_DSL, "137001");

    static EscalationProjection projection;
    static EscalationQueries queries;
    static JdbcTemplate jdbc;

    private final String caseId = UUID.randomUUID().toString();

    @BeforeAll
    static void database() {
        jdbc = new JdbcTemplate(ReadModelDatabase.migrated("police_escalations"));
        projection = new EscalationProjection(jdbc, ReviewQueriesTest.schedule());
        queries = new EscalationQueries(
                new NamedParameterJdbcTemplate(jdbc),
                Clock.fixed(AT.plusSeconds(3_600), ZoneOffset.UTC),
                PlaceNames.of(Map.of("137001", "Ashdown Vale School"), Map.of(), Map.of()),
                ForceDirectory.defaults());
    }

    @Test
    void aReceivedEscalationIsInItsForcesNewInboxAndUnknownToAnotherForce() {
        projection.on(received());

        assertThat(queries.inbox(OFFICER, InboxFilter.NEW, InboxSort.OLDEST))
                .filteredOn(view -> view.caseId().equals(caseId))
                .singleElement()
                .satisfies(view -> {
                    assertThat(view.children()).isEqualTo(1);
                    assertThat(view.criteriaMet()).containsExactly("ADULT_INVOLVED");
                    assertThat(view.ageHours()).isEqualTo(1);
                    assertThat(view.schoolUrn()).isEqualTo("137001");
                    assertThat(view.schoolName()).isEqualTo("Ashdown Vale School");
                });
        assertThat(queries.detail(caseId, OFFICER).schoolName()).isEqualTo("Ashdown Vale School");
        assertThat(queries.inbox(OTHER_FORCE, InboxFilter.ACTIVE, InboxSort.OLDEST))
                .extracting(EscalationSummaryView::caseId)
                .doesNotContain(caseId);
        assertThatThrownBy(() -> queries.detail(caseId, OTHER_FORCE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theInboxLatestArrivedFirstIsReadInOrderFromAnIndexNotSortedOnEveryRead() {
        String query = EscalationQueries.inboxQuery(false, InboxFilter.ACTIVE, InboxSort.ARRIVED, OptionalInt.of(20));
        Map<String, Object> params = Map.of("force", "WMP", "actorId", "pc-4411", "now", Timestamp.from(AT));

        List<String> plan = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()))
                .execute(status -> {
                    jdbc.execute("SET LOCAL enable_seqscan = off");
                    return new NamedParameterJdbcTemplate(jdbc).queryForList("EXPLAIN " + query, params, String.class);
                });

        assertThat(String.join("\n", plan))
                .contains("Index Scan using police_escalation_arrived")
                .doesNotContain("Sort");
    }

    @Test
    void theInboxCountsTheChildrenAndShowsTheLatestToArriveFirst() {
        Instant arrived = AT.plus(Duration.ofDays(20));
        String earlier = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();
        projection.on(arrivedAt(earlier, arrived, new ReferredChild("child-1", 14, "Year 9", List.of("PICTURED"))));
        projection.on(arrivedAt(
                later,
                arrived.plusSeconds(60),
                new ReferredChild("child-1", 14, "Year 9", List.of("PICTURED")),
                new ReferredChild("child-2", 15, "Year 10", List.of("PICTURED"))));

        assertThat(queries.inbox(OFFICER, InboxFilter.ACTIVE, InboxSort.ARRIVED, OptionalInt.of(2)))
                .extracting(EscalationSummaryView::caseId, EscalationSummaryView::children)
                .containsExactly(tuple(later, 2), tuple(earlier, 1));
    }

    private static EscalationReceivedEvent arrivedAt(String caseId, Instant at, ReferredChild... children) {
        return new EscalationReceivedEvent(
                caseId,
                "WMP",
                "137001",
                "E08000025",
                List.of("ADULT_INVOLVED"),
                List.of(children),
                at,
                at.plusSeconds(86_400),
                SCHOOL.actedBy(),
                at);
    }

    @Test
    void anAcceptedEscalationIsTheOfficersUntilItIsTransferredOnceHoweverOftenTheTransferArrives() {
        projection.on(received());
        projection.on(new EscalationAcceptedEvent(caseId, "WMP", OFFICER.actedBy(), AT));
        assertThat(queries.inbox(OFFICER, InboxFilter.MINE, InboxSort.OLDEST))
                .extracting(EscalationSummaryView::caseId)
                .contains(caseId);

        EscalationTransferredEvent transferred =
                new EscalationTransferredEvent(caseId, "WMP", "DPP", "Lives there", OFFICER.actedBy(), AT);
        projection.on(transferred, "event-7");
        projection.on(transferred, "event-7");

        assertThat(queries.inbox(OFFICER, InboxFilter.ACTIVE, InboxSort.OLDEST))
                .extracting(EscalationSummaryView::caseId)
                .doesNotContain(caseId);
        EscalationViews.EscalationDetailView detail = queries.detail(caseId, OTHER_FORCE);
        assertThat(detail.status()).isEqualTo("NEW");
        assertThat(detail.acceptedBy()).isNull();
        assertThat(detail.transfers())
                .extracting(TransferView::fromForce, TransferView::toForce)
                .containsExactly(tuple("WMP", "DPP"));
    }

    @Test
    void aProposedOutcomeWaitsForAnotherSupervisorAndLeavesTheQueueOnceAssigned() {
        projection.on(received());
        projection.on(new AggravatingFactorsAssessedEvent(
                caseId,
                "WMP",
                List.of(new FactorFinding(AggravatingFactor.GROOMING, "Weeks of messages")),
                PolicePath.POLICE_IN_CONTROL,
                true,
                OFFICER.actedBy(),
                AT));
        projection.on(new OutcomeProposedEvent(
                caseId, "WMP", OutcomeCode.OUTCOME_21, "Public interest", null, OFFICER.actedBy(), AT));

        assertThat(queries.signOffQueue(SUPERVISOR))
                .filteredOn(item -> item.caseId().equals(caseId))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.youMayDecide()).isTrue();
                    assertThat(item.aggravatingFactors()).containsExactly("GROOMING");
                    assertThat(item.homeOfficeCode()).isEqualTo("21");
                });

        projection.on(new OutcomeAssignedEvent(
                caseId,
                "WMP",
                OutcomeCode.OUTCOME_21,
                "Public interest",
                null,
                OFFICER.actedBy(),
                SUPERVISOR.actedBy(),
                AT));

        assertThat(queries.signOffQueue(SUPERVISOR))
                .extracting(SignOffItemView::caseId)
                .doesNotContain(caseId);
        assertThat(queries.detail(caseId, OFFICER).outcome().status()).isEqualTo("ASSIGNED");
        assertThat(queries.detail(caseId, OFFICER).outcome().signedOffBy()).isEqualTo("ps-1");
    }

    @Test
    void anOverdueMeetingIsFlaggedAndADisclosureIsRecordedOnce() {
        projection.on(received());
        projection.on(new StrategyMeetingOverdueEvent(caseId, "WMP", AT, AT));
        DisclosureStatementGivenEvent given = new DisclosureStatementGivenEvent(
                caseId, "WMP", List.of(DisclosureRecipient.SCHOOL), "v1", AT, OFFICER.actedBy(), AT);
        projection.on(given, "event-9");
        projection.on(given, "event-9");

        assertThat(queries.inbox(OFFICER, InboxFilter.OVERDUE, InboxSort.DUE))
                .extracting(EscalationSummaryView::caseId)
                .contains(caseId);
        assertThat(queries.detail(caseId, OFFICER).disclosures())
                .singleElement()
                .satisfies(disclosure -> assertThat(disclosure.givenTo()).containsExactly("SCHOOL"));
    }

    private EscalationReceivedEvent received() {
        return arrivedAt(caseId, AT, new ReferredChild("child-1", 14, "Year 9", List.of("PICTURED")));
    }
}
