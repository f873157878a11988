package org.casebridge.police.escalation.query;

import static org.casebridge.police.shared.ReadModels.appendOnce;
import static org.casebridge.police.shared.ReadModels.erasedColumns;
import static org.casebridge.police.shared.ReadModels.erasedInArray;
import static org.casebridge.police.shared.ReadModels.json;
import static org.casebridge.police.shared.ReadModels.list;
import static org.casebridge.police.shared.ReadModels.timestamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.casebridge.police.escalation.command.ChildRoleAssignment;
import org.casebridge.police.escalation.command.EscalationEvent.AggravatingFactorsAssessedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.CaseReferenceLearnedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.ChildRoleChangedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.CrimeReclassifiedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.CrimeRecordDueForReviewEvent;
import org.casebridge.police.escalation.command.EscalationEvent.CrimeRecordedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.DisclosureStatementGivenEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationAcceptedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationDeclinedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationReceivedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationRoundOpenedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationTransferredEvent;
import org.casebridge.police.escalation.command.EscalationEvent.LegalHoldLiftedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.LegalHoldSetEvent;
import org.casebridge.police.escalation.command.EscalationEvent.NoFactorsReasonRecordedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.OutcomeAssignedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.OutcomeProposedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.OutcomeSentBackEvent;
import org.casebridge.police.escalation.command.EscalationEvent.PersonalDetailsErasedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.ReferralCriteriaUpdatedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.SchoolChildChangedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.SchoolClosedCaseEvent;
import org.casebridge.police.escalation.command.EscalationEvent.StrategyMeetingOverdueEvent;
import org.casebridge.police.escalation.command.EscalationEvent.VictimCrimeRecordedEvent;
import org.casebridge.police.escalation.command.EscalationStatus;
import org.casebridge.police.escalation.command.ReferredChild;
import org.casebridge.police.escalation.query.EscalationViews.AmendmentView;
import org.casebridge.police.escalation.query.EscalationViews.LegalHoldActionView;
import org.casebridge.police.escalation.query.EscalationViews.VictimCrimeView;
import org.casebridge.police.reference.MopiReviewSchedule;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.StrategyMeetingHeldEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code police_escalation} table: one row per case, for the inbox, the case detail and the sign-off queue.
 * Every handler is an idempotent upsert, so a replayed event changes nothing.
 */
@Component
@ProcessingGroup(EscalationProjection.GROUP)
class EscalationProjection {

    static final String GROUP = "police-escalations";

    private final JdbcTemplate jdbc;
    private final ReviewClock reviews;

    EscalationProjection(JdbcTemplate jdbc, MopiReviewSchedule schedule) {
        this.jdbc = jdbc;
        this.reviews = new ReviewClock(jdbc, schedule);
    }

    @EventHandler
    void on(EscalationReceivedEvent e) {
        jdbc.update(
                """
                INSERT INTO police_escalation (case_id, force_code, school_urn, local_authority_code, status,
                    criteria_met, children, referred_at, received_at, strategy_meeting_due_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)
                ON CONFLICT (case_id) DO NOTHING""",
                e.caseId(),
                e.forceCode(),
                e.schoolUrn(),
                e.localAuthorityCode(),
                EscalationStatus.NEW.name(),
                json(e.criteriaMet()),
                json(e.children()),
                timestamp(e.referredAt()),
                timestamp(e.at()),
                timestamp(e.strategyMeetingDueBy()),
                timestamp(e.at()));
    }

    @EventHandler
    void on(ReferralCriteriaUpdatedEvent e) {
        update(
                e.caseId(),
                e.at(),
                "criteria_met = ?::jsonb, strategy_meeting_due_by = ?",
                json(e.criteriaMet()),
                timestamp(e.strategyMeetingDueBy()));
    }

    @EventHandler
    void on(EscalationAcceptedEvent e) {
        update(
                e.caseId(),
                e.at(),
                "status = ?, accepted_by = ?, accepted_by_role = ?, accepted_at = ?",
                EscalationStatus.ACCEPTED.name(),
                e.by().id(),
                e.by().role(),
                timestamp(e.at()));
    }

