package org.casebridge.police.escalation.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.ReadModelDatabase;
import org.casebridge.police.escalation.command.ChildRole;
import org.casebridge.police.escalation.command.ChildRoleAssignment;
import org.casebridge.police.escalation.command.EscalationEvent.CrimeRecordDueForReviewEvent;
import org.casebridge.police.escalation.command.EscalationEvent.CrimeRecordedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationDeclinedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationReceivedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationTransferredEvent;
import org.casebridge.police.escalation.command.EscalationEvent.LegalHoldLiftedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.LegalHoldSetEvent;
import org.casebridge.police.escalation.command.EscalationEvent.PersonalDetailsErasedEvent;
import org.casebridge.police.escalation.command.ReferredChild;
import org.casebridge.police.escalation.query.EscalationViews.DueReviewView;
import org.casebridge.police.reference.ForceDirectory;
import org.casebridge.police.reference.HocrClassification;
import org.casebridge.police.reference.MopiReviewSchedule;
import org.casebridge.police.shared.ReviewReaderRequiredException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The force's list of MoPI reviews (ADR 0083) on the escalations projection and a real PostgreSQL database, with a
 * clock the test sets: a review moves from coming up to due on its date and to overdue the day after, each clock of the
 * review job gives its date, and the list is the caller's force's alone.
 */
class ReviewQueriesTest {

    /** Each test's escalations are of a force of their own, so the tests never see each other's. */
    static final String FORCE = "TVP";

    static final Actor SUPERVISOR = new Actor("ps-tvp", Actor.Role.POLICE_SUPERVISOR, FORCE);
    static final Actor OTHER_SUPERVISOR = new Actor("ps-swp", Actor.Role.POLICE_SUPERVISOR, "SWP");

    static EscalationProjection projection;
    static JdbcTemplate jdbc;

    private final String caseId = UUID.randomUUID().toString();

