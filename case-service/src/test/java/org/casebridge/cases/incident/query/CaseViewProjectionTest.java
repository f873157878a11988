package org.casebridge.cases.incident.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.casebridge.cases.incident.api.Agency;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseClosedEvent;
import org.casebridge.cases.incident.api.CaseEvent;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.CaseReferredEvent;
import org.casebridge.cases.incident.api.CaseStatus;
import org.casebridge.cases.incident.api.ChildFlag;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.cases.incident.api.ChildRole;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.cases.incident.api.DeviceConfiscatedEvent;
import org.casebridge.cases.incident.api.DeviceHandedToPoliceEvent;
import org.casebridge.cases.incident.api.HowCameToLight;
import org.casebridge.cases.incident.api.ImageryCategory;
import org.casebridge.cases.incident.api.IncidentReportedEvent;
import org.casebridge.cases.incident.api.InitialReviewOverdueEvent;
import org.casebridge.cases.incident.api.ParentContactMethod;
import org.casebridge.cases.incident.api.ParentsInformedEvent;
import org.casebridge.cases.incident.api.PoliceUpdateKind;
import org.casebridge.cases.incident.api.PoliceUpdateReceivedEvent;
import org.casebridge.cases.incident.api.Spread;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.reference.PlaceNames;
import org.casebridge.platform.test.ReadModelDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case views without Spring: the projection on a real PostgreSQL database migrated by the service's Flyway
 * scripts, fed events directly and read through {@link CaseViewQueries}. Each test works on cases of its own.
 */
class CaseViewProjectionTest {

    static final String URN = "137001";
    static final ActedBy DSL = new ActedBy("dsl.okafor", CaseActors.SCHOOL_DSL, URN);
    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final CaseScope SCHOOL = new CaseScope.OneSchool(URN);
    static final PlaceNames PLACES = PlaceNames.of(
            Map.of(), Map.of(), Map.of("MPS", "Metropolitan Police Service", "WMP", "West Midlands Police"));

    static JdbcTemplate jdbc;
    static CaseViewProjection projection;
    static CaseViewQueries queries;

    private final CaseId caseId = new CaseId(UUID.randomUUID());
    private long sequence;

    @BeforeAll
    static void database() {
        jdbc = new JdbcTemplate(ReadModelDatabase.migrated("case_views"));
        projection = new CaseViewProjection(jdbc, PLACES);
        queries = new CaseViewQueries(jdbc, Clock.fixed(AT.plusSeconds(3_600), ZoneOffset.UTC), PLACES);
    }

    @Test
    void aReportedIncidentIsListedForItsSchoolAloneWithItsChildren() {
        given(reported());

        assertThat(queries.cases(SCHOOL, CaseFilter.OPEN))
                .extracting(CaseSummaryView::caseId)
                .contains(caseId.toString());
        assertThat(queries.find(caseId.value(), new CaseScope.OneSchool("999999")))
                .isEmpty();
        CaseDetailView detail = detail();
        assertThat(detail.summary().status()).isEqualTo("REPORTED");
        assertThat(detail.imagery()).containsExactly("NUDE", "SEXUAL_POSE");
        assertThat(detail.childrenInvolved()).singleElement().satisfies(child -> {
            assertThat(child.ref()).isEqualTo("child-1");
            assertThat(child.roles()).containsExactly("PICTURED", "SHARED");
        });
    }