    /** A decline starts its own review clock (ADR 0069, 0076): a review that fell due before it is due no longer. */
    @EventHandler
    void on(EscalationDeclinedEvent e) {
        update(e.caseId(), e.at(), """
                        status = ?, declined_reason = ?, declined_by = ?, declined_at = ?, review_due_on = NULL,
                        mopi_group = NULL""", EscalationStatus.DECLINED.name(), e.reason(), e.by().id(), timestamp(e.at()));
        reviews.refresh(e.caseId());
    }

    @EventHandler
    void on(EscalationTransferredEvent e, @MessageIdentifier String eventId) {
        TransferView transfer =
                new TransferView(eventId, e.forceCode(), e.toForceCode(), e.reason(), e.by().id(), e.at());
        jdbc.update(
                """
                UPDATE police_escalation SET force_code = ?, status = ?, accepted_by = NULL, accepted_by_role = NULL,
                    accepted_at = NULL, transfers = transfers || jsonb_build_array(?::jsonb), updated_at = ?
                WHERE case_id = ? AND NOT transfers @> jsonb_build_array(jsonb_build_object('eventId', ?::text))""",
                e.toForceCode(),
                EscalationStatus.NEW.name(),
                json(transfer),
                timestamp(e.at()),
                e.caseId(),
                eventId);
        reviews.refresh(e.caseId());
    }

    /** A crime recorded starts its classification's review clock (ADR 0076), as a decline does its own. */
    @EventHandler
    void on(CrimeRecordedEvent e) {
        update(
                e.caseId(),
                e.at(),
                """
                        classification = ?, crime_reference = ?, crime_recorded_at = ?, crime_recorded_by = ?,
                        child_roles = ?::jsonb, review_due_on = NULL, mopi_group = NULL""",
                e.classification().code(),
                e.crimeReference(),
                timestamp(e.recordedAt()),
                e.by().id(),
                json(e.childRoles()));
        reviews.refresh(e.caseId());
    }

    @EventHandler
    void on(AggravatingFactorsAssessedEvent e) {
        update(
                e.caseId(),
                e.at(),
                """
                        aggravating_factors = ?::jsonb, police_path = ?, strategy_meeting_required = ?,
                        assessed_by = ?, assessed_at = ?""",
                json(e.findings()),
                e.path().name(),
                e.strategyMeetingRequired(),
                e.by().id(),
                timestamp(e.at()));
    }

    @EventHandler
    void on(OutcomeProposedEvent e) {
        update(
                e.caseId(),
                e.at(),
                """
                        outcome_status = 'PROPOSED', outcome = ?, outcome_rationale = ?, diversionary_activity = ?,
                        proposed_by = ?, proposed_at = ?, sent_back_reason = NULL, sent_back_by = NULL,
                        sent_back_at = NULL""",
                e.outcome().name(),
                e.rationale(),
                e.diversionaryActivity(),
                e.by().id(),
                timestamp(e.at()));
    }

    @EventHandler
    void on(OutcomeSentBackEvent e) {
        update(
                e.caseId(),
                e.at(),
                "outcome_status = 'SENT_BACK', sent_back_reason = ?, sent_back_by = ?, sent_back_at = ?",
                e.reason(),
                e.by().id(),
                timestamp(e.at()));
    }

    @EventHandler
    void on(OutcomeAssignedEvent e) {
        update(
                e.caseId(),
                e.at(),
                "outcome_status = 'ASSIGNED', outcome = ?, signed_off_by = ?, outcome_assigned_at = ?",
                e.outcome().name(),
                e.by().id(),
                timestamp(e.at()));
    }

    @EventHandler
    void on(DisclosureStatementGivenEvent e, @MessageIdentifier String eventId) {
        DisclosureView disclosure = new DisclosureView(
                eventId, e.givenTo().stream().map(Enum::name).toList(), e.statementVersion(), e.givenAt(), e.by().id());
        appendOnceTo(e.caseId(), "disclosures", eventId, json(disclosure));
    }

    @EventHandler
    void on(CrimeRecordDueForReviewEvent e) {
        update(e.caseId(), e.at(), "review_due_on = ?, mopi_group = ?", e.dueOn(), e.mopiGroup());
        reviews.refresh(e.caseId());
    }