    static MopiReviewSchedule schedule() {
        try (InputStream csv = ReviewQueriesTest.class.getResourceAsStream("/reference/mopi-review.csv")) {
            return new MopiReviewSchedule(csv, "reference/mopi-review.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void database() {
        jdbc = new JdbcTemplate(ReadModelDatabase.migrated("police_reviews"));
        projection = new EscalationProjection(jdbc, schedule());
    }

    static ReviewQueries on(String day) {
        return new ReviewQueries(
                new NamedParameterJdbcTemplate(jdbc),
                Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC),
                ForceDirectory.defaults(),
                schedule());
    }

    static List<DueReviewView> list(String day, ReviewFilter filter, Actor actor) {
        return on(day).reviews(actor, filter, Period.ofDays(30), ReviewSort.DUE, OptionalInt.empty());
    }

    @Test
    void aCrimeRecordsReviewComesUpThenFallsDueOnItsDateAndIsOverdueFromTheDayAfter() {
        String force = "WYP";
        Actor supervisor = new Actor("ps-wyp", Actor.Role.POLICE_SUPERVISOR, force);
        projection.on(received(force));
        projection.on(crimeRecorded(force, "2016-03-01T10:00:00Z"));

        assertThat(list("2026-01-29", ReviewFilter.UPCOMING, supervisor))
                .as("more than 30 days ahead")
                .isEmpty();
        assertThat(list("2026-02-10", ReviewFilter.UPCOMING, supervisor))
                .singleElement()
                .satisfies(review -> {
                    assertThat(review.caseId()).isEqualTo(caseId);
                    assertThat(review.mopiGroup()).isEqualTo(1);
                    assertThat(review.groupName()).isEqualTo("Certain public protection matters");
                    assertThat(review.classification()).isEqualTo("86/02");
                    assertThat(review.reviewOn()).isEqualTo(LocalDate.of(2026, 3, 1));
                    assertThat(review.state()).isEqualTo("UPCOMING");
                    assertThat(review.daysOverdue()).isZero();
                    assertThat(review.markedDue()).isFalse();
                });
        assertThat(list("2026-02-28", ReviewFilter.DUE, supervisor)).isEmpty();

        assertThat(list("2026-03-01", ReviewFilter.DUE, supervisor))
                .singleElement()
                .satisfies(review -> {
                    assertThat(review.state()).isEqualTo("DUE");
                    assertThat(review.daysOverdue()).isZero();
                });
        assertThat(list("2026-03-01", ReviewFilter.OVERDUE, supervisor)).isEmpty();

        projection.on(new CrimeRecordDueForReviewEvent(
                caseId,
                force,
                HocrClassification.fromCode("86/02").orElseThrow(),
                1,
                LocalDate.of(2026, 3, 1),
                null,
                Instant.parse("2026-03-02T03:00:00Z")));
        assertThat(list("2026-03-13", ReviewFilter.OVERDUE, supervisor))
                .singleElement()
                .satisfies(review -> {
                    assertThat(review.state()).isEqualTo("OVERDUE");
                    assertThat(review.daysOverdue()).isEqualTo(12);
                    assertThat(review.markedDue()).isTrue();
                });
        assertThat(list("2026-03-13", ReviewFilter.DUE, supervisor))
                .as("due includes overdue")
                .hasSize(1);
        assertThat(list("2026-03-13", ReviewFilter.UPCOMING, supervisor)).isEmpty();
    }

    @Test
    void aDeclineIsReviewedSixYearsOnAndAnErasureOnTheReviewTakesItOffTheList() {
        String force = "GMP";
        Actor supervisor = new Actor("ps-gmp", Actor.Role.POLICE_SUPERVISOR, force);
        projection.on(received(force));
        projection.on(new EscalationDeclinedEvent(
                caseId, force, "No police role", supervisor.actedBy(), Instant.parse("2020-06-15T09:00:00Z")));

        assertThat(list("2026-06-16", ReviewFilter.OVERDUE, supervisor))
                .singleElement()
                .satisfies(review -> {
                    assertThat(review.basis()).isEqualTo(MopiReviewSchedule.NO_CRIME);
                    assertThat(review.mopiGroup()).isEqualTo(3);
                    assertThat(review.classification()).isNull();
                    assertThat(review.reviewOn()).isEqualTo(LocalDate.of(2026, 6, 15));
                    assertThat(review.daysOverdue()).isEqualTo(1);
                });

        projection.on(new PersonalDetailsErasedEvent(
                caseId,
                force,
                "MoPI review: no policing purpose",
                supervisor.actedBy(),
                Instant.parse("2026-06-16T10:00:00Z")));
        assertThat(list("2026-06-16", ReviewFilter.DUE, supervisor)).isEmpty();
    }

    @Test
    void aReviewUnderALegalHoldStaysOnTheListMarkedHeldUntilTheHoldIsLifted() {
        String force = "WMP";
        Actor supervisor = new Actor("ps-wmp", Actor.Role.POLICE_SUPERVISOR, force);
        projection.on(received(force));
        projection.on(new EscalationDeclinedEvent(
                caseId, force, "No police role", supervisor.actedBy(), Instant.parse("2020-06-15T09:00:00Z")));
        Instant heldAt = Instant.parse("2026-05-01T09:00:00Z");
        projection.on(new LegalHoldSetEvent(caseId, force, "IOPC inquiry", supervisor.actedBy(), heldAt), "hold-set");

        assertThat(list("2026-06-16", ReviewFilter.OVERDUE, supervisor))
                .singleElement()
                .satisfies(review -> {
                    assertThat(review.daysOverdue()).isEqualTo(1);
                    assertThat(review.legalHoldSince()).isEqualTo(heldAt);
                });

        projection.on(
                new LegalHoldLiftedEvent(
                        caseId, force, "Inquiry closed", supervisor.actedBy(), Instant.parse("2026-06-17T09:00:00Z")),
                "hold-lifted");
        assertThat(list("2026-06-17", ReviewFilter.OVERDUE, supervisor))
                .singleElement()
                .satisfies(review -> assertThat(review.legalHoldSince()).isNull());
    }

    @Test
    void aTransferNeverActedOnIsReviewedByTheReceivingForceAndACrimeRecordedThereStartsItsOwnClock() {
        projection.on(received("SWP"));
        projection.on(
                new EscalationTransferredEvent(
                        caseId,
                        "SWP",
                        FORCE,
                        "Lives there",
                        OTHER_SUPERVISOR.actedBy(),
                        Instant.parse("2019-04-02T09:00:00Z")),
                "transfer-" + caseId);

        assertThat(list("2025-04-02", ReviewFilter.DUE, SUPERVISOR))
                .extracting(DueReviewView::caseId, DueReviewView::basis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(caseId, MopiReviewSchedule.TRANSFERRED));
        assertThat(list("2025-04-02", ReviewFilter.DUE, OTHER_SUPERVISOR))
                .as("the force that sent it holds it no longer")
                .extracting(DueReviewView::caseId)
                .doesNotContain(caseId);

        projection.on(crimeRecorded(FORCE, "2025-04-03T10:00:00Z"));
        assertThat(list("2025-04-03", ReviewFilter.DUE, SUPERVISOR))
                .extracting(DueReviewView::caseId)
                .doesNotContain(caseId);
        assertThat(jdbc.queryForObject(
                        "SELECT review_on FROM police_escalation WHERE case_id = ?", LocalDate.class, caseId))
                .isEqualTo(LocalDate.of(2035, 4, 3));
    }

    @Test
    void onlySupervisorsAndAuditorsReadTheListAndAnAuditorOfNoForceHasNone() {
        projection.on(received(FORCE));
        projection.on(crimeRecorded(FORCE, "2001-03-01T10:00:00Z"));

        assertThat(list("2026-12-03", ReviewFilter.DUE, SUPERVISOR))
                .extracting(DueReviewView::caseId)
                .contains(caseId);
        assertThat(list("2026-12-03", ReviewFilter.DUE, new Actor("audit-tvp", Actor.Role.AUDITOR, FORCE)))
                .extracting(DueReviewView::caseId)
                .contains(caseId);
        assertThat(list("2026-12-03", ReviewFilter.DUE, new Actor("auditor", Actor.Role.AUDITOR, "casebridge-audit")))
                .isEmpty();
        assertThatThrownBy(() ->
                        list("2026-12-03", ReviewFilter.DUE, new Actor("pc-tvp", Actor.Role.POLICE_LIAISON, FORCE)))
                .isInstanceOf(ReviewReaderRequiredException.class);
    }

    @Test
    void theOverdueGaugeCountsAReviewPastItsDayUntilTheErasure() {
        String force = "DPP";
        Actor supervisor = new Actor("ps-dpp", Actor.Role.POLICE_SUPERVISOR, force);
        double before = overdue("2030-01-10");
        projection.on(received(force));
        projection.on(crimeRecorded(force, "2020-01-09T10:00:00Z"));
        assertThat(overdue("2030-01-09")).as("due, not overdue, on its day").isEqualTo(before);
        assertThat(overdue("2030-01-10")).isEqualTo(before + 1);

        projection.on(new PersonalDetailsErasedEvent(
                caseId,
                force,
                "MoPI review: no policing purpose",
                supervisor.actedBy(),
                Instant.parse("2030-01-10T10:00:00Z")));
        assertThat(overdue("2030-01-10")).isEqualTo(before);
    }

    /** The gauge's value read afresh on {@code day}. */
    static double overdue(String day) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        OverdueReviews reviews =
                new OverdueReviews(jdbc, Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC), registry);
        double value = registry.get(OverdueReviews.GAUGE).gauge().value();
        // a gauge holds its object weakly: collected before it is read, it reads NaN (as in Spring, the bean holds it)
        Reference.reachabilityFence(reviews);
        return value;
    }

    private EscalationReceivedEvent received(String force) {
        Instant at = Instant.parse("2016-02-28T10:00:00Z");
        return new EscalationReceivedEvent(
                caseId,
                force,
                "137001",
                "E08000025",
                List.of("ADULT_INVOLVED"),
                List.of(new ReferredChild("child-1", 14, "Year 9", List.of("PICTURED"))),
                at,
                at.plusSeconds(86_400),
                null,
                at);
    }

    private CrimeRecordedEvent crimeRecorded(String force, String recordedAt) {
        return new CrimeRecordedEvent(
                caseId,
                force,
                HocrClassification.fromCode("86/02").orElseThrow(),
                "43261234",
                Instant.parse(recordedAt),
                List.of(new ChildRoleAssignment("child-1", ChildRole.VICTIM)),
                SUPERVISOR.actedBy(),
                Instant.parse(recordedAt));
    }
}