    @Test
    void aReferralToThePoliceAwaitsThemUntilTheirOutcomeArrives() {
        given(
                reported(),
                new CaseReferredEvent(
                        caseId,
                        URN,
                        DSL,
                        AT,
                        Set.of(Agency.POLICE),
                        Set.of(Criterion.ADULT_INVOLVED),
                        "E09000012",
                        "MPS",
                        List.of(),
                        "Adult involved"));
        assertThat(detail().summary().awaitingPolice()).isTrue();
        assertThat(queries.cases(SCHOOL, CaseFilter.AWAITING_POLICE))
                .extracting(CaseSummaryView::caseId)
                .contains(caseId.toString());

        given(new PoliceUpdateReceivedEvent(
                caseId,
                URN,
                CaseActors.policeForce("MPS"),
                AT,
                "event-1",
                "org.casebridge.police.outcome-assigned.v1",
                PoliceUpdateKind.OUTCOME_DECIDED,
                AT,
                "Outcome OUTCOME_21 (HO 21)",
                null));

        CaseDetailView detail = detail();
        assertThat(detail.summary().awaitingPolice()).isFalse();
        assertThat(detail.policeOutcome()).isEqualTo("OUTCOME_21");
        assertThat(detail.policeOutcomeWords())
                .isEqualTo(
                        "Outcome 21: further investigation not in the public interest (Home Office outcome code 21)");
        assertThat(detail.summary().referredTo()).containsExactly("POLICE");
        assertThat(detail.policeDecisions())
                .extracting(TimelineEntryView::type)
                .containsExactly("PoliceUpdateReceived");

        given(new PoliceUpdateReceivedEvent(
                caseId,
                URN,
                CaseActors.policeForce("MPS"),
                AT,
                "event-2",
                "org.casebridge.police.crime-recorded.v1",
                PoliceUpdateKind.OTHER,
                AT,
                "Crime recorded under the Home Office Counting Rules",
                null));
        assertThat(detail().policeDecisions())
                .extracting(TimelineEntryView::what)
                .as("a police update with no kind of its own reads as an update, not as the code word")
                .contains("Metropolitan Police Service: update")
                .noneMatch(what -> what.contains("Other") || what.contains("MPS"));
    }

    @Test
    void aDeviceFollowsItsCustodyAndAChildItsParentsDecision() {
        given(
                reported(),
                new DeviceConfiscatedEvent(
                        caseId, URN, DSL, AT, "device-1", "Phone", "child-1", "Mr Jones", "Safe", "Images on it"),
                new DeviceHandedToPoliceEvent(caseId, URN, DSL, AT, "device-1", "PC 4411", AT, "EXH/1", "Seized"),
                new ParentsInformedEvent(
                        caseId,
                        URN,
                        DSL,
                        AT,
                        "child-1",
                        "Mother",
                        AT,
                        ParentContactMethod.TELEPHONE,
                        "Agreed with the child"));

        CaseDetailView detail = detail();
        assertThat(detail.devices())
                .containsExactly(new CaseDetailView.Device("device-1", "Phone", "child-1", "WITH_POLICE", "EXH/1"));
        assertThat(detail.childrenInvolved())
                .extracting(CaseDetailView.Child::parents)
                .containsExactly("INFORMED");
    }