    @EventHandler
    void on(StrategyMeetingOverdueEvent e) {
        update(e.caseId(), e.at(), "strategy_meeting_overdue = true");
    }

    @EventHandler
    void on(StrategyMeetingHeldEvent e) {
        update(e.caseId(), e.at(), "strategy_meeting_held = true");
    }

    /** The escalation is new in the inbox again; a newly met criterion restarts the meeting clock and the assessment. */
    @EventHandler
    void on(EscalationRoundOpenedEvent e) {
        update(
                e.caseId(),
                e.at(),
                """
                        status = ?, round = ?, criteria_met = ?::jsonb, criteria_newly_met = ?::jsonb, children = ?::jsonb,
                        round_opened_at = ?, previous_outcome = coalesce(?, previous_outcome), accepted_by = NULL,
                        accepted_by_role = NULL, accepted_at = NULL, declined_reason = NULL, declined_by = NULL,
                        declined_at = NULL, outcome_status = NULL, outcome = NULL, outcome_rationale = NULL,
                        diversionary_activity = NULL, proposed_by = NULL, proposed_at = NULL, sent_back_reason = NULL,
                        sent_back_by = NULL, sent_back_at = NULL, signed_off_by = NULL, outcome_assigned_at = NULL""",
                EscalationStatus.NEW.name(),
                e.round(),
                json(e.criteriaMet()),
                json(e.criteriaNewlyMet()),
                json(e.children()),
                timestamp(e.escalatedAt()),
                e.previousOutcome() == null ? null : e.previousOutcome().name());
        if (e.strategyMeetingDueBy() != null) {
            update(e.caseId(), e.at(), """
                            strategy_meeting_due_by = ?, strategy_meeting_overdue = false, strategy_meeting_held = false,
                            strategy_meeting_required = NULL, aggravating_factors = NULL, police_path = NULL,
                            assessed_by = NULL, assessed_at = NULL, no_factors_reason = NULL""", timestamp(e.strategyMeetingDueBy()));
        }
        reviews.refresh(e.caseId());
    }

    @EventHandler
    void on(NoFactorsReasonRecordedEvent e) {
        update(e.caseId(), e.at(), "no_factors_reason = ?", e.reason());
    }

    @EventHandler
    void on(CrimeReclassifiedEvent e, @MessageIdentifier String eventId) {
        update(e.caseId(), e.at(), "classification = ?", e.to().code());
        reviews.refresh(e.caseId());
        appendOnceTo(
                e.caseId(),
                "amendments",
                eventId,
                json(new AmendmentView(
                        eventId,
                        "RECLASSIFIED",
                        null,
                        e.from().code(),
                        e.to().code(),
                        e.reason(),
                        e.by().id(),
                        e.at())));
    }

    @EventHandler
    void on(ChildRoleChangedEvent e, @MessageIdentifier String eventId) {
        List<ChildRoleAssignment> roles = stored(e.caseId(), "child_roles", ChildRoleAssignment.class);
        roles.removeIf(r -> r.childRef().equals(e.childRef()));
        roles.add(new ChildRoleAssignment(e.childRef(), e.to()));
        update(e.caseId(), e.at(), "child_roles = ?::jsonb", json(roles));
        appendOnceTo(
                e.caseId(),
                "amendments",
                eventId,
                json(new AmendmentView(
                        eventId,
                        "CHILD_ROLE_CHANGED",
                        e.childRef(),
                        e.from() == null ? null : e.from().name(),
                        e.to().name(),
                        e.reason(),
                        e.by().id(),
                        e.at())));
    }

    @EventHandler
    void on(VictimCrimeRecordedEvent e, @MessageIdentifier String eventId) {
        appendOnceTo(
                e.caseId(),
                "victim_crimes",
                eventId,
                json(new VictimCrimeView(
                        eventId,
                        e.victimRef(),
                        e.classification().code(),
                        e.crimeReference(),
                        e.recordedAt(),
                        e.by().id())));
    }

