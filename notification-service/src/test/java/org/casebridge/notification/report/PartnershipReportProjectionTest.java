package org.casebridge.notification.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.police.StrategyMeetingClockResultEvent;
import org.casebridge.events.school.CaseClosedEventV2;
import org.casebridge.events.school.IncidentReportedEvent;
import org.casebridge.events.school.InitialReviewClockResultEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.test.ReadModelDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partnership report without Spring: the projection on a real PostgreSQL database migrated by the service's
 * Flyway scripts, fed events directly and read through {@link PartnershipReports}. Each test uses areas of its own.
 */
class PartnershipReportProjectionTest {

    static final Instant JANUARY = Instant.parse("2026-01-15T10:00:00Z");
    static final Instant FEBRUARY = Instant.parse("2026-02-10T10:00:00Z");

    static JdbcTemplate jdbc;
    static PartnershipReportProjection projection;

    private final String area = area();
    private final String otherArea = area();
    private final Actor partnership = new Actor("lscp.user", Actor.Role.PARTNERSHIP, "lscp-test");
    private final PartnershipReports reports = new PartnershipReports(
            jdbc,
            PartnershipDirectory.of(Map.of("lscp-test", Set.of(area))),
            Clock.fixed(Instant.parse("2026-02-20T12:00:00Z"), ZoneOffset.UTC));

    @BeforeAll
    static void database() {
        jdbc = new JdbcTemplate(ReadModelDatabase.migrated("partnership_report"));
        projection = new PartnershipReportProjection(jdbc);
    }

    @Test
    void everyCountFrom1To4IsWithheldAndZeroAndFiveOrMoreAreShown() {
        for (int i = 0; i < 5; i++) {
            referral(area, JANUARY);
        }
        for (int i = 0; i < 3; i++) {
            referral(area, FEBRUARY);
        }
        referral(otherArea, FEBRUARY);

        PartnershipReport report = reports.report(partnership, area, "2025-12", "2026-02");

        assertThat(report.months()).containsExactly("2025-12", "2026-01", "2026-02");
        assertThat(row(report, PartnershipMeasure.REFERRED, PartnershipMeasure.ALL)
                        .figures())
                .containsExactly(new Figure(0, "0"), new Figure(5, "5"), new Figure(null, Figure.FEWER_THAN_5));
        assertThat(PartnershipReports.csv(report))
                .contains(area + ",REFERRED,ALL,2025-12,0\n")
                .contains(area + ",REFERRED,ALL,2026-01,5\n")
                .contains(area + ",REFERRED,ALL,2026-02,fewer than 5\n")
                .doesNotContain(",3\n");
    }

    @Test
    void outcomesFactorsAndTheAcknowledgementClockAreCountedByMonthWithTheMedianDaysFromReferral() {
        for (int i = 0; i < 6; i++) {
            String caseId = referral(area, JANUARY);
            String outcome = i < 2 ? "21" : i < 5 ? "22" : "OTHER";
            projection.on(facts(
                    caseId, null, fact(PartnershipMeasure.OUTCOME, outcome, JANUARY.plusSeconds(86_400L * (i + 1)))));
            projection.on(
                    facts(caseId, null, fact(PartnershipMeasure.AGGRAVATING_FACTOR, "COERCION_OR_BLACKMAIL", JANUARY)));
            projection.on(received(caseId, area));
            if (i < 5) {
                projection.on(new AgencyCaseEvent.ReferralAcknowledgedEvent(
                        "csc:" + caseId, caseId, "csc", "100001", new ActedBy("sw", "AGENCY", "csc"), JANUARY, false));
            } else {
                projection.on(new AgencyCaseEvent.AcknowledgementOverdueEvent(
                        "csc:" + caseId, caseId, "csc", "100001", JANUARY, JANUARY.plusSeconds(60)));
            }
        }

        PartnershipReport report = reports.report(partnership, area, "2026-01", "2026-01");

        assertThat(row(report, PartnershipMeasure.OUTCOME, "21").figures()).containsExactly(figureWithheld());
        assertThat(row(report, PartnershipMeasure.OUTCOME, "22").figures()).containsExactly(figureWithheld());
        assertThat(row(report, PartnershipMeasure.OUTCOME, "OTHER").figures()).containsExactly(figureWithheld());
        assertThat(row(report, PartnershipMeasure.AGGRAVATING_FACTOR, "COERCION_OR_BLACKMAIL")
                        .label())
                .isEqualTo("Coercion or blackmail");
        assertThat(row(report, PartnershipMeasure.AGGRAVATING_FACTOR, "COERCION_OR_BLACKMAIL")
                        .figures())
                .containsExactly(new Figure(6, "6"));
        assertThat(row(report, PartnershipMeasure.CSC_ACKNOWLEDGEMENT, "MET").figures())
                .containsExactly(new Figure(5, "5"));
        assertThat(row(report, PartnershipMeasure.CSC_ACKNOWLEDGEMENT, "MISSED").figures())
                .containsExactly(figureWithheld());
        assertThat(report.referralToOutcome()).singleElement().satisfies(timing -> {
            assertThat(timing.outcomes()).isEqualTo(new Figure(6, "6"));
            assertThat(timing.medianDays()).isEqualTo(new Figure(3, "3"));
        });
    }