    @Test
    void anOverdueReviewIsFlaggedAndAClosedCaseLeavesTheOpenList() {
        given(reported(), new InitialReviewOverdueEvent(caseId, URN, ActedBy.casebridge(), AT, AT, "Due"));
        assertThat(queries.cases(SCHOOL, CaseFilter.OVERDUE))
                .extracting(CaseSummaryView::caseId)
                .contains(caseId.toString());

        given(new CaseClosedEvent(
                caseId, URN, DSL, AT.plusSeconds(60), CaseStatus.HANDLED_IN_SCHOOL, null, "Supported"));

        assertThat(queries.cases(SCHOOL, CaseFilter.OPEN))
                .extracting(CaseSummaryView::caseId)
                .doesNotContain(caseId.toString());
        assertThat(detail().summary().closedAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(detail().summary().overdue()).isFalse();
    }

    @Test
    void aRedeliveredEventWritesNothingTwice() {
        IncidentReportedEvent reported = reported();
        projection.on(reported, 0);
        projection.on(reported, 0);

        assertThat(detail().childrenInvolved()).hasSize(1);
        assertThat(queries.timeline(caseId.value(), SCHOOL).entries())
                .extracting(TimelineEntryView::type, TimelineEntryView::actorId)
                .containsExactly(tuple("IncidentReported", "dsl.okafor"));
        assertThat(queries.timeline(caseId.value(), SCHOOL).entries().getFirst().what())
                .as("one child, in words and with the review's time as people read it")
                .contains("): 1 child, imagery ")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
    }

    @Test
    void theForcesLegalHoldShowsWhoPlacedItAndWhenUntilItIsLiftedAndAnOlderOneArrivingLateChangesNothing() {
        given(reported());
        assertThat(detail().policeLegalHold()).as("never held").isNull();

        given(forceHold("MPS", PoliceUpdateKind.LEGAL_HOLD_PLACED, AT.plusSeconds(60)));
        assertThat(detail().policeLegalHold())
                .isEqualTo(new CaseDetailView.PoliceLegalHold(
                        "MPS", "Metropolitan Police Service", AT.plusSeconds(60), true, null, null, null));
        CaseDetailView.PoliceLegalHold held = detail().policeLegalHold();

        given(forceHold("MPS", PoliceUpdateKind.LEGAL_HOLD_PLACED, AT.plusSeconds(60)));
        given(forceHold("MPS", PoliceUpdateKind.LEGAL_HOLD_LIFTED, AT.plusSeconds(30)));
        assertThat(detail().policeLegalHold())
                .as("the same placing again, or a lifting older than it, changes nothing")
                .isEqualTo(held);

        given(forceHold("WMP", PoliceUpdateKind.LEGAL_HOLD_LIFTED, AT.plusSeconds(120)));
        assertThat(detail().policeLegalHold())
                .as("lifted by the force the escalation was transferred to")
                .isEqualTo(new CaseDetailView.PoliceLegalHold(
                        "MPS",
                        "Metropolitan Police Service",
                        AT.plusSeconds(60),
                        false,
                        "WMP",
                        "West Midlands Police",
                        AT.plusSeconds(120)));
        assertThat(detail().legalHold())
                .as("the school's own hold is another thing")
                .isFalse();
        assertThat(detail().policeDecisions())
                .extracting(TimelineEntryView::what)
                .contains(
                        "Metropolitan Police Service: legal hold placed on the police record",
                        "West Midlands Police: legal hold on the police record lifted");

        given(forceHold("WMP", PoliceUpdateKind.LEGAL_HOLD_PLACED, AT.plusSeconds(180)));
        assertThat(detail().policeLegalHold())
                .as("placed again: held since then, the lifting forgotten")
                .isEqualTo(new CaseDetailView.PoliceLegalHold(
                        "WMP", "West Midlands Police", AT.plusSeconds(180), true, null, null, null));
    }

    private PoliceUpdateReceivedEvent forceHold(String force, PoliceUpdateKind kind, Instant occurredAt) {
        return new PoliceUpdateReceivedEvent(
                caseId,
                URN,
                CaseActors.policeForce(force),
                occurredAt.plusSeconds(5),
                UUID.randomUUID().toString(),
                kind == PoliceUpdateKind.LEGAL_HOLD_PLACED
                        ? "org.casebridge.police.legal-hold-placed.v1"
                        : "org.casebridge.police.legal-hold-lifted.v1",
                kind,
                occurredAt,
                "Legal hold by " + force,
                null);
    }

    private void given(CaseEvent... events) {
        for (CaseEvent event : events) {
            projection.on(event, sequence++);
        }
    }

    private CaseDetailView detail() {
        return queries.find(caseId.value(), SCHOOL).orElseThrow();
    }

    private IncidentReportedEvent reported() {
        return new IncidentReportedEvent(
                caseId,
                URN,
                DSL,
                AT,
                HowCameToLight.DISCLOSURE_BY_CHILD_INVOLVED,
                AT,
                Set.of(ImageryCategory.SEXUAL_POSE, ImageryCategory.NUDE),
                "Two images",
                Set.of("Snapchat"),
                Spread.SMALL_GROUP,
                true,
                false,
                List.of(new ChildInvolved(
                        "child-1", 14, "Year 9", Set.of(ChildRole.SHARED, ChildRole.PICTURED), Set.of(ChildFlag.SEND))),
                AT.plusSeconds(86_400),
                "Told the form tutor",
                "CPA-2026-0042");
    }
}
