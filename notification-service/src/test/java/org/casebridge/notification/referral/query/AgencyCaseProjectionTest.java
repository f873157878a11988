package org.casebridge.notification.referral.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.casebridge.notification.referral.command.AgencyCaseEvent.AcknowledgementOverdueEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.ReferralAcknowledgedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.ReferralReceivedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.Section47EnquiriesStartedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.Section47OutcomeRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.StrategyActionCompletedByAgencyEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.StrategyActionConfirmedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.StrategyActionNotedEvent;
import org.casebridge.notification.referral.command.AgencyCaseId;
import org.casebridge.notification.referral.command.Section47Outcome;
import org.casebridge.notification.retention.RetentionSchedule;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.reference.PlaceNames;
import org.casebridge.platform.test.ReadModelDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An agency's cases without Spring: the projection on a real PostgreSQL database migrated by the service's Flyway
 * scripts, fed events directly and read through {@link AgencyCaseQueries}. Each test works on a case and an agency of
 * its own.
 */
class AgencyCaseProjectionTest {

    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final String URN = "137001";

    static AgencyCaseProjection projection;
    static AgencyCaseQueries queries;

    private final String caseId = UUID.randomUUID().toString();
    private final String agencyId = "csc-" + UUID.randomUUID();
    private final String id = AgencyCaseId.of(agencyId, caseId);
    private final ActedBy worker = new ActedBy("sw.adeyemi", "AGENCY", agencyId);

    @BeforeAll
    static void database() {
        JdbcTemplate jdbc = new JdbcTemplate(ReadModelDatabase.migrated("agency_cases"));
        projection = new AgencyCaseProjection(jdbc);
        queries = new AgencyCaseQueries(
                jdbc,
                PlaceNames.of(Map.of("100001", "Clapton Park Academy"), Map.of(), Map.of()),
                new RetentionSchedule(new ClassPathResource("reference/retention-schedules.csv")));
    }

    @Test
    void aReferralIsTheAgencysWithItsClockUntilAcknowledgedAndItsSection47Recorded() {
        projection.on(received());
        AgencyCaseView referred = queries.find(id).orElseThrow();
        assertThat(referred.referred()).isTrue();
        assertThat(referred.agencyId()).isEqualTo(agencyId);
        assertThat(referred.acknowledgeBy()).isEqualTo(AT.plusSeconds(86_400));
        assertThat(referred.acknowledgedAt()).isNull();
        assertThat(queries.list(agencyId)).extracting(AgencyCaseView::caseId).containsExactly(caseId);
        assertThat(queries.list("csc-" + UUID.randomUUID())).isEmpty();

        projection.on(new ReferralAcknowledgedEvent(id, caseId, agencyId, URN, worker, AT.plusSeconds(600), false));
        projection.on(new Section47EnquiriesStartedEvent(
                id, caseId, agencyId, URN, worker, AT.plusSeconds(1200), AT.plusSeconds(1300)));
        projection.on(new Section47OutcomeRecordedEvent(
                id, caseId, agencyId, URN, Section47Outcome.CHILD_IN_NEED_SUPPORT, worker, AT.plusSeconds(7200)));

        AgencyCaseView view = queries.find(id).orElseThrow();
        assertThat(view.acknowledgedAt()).isEqualTo(AT.plusSeconds(600));
        assertThat(view.overdue()).isFalse();
        assertThat(view.section47StartedAt()).isEqualTo(AT.plusSeconds(1200));
        assertThat(view.section47Outcome()).isEqualTo("CHILD_IN_NEED_SUPPORT");
        assertThat(view.section47OutcomeWords()).isEqualTo("The child is in need: support under section 17");
        assertThat(view.section47OutcomeAt()).isEqualTo(AT.plusSeconds(7200));
    }

    @Test
    void theClockRunningOutMarksTheReferralOverdue() {
        projection.on(received());
        projection.on(new AcknowledgementOverdueEvent(
                id, caseId, agencyId, URN, AT.plusSeconds(86_400), AT.plusSeconds(86_401)));
        assertThat(queries.find(id).orElseThrow().overdue()).isTrue();
    }

    @Test
    void anActionNotedBeforeAnyReferralMakesTheCaseTheAgencysAndIsCompletedByBothSides() {
        projection.on(new StrategyActionNotedEvent(
                id, caseId, agencyId, "meeting-1", "action-1", "SECTION_47_ENQUIRY", AT.plusSeconds(86_400), AT));
        projection.on(new StrategyActionNotedEvent(
                id, caseId, agencyId, "meeting-1", "action-1", "SECTION_47_ENQUIRY", AT.plusSeconds(86_400), AT));
        AgencyCaseView noted = queries.find(id).orElseThrow();
        assertThat(noted.referred()).isFalse();
        assertThat(noted.actions()).extracting(AgencyCaseView.Action::actionId).containsExactly("action-1");
        assertThat(noted.actions()).extracting(AgencyCaseView.Action::what).containsExactly("Section 47 enquiries");
        assertThat(queries.ownerOfAction(caseId, "action-1")).contains(agencyId);

        projection.on(new StrategyActionCompletedByAgencyEvent(
                id, caseId, agencyId, URN, "meeting-1", "action-1", worker, AT.plusSeconds(60)));
        projection.on(new StrategyActionConfirmedEvent(id, caseId, agencyId, "action-1", AT.plusSeconds(120)));
        AgencyCaseView.Action action = queries.find(id).orElseThrow().actions().getFirst();
        assertThat(action.completedByAgencyAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(action.completedAt()).isEqualTo(AT.plusSeconds(120));
    }

    private ReferralReceivedEvent received() {
        return new ReferralReceivedEvent(
                id, caseId, agencyId, URN, "E09000012", AT, AT.plusSeconds(86_400), AT.plusSeconds(5));
    }
}