    @Test
    void aPoliceOutcomeStoredBeforeItsReferralIsCountedOnceTheAreaIsKnown() {
        String caseId = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            String each = i == 0 ? caseId : UUID.randomUUID().toString();
            projection.on(facts(each, null, fact(PartnershipMeasure.OUTCOME, "21", FEBRUARY)));
            projection.on(facts(each, area, fact(PartnershipMeasure.REFERRED, PartnershipMeasure.ALL, JANUARY)));
        }

        PartnershipReport report = reports.report(partnership, area, "2026-02", "2026-02");

        assertThat(row(report, PartnershipMeasure.OUTCOME, "21").figures()).containsExactly(new Figure(5, "5"));
        assertThat(report.referralToOutcome().getFirst().medianDays()).isEqualTo(new Figure(26, "26"));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM partnership_pending_fact WHERE case_id = ?", Integer.class, caseId))
                .isZero();
    }

    @Test
    void reportsClosuresHandledInSchoolAndTheReviewAndMeetingClocksAreCountedFromTheirIntegrationEvents() {
        for (int i = 0; i < 6; i++) {
            String caseId = UUID.randomUUID().toString();
            if (i == 0) {
                fromBus(new StrategyMeetingClockResultEvent(caseId, "01", "MISSED", JANUARY, JANUARY));
            }
            fromBus(new IncidentReportedEvent(caseId, "100001", area, JANUARY));
            fromBus(new CaseClosedEventV2(
                    caseId, "100001", area, i < 5 ? "HANDLED_IN_SCHOOL" : "REFERRED", false, FEBRUARY));
            fromBus(new InitialReviewClockResultEvent(
                    caseId, "100001", area, i < 5 ? "MET" : "MISSED", JANUARY, JANUARY));
            if (i > 0) {
                fromBus(new StrategyMeetingClockResultEvent(caseId, "01", i < 5 ? "MISSED" : "MET", JANUARY, JANUARY));
            }
            fromBus(new StrategyMeetingClockResultEvent(caseId, "01", "LATE", JANUARY, JANUARY));
        }

        PartnershipReport report = reports.report(partnership, area, "2026-01", "2026-02");

        assertThat(row(report, PartnershipMeasure.REPORTED, PartnershipMeasure.ALL)
                        .figures())
                .containsExactly(new Figure(6, "6"), new Figure(0, "0"));
        assertThat(row(report, PartnershipMeasure.HANDLED_IN_SCHOOL, PartnershipMeasure.ALL)
                        .figures())
                .containsExactly(new Figure(0, "0"), new Figure(5, "5"));
        assertThat(row(report, PartnershipMeasure.INITIAL_REVIEW, "MET").figures())
                .containsExactly(new Figure(5, "5"), new Figure(0, "0"));
        assertThat(row(report, PartnershipMeasure.INITIAL_REVIEW, "MISSED").figures())
                .containsExactly(figureWithheld(), new Figure(0, "0"));
        assertThat(row(report, PartnershipMeasure.STRATEGY_MEETING, "MISSED").figures())
                .containsExactly(new Figure(5, "5"), new Figure(0, "0"));
        assertThat(row(report, PartnershipMeasure.STRATEGY_MEETING, "MET").figures())
                .containsExactly(figureWithheld(), new Figure(0, "0"));
        assertThat(PartnershipReports.csv(report))
                .contains(area + ",REPORTED,ALL,2026-01,6\n")
                .contains(area + ",HANDLED_IN_SCHOOL,ALL,2026-02,5\n")
                .contains(area + ",INITIAL_REVIEW,MISSED,2026-01,fewer than 5\n")
                .contains(area + ",STRATEGY_MEETING,MET,2026-01,fewer than 5\n")
                .doesNotContain("LATE");
    }

    @Test
    void anOutcomeReadBetweenTheReportAndTheReferralIsCountedAtOnceAndTimedWhenTheReferralComes() {
        for (int i = 0; i < 5; i++) {
            String caseId = UUID.randomUUID().toString();
            fromBus(new IncidentReportedEvent(caseId, "100001", area, JANUARY));
            projection.on(facts(caseId, null, fact(PartnershipMeasure.OUTCOME, "22", FEBRUARY)));
            assertThat(row(reports.report(partnership, area, "2026-02", "2026-02"), PartnershipMeasure.OUTCOME, "22")
                            .figures())
                    .containsExactly(i < 4 ? figureWithheld() : new Figure(5, "5"));
            projection.on(facts(caseId, area, fact(PartnershipMeasure.REFERRED, PartnershipMeasure.ALL, JANUARY)));
        }

        PartnershipReport report = reports.report(partnership, area, "2026-02", "2026-02");

        assertThat(report.referralToOutcome().getFirst().outcomes()).isEqualTo(new Figure(5, "5"));
        assertThat(report.referralToOutcome().getFirst().medianDays()).isEqualTo(new Figure(26, "26"));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM partnership_pending_fact p JOIN partnership_case c USING (case_id)"
                                + " WHERE c.local_authority_code = ?",
                        Integer.class,
                        area))
                .isZero();
    }

    @Test
    void aMedianOfFewerThan5OutcomesIsWithheldAndOfNoneIsNone() {
        String caseId = referral(area, JANUARY);
        projection.on(facts(caseId, null, fact(PartnershipMeasure.OUTCOME, "21", FEBRUARY)));

        PartnershipReport report = reports.report(partnership, area, "2026-01", "2026-02");

        assertThat(report.referralToOutcome().get(0).medianDays()).isEqualTo(new Figure(null, Figure.NONE));
        assertThat(report.referralToOutcome().get(1).outcomes()).isEqualTo(figureWithheld());
        assertThat(report.referralToOutcome().get(1).medianDays()).isEqualTo(figureWithheld());
        assertThat(PartnershipReports.csv(report))
                .contains(area + ",REFERRAL_TO_OUTCOME_MEDIAN_DAYS,ALL,2026-02,fewer than 5\n")
                .contains(area + ",OUTCOMES_TIMED,ALL,2026-02,fewer than 5\n");
    }

    @Test
    void aPartnershipReadsOnlyItsAreasAndNoOtherRoleButAnAuditorReadsAny() {
        assertThatThrownBy(() -> reports.report(partnership, otherArea, null, null))
                .isInstanceOfSatisfying(
                        PartnershipReportRefusedException.class,
                        e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> reports.report(new Actor("sw", Actor.Role.AGENCY, "csc-hackney"), area, null, null))
                .isInstanceOfSatisfying(
                        PartnershipReportRefusedException.class,
                        e -> assertThat(e.status()).isEqualTo(403));
        assertThat(reports.report(new Actor("ig", Actor.Role.AUDITOR, "casebridge-ig"), otherArea, null, null)
                        .months())
                .hasSize(12)
                .endsWith("2026-02");
    }

    @Test
    void theResetEmptiesEveryTable() {
        String caseId = UUID.randomUUID().toString();
        projection.on(facts(caseId, null, fact(PartnershipMeasure.OUTCOME, "21", FEBRUARY)));
        referral(area, JANUARY);

        projection.reset();

        for (String table :
                List.of("partnership_count", "partnership_duration", "partnership_case", "partnership_pending_fact")) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class))
                    .as(table)
                    .isZero();
        }
    }

    @Test
    void aBatchWritesEachRowOnceWithItsEventsSumWhenItCommitsAndNothingWhenItRollsBack() {
        List<String> cases = List.of(referral(area, JANUARY), referral(area, JANUARY), referral(area, JANUARY));

        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        cases.forEach(caseId -> projection.on(acknowledged(caseId)));
        assertThat(count(area, "MET")).as("not before the batch commits").isZero();
        batch.commit();
        assertThat(count(area, "MET")).isEqualTo(3);

        DefaultUnitOfWork<?> failed = DefaultUnitOfWork.startAndGet(null);
        projection.on(acknowledged(cases.getFirst()));
        failed.rollback();
        assertThat(count(area, "MET")).isEqualTo(3);
    }

    @Test
    void twoBatchesCountingTheSameRowsInOppositeOrdersBothCommit() throws Exception {
        String first = referral(area, JANUARY);
        String second = referral(area, JANUARY);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(jdbc.getDataSource());
        CyclicBarrier halfway = new CyclicBarrier(2);
        ExecutorService segments = Executors.newFixedThreadPool(2);
        try {
            Future<?> one = segments.submit(() -> batch(
                    transactions,
                    halfway,
                    acknowledged(first),
                    new AgencyCaseEvent.AcknowledgementOverdueEvent(
                            "csc:" + second, second, "csc", "100001", JANUARY, JANUARY.plusSeconds(60))));
            Future<?> other = segments.submit(() -> batch(
                    transactions,
                    halfway,
                    new AgencyCaseEvent.AcknowledgementOverdueEvent(
                            "csc:" + first, first, "csc", "100001", JANUARY, JANUARY.plusSeconds(60)),
                    acknowledged(second)));
            one.get(30, TimeUnit.SECONDS);
            other.get(30, TimeUnit.SECONDS);
        } finally {
            segments.shutdownNow();
        }

        assertThat(count(area, "MET")).isEqualTo(2);
        assertThat(count(area, "MISSED")).isEqualTo(2);
    }

    /** One segment's batch of two events, in a transaction, meeting the other segment's between them. */
    private static void batch(
            DataSourceTransactionManager transactions,
            CyclicBarrier halfway,
            AgencyCaseEvent firstEvent,
            AgencyCaseEvent secondEvent) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
            apply(firstEvent);
            try {
                halfway.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            apply(secondEvent);
            batch.commit();
        });
    }

    private static void apply(AgencyCaseEvent event) {
        switch (event) {
            case AgencyCaseEvent.ReferralAcknowledgedEvent acknowledged -> projection.on(acknowledged);
            case AgencyCaseEvent.AcknowledgementOverdueEvent overdue -> projection.on(overdue);
            default -> throw new IllegalArgumentException(event.getClass().getName());
        }
    }

    private static AgencyCaseEvent.ReferralAcknowledgedEvent acknowledged(String caseId) {
        return new AgencyCaseEvent.ReferralAcknowledgedEvent(
                "csc:" + caseId, caseId, "csc", "100001", new ActedBy("sw", "AGENCY", "csc"), JANUARY, false);
    }

    private static int count(String area, String category) {
        return jdbc
                .query(
                        "SELECT count FROM partnership_count WHERE local_authority_code = ? AND measure = ?"
                                + " AND category = ?",
                        (rs, row) -> rs.getInt(1),
                        area,
                        PartnershipMeasure.CSC_ACKNOWLEDGEMENT.name(),
                        category)
                .stream()
                .findFirst()
                .orElse(0);
    }

    private static Figure figureWithheld() {
        return new Figure(null, Figure.FEWER_THAN_5);
    }

    private static PartnershipReport.Row row(PartnershipReport report, PartnershipMeasure measure, String category) {
        return report.measures().stream()
                .filter(m -> m.measure().equals(measure.name()))
                .flatMap(m -> m.rows().stream())
                .filter(r -> r.category().equals(category))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + measure + " " + category));
    }

    private static String referral(String area, Instant at) {
        String caseId = UUID.randomUUID().toString();
        projection.on(facts(caseId, area, fact(PartnershipMeasure.REFERRED, PartnershipMeasure.ALL, at)));
        return caseId;
    }

    private static AgencyCaseEvent.ReferralReceivedEvent received(String caseId, String area) {
        return new AgencyCaseEvent.ReferralReceivedEvent(
                "csc:" + caseId, caseId, "csc", "100001", area, JANUARY, JANUARY.plusSeconds(86_400), JANUARY);
    }

    /** What the intake stores for an integration event, applied to the projection. */
    private static void fromBus(IntegrationEvent event) {
        projection.on(new PartnershipFactsRecordedEvent(
                UUID.randomUUID().toString(),
                event.caseId(),
                PartnershipFactIntake.areaOf(event),
                PartnershipFactIntake.facts(event),
                JANUARY));
    }

    private static PartnershipFact fact(PartnershipMeasure measure, String category, Instant at) {
        return new PartnershipFact(measure.name(), category, at);
    }

    private static PartnershipFactsRecordedEvent facts(String caseId, String area, PartnershipFact fact) {
        return new PartnershipFactsRecordedEvent(UUID.randomUUID().toString(), caseId, area, List.of(fact), JANUARY);
    }

    private static String area() {
        return "E" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }
}