    @EventHandler
    void on(SchoolChildChangedEvent e, @MessageIdentifier String eventId) {
        List<ReferredChild> children = stored(e.caseId(), "children", ReferredChild.class);
        children.removeIf(c -> c.ref().equals(e.after().ref()));
        children.add(e.after());
        update(e.caseId(), e.at(), "children = ?::jsonb", json(children));
        appendOnceTo(
                e.caseId(),
                "amendments",
                eventId,
                json(new AmendmentView(
                        eventId,
                        e.before() == null ? "SCHOOL_CHILD_ADDED" : "SCHOOL_CHILD_AMENDED",
                        e.after().ref(),
                        e.before() == null ? null : described(e.before()),
                        described(e.after()),
                        null,
                        e.by().id(),
                        e.changedAt())));
    }

    /** A child as the school described them: age, year group and roles. */
    private static String described(ReferredChild child) {
        return "age " + child.age() + ", " + child.yearGroup() + ", " + String.join(" and ", child.roles());
    }

    @EventHandler
    void on(SchoolClosedCaseEvent e) {
        update(
                e.caseId(),
                e.at(),
                "school_closed_at = ?, school_closed_without_police_outcome = ?",
                timestamp(e.closedAt()),
                e.closedWithoutPoliceOutcome());
    }

    @EventHandler
    void on(CaseReferenceLearnedEvent e) {
        update(e.caseId(), e.at(), "case_reference = ?", e.caseReference());
    }

    /** The case's free text became unreadable with its key (ADR 0064): the copies here go too. */
    @EventHandler
    void on(PersonalDetailsErasedEvent e) {
        update(
                e.caseId(),
                e.at(),
                String.join(
                        ", ",
                        erasedColumns(
                                "declined_reason",
                                "outcome_rationale",
                                "diversionary_activity",
                                "sent_back_reason",
                                "no_factors_reason",
                                "legal_hold_reason"),
                        erasedInArray("transfers", "reason"),
                        erasedInArray("legal_holds", "reason"),
                        erasedInArray("aggravating_factors", "notes"),
                        erasedInArray("amendments", "reason")));
        update(
                e.caseId(),
                e.at(),
                "personal_details_erased_at = coalesce(personal_details_erased_at, ?)",
                timestamp(e.at()));
    }

    /** The escalation is held from now (ADR 0081); the set stays on its timeline after the hold is lifted. */
    @EventHandler
    void on(LegalHoldSetEvent e, @MessageIdentifier String eventId) {
        update(
                e.caseId(),
                e.at(),
                "legal_hold_since = ?, legal_hold_by = ?, legal_hold_reason = ?",
                timestamp(e.at()),
                e.by().id(),
                e.reason());
        appendOnceTo(
                e.caseId(),
                "legal_holds",
                eventId,
                json(new LegalHoldActionView(eventId, "SET", e.reason(), e.by().id(), e.by().role(), e.at())));
    }

    @EventHandler
    void on(LegalHoldLiftedEvent e, @MessageIdentifier String eventId) {
        update(e.caseId(), e.at(), "legal_hold_since = NULL, legal_hold_by = NULL, legal_hold_reason = NULL");
        appendOnceTo(
                e.caseId(),
                "legal_holds",
                eventId,
                json(new LegalHoldActionView(eventId, "LIFTED", e.reason(), e.by().id(), e.by().role(), e.at())));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM police_escalation");
    }

    /** Adds the view to the escalation's JSON array column, once per event (a replay adds nothing twice). */
    private void appendOnceTo(String caseId, String column, String eventId, String view) {
        appendOnce(jdbc, "police_escalation", "case_id", caseId, column, "eventId", eventId, view);
    }

    /** The escalation's JSON array column as a list to change; empty where it holds none. */
    private <T> List<T> stored(String caseId, String column, Class<T> type) {
        List<String> found = jdbc.queryForList(
                "SELECT " + column + "::text FROM police_escalation WHERE case_id = ?", String.class, caseId);
        List<T> values = new ArrayList<>();
        if (!found.isEmpty() && found.getFirst() != null) {
            values.addAll(list(found.getFirst(), type));
        }
        return values;
    }

    private void update(String caseId, Instant at, String assignments, Object... args) {
        Object[] all = new Object[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = timestamp(at);
        all[args.length + 1] = caseId;
        jdbc.update("UPDATE police_escalation SET " + assignments + ", updated_at = ? WHERE case_id = ?", all);
    }
}
