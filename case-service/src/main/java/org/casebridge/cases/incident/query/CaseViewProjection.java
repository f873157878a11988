package org.casebridge.cases.incident.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.casebridge.cases.incident.api.AdultInPositionOfTrustRecordedEvent;
import org.casebridge.cases.incident.api.AdultInvolved;
import org.casebridge.cases.incident.api.Agency;
import org.casebridge.cases.incident.api.CaseClosedEvent;
import org.casebridge.cases.incident.api.CaseEscalatedEvent;
import org.casebridge.cases.incident.api.CaseEvent;
import org.casebridge.cases.incident.api.CaseHandledInSchoolEvent;
import org.casebridge.cases.incident.api.CaseReferredEvent;
import org.casebridge.cases.incident.api.CaseReferredToLadoEvent;
import org.casebridge.cases.incident.api.ChildAddedEvent;
import org.casebridge.cases.incident.api.ChildAmendedEvent;
import org.casebridge.cases.incident.api.ChildDeletionConfirmedEvent;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.cases.incident.api.ChildRecordTransferOverdueEvent;
import org.casebridge.cases.incident.api.ChildRecordTransferReceiptConfirmedEvent;
import org.casebridge.cases.incident.api.ChildRecordTransferStartedEvent;
import org.casebridge.cases.incident.api.DeviceConfiscatedEvent;
import org.casebridge.cases.incident.api.DeviceExaminedEvent;
import org.casebridge.cases.incident.api.DeviceHandedToPoliceEvent;
import org.casebridge.cases.incident.api.DeviceReturnedEvent;
import org.casebridge.cases.incident.api.ExceptionalViewingRecordedEvent;
import org.casebridge.cases.incident.api.ImageryDeletedBySchoolEvent;
import org.casebridge.cases.incident.api.IncidentReportedEvent;
import org.casebridge.cases.incident.api.InitialReviewOverdueEvent;
import org.casebridge.cases.incident.api.InitialReviewRecordedEvent;
import org.casebridge.cases.incident.api.LadoReferralNotRoutedEvent;
import org.casebridge.cases.incident.api.LadoReferralOverdueEvent;
import org.casebridge.cases.incident.api.LadoUpdateKind;
import org.casebridge.cases.incident.api.LadoUpdateReceivedEvent;
import org.casebridge.cases.incident.api.LegalHoldLiftedEvent;
import org.casebridge.cases.incident.api.LegalHoldSetEvent;
import org.casebridge.cases.incident.api.ParentsInformedEvent;
import org.casebridge.cases.incident.api.ParentsNotInformedEvent;
import org.casebridge.cases.incident.api.PersonalDetailsErasedEvent;
import org.casebridge.cases.incident.api.PoliceUpdateReceivedEvent;
import org.casebridge.cases.incident.api.SupportRecordedEvent;
import org.casebridge.platform.reference.PlaceNames;
import org.casebridge.platform.sealing.Sealed;
import org.casebridge.platform.sealing.SealedText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects every case event into the case list, the case detail and the timeline. Idempotent: a redelivered event
 * writes the same rows again, so a token claim lost to another node does no harm.
 */
@Component
@ProcessingGroup(CaseViewProjection.PROCESSING_GROUP)
public class CaseViewProjection {

    public static final String PROCESSING_GROUP = "case-views";

    private final JdbcTemplate jdbc;
    private final PlaceNames places;

    public CaseViewProjection(JdbcTemplate jdbc, PlaceNames places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        UUID caseId = event.caseId().value();
        switch (event) {
            case IncidentReportedEvent e -> reported(e);
            case InitialReviewRecordedEvent e -> update(caseId, """
                    status = 'REVIEWED', initial_review_at = ?, overdue = FALSE, criteria_met = ?""", ts(e.heldAt()), join(e.criteriaMet()));
            case CaseHandledInSchoolEvent e -> update(caseId, "status = 'HANDLED_IN_SCHOOL'");
            case CaseReferredEvent e ->
                referred(caseId, e.referredTo(), e.criteriaMet(), e.localAuthorityCode(), e.forceCode());
            case CaseEscalatedEvent e ->
                referred(caseId, e.referredTo(), e.criteriaMet(), e.localAuthorityCode(), e.forceCode());
            case ParentsInformedEvent e -> parents(caseId, e.childRef(), "INFORMED");
            case ParentsNotInformedEvent e -> parents(caseId, e.childRef(), "NOT_INFORMED");
            case DeviceConfiscatedEvent e ->
                jdbc.update("""
                    INSERT INTO case_device (case_id, device_ref, description, owner_child_ref, custody)
                    VALUES (?, ?, ?, ?, 'WITH_SCHOOL') ON CONFLICT (case_id, device_ref) DO NOTHING""", caseId, e.deviceRef(), e.description(), e.ownerChildRef());
            case DeviceHandedToPoliceEvent e -> jdbc.update("""
                    UPDATE case_device SET custody = 'WITH_POLICE', exhibit_ref = ?
                    WHERE case_id = ? AND device_ref = ?""", e.exhibitRef(), caseId, e.deviceRef());
            case ImageryDeletedBySchoolEvent e -> custody(caseId, e.deviceRef(), "CLEARED_BY_SCHOOL");
            case DeviceReturnedEvent e -> custody(caseId, e.deviceRef(), "RETURNED");
            case PoliceUpdateReceivedEvent e -> policeUpdate(caseId, e);
            case InitialReviewOverdueEvent e -> update(caseId, "overdue = (initial_review_at IS NULL)");
            case CaseClosedEvent e -> update(caseId, "status = 'CLOSED', closed_at = ?", ts(e.at()));
            case PersonalDetailsErasedEvent e -> erased(caseId, sequence);
            case LegalHoldSetEvent e -> update(caseId, "legal_hold = TRUE");
            case LegalHoldLiftedEvent e -> update(caseId, "legal_hold = FALSE");
            case ChildAddedEvent e -> child(caseId, e.child());
            case ChildAmendedEvent e ->
                jdbc.update(
                        "UPDATE case_child SET age = ?, year_group = ?, roles = ? WHERE case_id = ? AND child_ref = ?",
                        e.after().age(),
                        e.after().yearGroup(),
                        join(e.after().roles()),
                        caseId,
                        e.childRef());
            case ChildRecordTransferStartedEvent e ->
                jdbc.update(
                        """
                        INSERT INTO case_transfer (transfer_id, case_id, child_ref, to_school_urn, started_at, started_by,
                            child_started_on, due_at, reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (transfer_id) DO NOTHING""",
                        e.transferId(),
                        caseId,
                        e.childRef(),
                        e.toSchoolUrn(),
                        ts(e.at()),
                        e.by().id(),
                        e.childStartedOn(),
                        ts(e.dueAt()),
                        e.rationale());
            case ChildRecordTransferReceiptConfirmedEvent e ->
                jdbc.update(
                        "UPDATE case_transfer SET received_at = ?, received_by = ?, overdue = FALSE WHERE transfer_id = ?",
                        ts(e.at()),
                        e.by().id(),
                        e.transferId());
            case ChildRecordTransferOverdueEvent e ->
                jdbc.update(
                        "UPDATE case_transfer SET overdue = (received_at IS NULL) WHERE transfer_id = ?",
                        e.transferId());
            case AdultInPositionOfTrustRecordedEvent e -> {
                jdbc.update(
                        """
                        INSERT INTO case_adult (case_id, adult_ref, role, employer, recorded_at, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, adult_ref) DO NOTHING""",
                        caseId,
                        e.adult().ref(),
                        e.adult().role().name(),
                        e.adult().employer().name(),
                        ts(e.at()),
                        e.by().id());
                update(caseId, "lado_referral_due_at = COALESCE(lado_referral_due_at, ?)", ts(e.ladoReferralDueAt()));
            }
            case CaseReferredToLadoEvent e -> {
                for (AdultInvolved adult : e.adults()) {
                    jdbc.update(
                            "UPDATE case_adult SET lado_referred_at = ? WHERE case_id = ? AND adult_ref = ?",
                            ts(e.at()),
                            caseId,
                            adult.ref());
                }
                update(
                        caseId,
                        "lado_referral_due_at = NULL, lado_referral_overdue = FALSE, lado_referred_at = ?",
                        ts(e.at()));
            }
            case LadoReferralOverdueEvent e ->
                update(caseId, "lado_referral_overdue = (lado_referral_due_at IS NOT NULL)");
            case LadoUpdateReceivedEvent e -> {
                lado(caseId, e);
                if (e.kind() == LadoUpdateKind.REFERRAL_RECEIVED) {
                    update(caseId, "lado_not_routed_at = NULL, lado_not_routed_area = NULL");
                }
            }
            case LadoReferralNotRoutedEvent e ->
                update(
                        caseId,
                        "lado_not_routed_at = ?, lado_not_routed_area = ?",
                        ts(e.referredAt()),
                        e.localAuthorityCode());
            // These change nothing but the timeline and last_event_at, written for every event below.
            case DeviceExaminedEvent e -> {}
            case ExceptionalViewingRecordedEvent e -> {}
            case ChildDeletionConfirmedEvent e -> {}
            case SupportRecordedEvent e -> {}
        }
        jdbc.update(
                "UPDATE case_summary SET last_event_at = GREATEST(last_event_at, ?) WHERE case_id = ?",
                ts(event.at()),
                caseId);
        jdbc.update(
                """
                INSERT INTO case_timeline (case_id, sequence, event_type, actor_id, actor_role, actor_org,
                                           occurred_at, what, why)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, sequence) DO NOTHING""",
                caseId,
                sequence,
                event.getClass().getSimpleName().replaceFirst("Event$", ""),
                event.by().id(),
                event.by().role(),
                event.by().organisation(),
                ts(event.at()),
                TimelineText.what(event, places),
                event.rationale());
    }

    private void erased(UUID caseId, long sequence) {
        update(caseId, "personal_details_erased = TRUE");
        eraseFreeText(jdbc, caseId, sequence);
    }

    /**
     * The case's free text is erased with its key (ADR 0058): the rows that copied it (before the event at {@code
     * sequence}) say so, as a replay after the erasure writes them, where the stored events read {@link
     * SealedText#ERASED}. Also run by the migration that sealed the events of cases erased before it.
     */
    public static void eraseFreeText(JdbcTemplate jdbc, UUID caseId, long sequence) {
        jdbc.update(
                "UPDATE case_timeline SET why = ? WHERE case_id = ? AND sequence < ? AND why IS NOT NULL"
                        + " AND event_type = ANY (?)",
                SealedText.ERASED,
                caseId,
                sequence,
                SEALED_RATIONALE);
        jdbc.update(
                "UPDATE case_device SET description = ? WHERE case_id = ? AND description IS NOT NULL",
                SealedText.ERASED,
                caseId);
        jdbc.update(
                "UPDATE case_transfer SET reason = ? WHERE case_id = ? AND reason IS NOT NULL",
                SealedText.ERASED,
                caseId);
    }

    /** The timeline's names of the events whose rationale is sealed (the others are Casebridge's own words). */
    private static final String[] SEALED_RATIONALE = Arrays.stream(CaseEvent.class.getPermittedSubclasses())
            .filter(type -> Arrays.stream(type.getRecordComponents())
                    .anyMatch(c -> c.getName().equals("rationale") && c.isAnnotationPresent(Sealed.class)))
            .map(type -> type.getSimpleName().replaceFirst("Event$", ""))
            .toArray(String[]::new);

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM case_lado_referral");
        jdbc.update("DELETE FROM case_adult");
        jdbc.update("DELETE FROM case_transfer");
        jdbc.update("DELETE FROM case_timeline");
        jdbc.update("DELETE FROM case_device");
        jdbc.update("DELETE FROM case_child");
        jdbc.update("DELETE FROM case_summary");
    }

    private void reported(IncidentReportedEvent e) {
        UUID caseId = e.caseId().value();
        jdbc.update(
                """
                INSERT INTO case_summary (case_id, school_urn, status, how_came_to_light, came_to_light_at, imagery,
                    platforms, spread, may_have_reached_internet, on_school_device_or_network, reported_at,
                    initial_review_due_at, last_event_at, reference)
                VALUES (?, ?, 'REPORTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING""",
                caseId,
                e.schoolUrn(),
                e.howCameToLight().name(),
                ts(e.cameToLightAt()),
                join(e.imagery()),
                join(e.platforms()),
                e.spread().name(),
                e.mayHaveReachedInternet(),
                e.onSchoolDeviceOrNetwork(),
                ts(e.at()),
                ts(e.initialReviewDueAt()),
                ts(e.at()),
                e.reference());
        for (ChildInvolved child : e.children()) {
            child(caseId, child);
        }
    }

    private void child(UUID caseId, ChildInvolved child) {
        jdbc.update("""
                INSERT INTO case_child (case_id, child_ref, age, year_group, roles, flags)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, child_ref) DO NOTHING""", caseId, child.ref(), child.age(), child.yearGroup(), join(child.roles()), join(child.flags()));
    }

    private void referred(
            UUID caseId, Collection<Agency> to, Collection<?> criteria, String localAuthority, String force) {
        jdbc.update(
                """
                UPDATE case_summary SET status = 'REFERRED', closed_at = NULL, criteria_met = ?,
                    referred_to = ?, local_authority_code = ?, force_code = ?,
                    awaiting_police = awaiting_police OR ?
                WHERE case_id = ?""",
                join(criteria),
                join(mergedAgencies(caseId, to)),
                localAuthority,
                force,
                to.contains(Agency.POLICE),
                caseId);
    }

    private Collection<String> mergedAgencies(UUID caseId, Collection<Agency> to) {
        String current =
                jdbc.queryForObject("SELECT referred_to FROM case_summary WHERE case_id = ?", String.class, caseId);
        TreeSet<String> agencies = new TreeSet<>();
        if (current != null && !current.isEmpty()) {
            agencies.addAll(List.of(current.split(",")));
        }
        to.forEach(agency -> agencies.add(agency.name()));
        return agencies;
    }

    /** The police's answer to the current round: OPEN until they accept or decline it, then their answer. */
    private void policeUpdate(UUID caseId, PoliceUpdateReceivedEvent e) {
        switch (e.kind()) {
            case OUTCOME_DECIDED -> update(caseId, "awaiting_police = FALSE, police_outcome = ?", e.rationale());
            case ROUND_OPENED ->
                update(
                        caseId,
                        "awaiting_police = TRUE, police_outcome = NULL, police_round = ?, police_round_answer = 'OPEN'",
                        e.round());
            case ESCALATION_ACCEPTED ->
                update(caseId, "police_round = COALESCE(police_round, 1), police_round_answer = 'ACCEPTED'");
            case ESCALATION_DECLINED ->
                update(
                        caseId,
                        "awaiting_police = FALSE, police_round = COALESCE(police_round, 1),"
                                + " police_round_answer = 'DECLINED'");
            case DISCLOSURE_STATEMENT_GIVEN -> update(caseId, "disclosure_statement_given_at = ?", ts(e.occurredAt()));
            case LEGAL_HOLD_PLACED ->
                forceLegalHold(
                        caseId,
                        e,
                        "police_legal_hold_force = ?, police_legal_hold_since = ?, police_legal_hold_lifted_by = NULL,"
                                + " police_legal_hold_lifted_at = NULL",
                        e.by().organisation(),
                        ts(changedAt(e)));
            case LEGAL_HOLD_LIFTED ->
                forceLegalHold(
                        caseId,
                        e,
                        "police_legal_hold_lifted_by = ?, police_legal_hold_lifted_at = ?",
                        e.by().organisation(),
                        ts(changedAt(e)));
            default -> {}
        }
    }

    /**
     * The force's legal hold (ADR 0089) as the aggregate decides it: the latest placing or lifting by the police's own
     * time, whichever force of the case sent it; an older one arriving late changes nothing. Never the reason.
     */
    private void forceLegalHold(UUID caseId, PoliceUpdateReceivedEvent e, String assignments, Object... values) {
        Object[] arguments = Arrays.copyOf(values, values.length + 3);
        Timestamp changedAt = ts(changedAt(e));
        arguments[values.length] = changedAt;
        arguments[values.length + 1] = caseId;
        arguments[values.length + 2] = changedAt;
        jdbc.update(
                "UPDATE case_summary SET " + assignments + ", police_legal_hold_changed_at = ? WHERE case_id = ?"
                        + " AND (police_legal_hold_changed_at IS NULL OR police_legal_hold_changed_at < ?)",
                arguments);
    }

    private static Instant changedAt(PoliceUpdateReceivedEvent e) {
        return e.occurredAt() == null ? e.at() : e.occurredAt();
    }

    /** The LADO's steps on the school's referral: one row per LADO, each step filling its columns. */
    private void lado(UUID caseId, LadoUpdateReceivedEvent e) {
        String agencyId = e.by().organisation();
        jdbc.update("""
                INSERT INTO case_lado_referral (case_id, agency_id, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (case_id, agency_id) DO NOTHING""", caseId, agencyId, ts(e.at()));
        String assignments = switch (e.kind()) {
            case REFERRAL_RECEIVED -> "received_at = ?";
            case REFERRAL_ACKNOWLEDGED -> "acknowledged_at = ?, acknowledgement_overdue = FALSE";
            case MEETING_HELD -> "meeting_held_on = ?, meeting_attendees = ?";
            case OUTCOME_RECORDED -> "outcome = ?, outcome_recorded_at = ?";
            case ACKNOWLEDGEMENT_OVERDUE -> "acknowledgement_overdue = (acknowledged_at IS NULL)";
        };
        Object[] values = switch (e.kind()) {
            case REFERRAL_RECEIVED, REFERRAL_ACKNOWLEDGED -> new Object[] {ts(e.occurredAt())};
            case MEETING_HELD -> new Object[] {e.meetingHeldOn(), String.join(",", e.attendeeRoles())};
            case OUTCOME_RECORDED -> new Object[] {e.outcome(), ts(e.occurredAt())};
            case ACKNOWLEDGEMENT_OVERDUE -> new Object[] {};
        };
        Object[] arguments = Arrays.copyOf(values, values.length + 3);
        arguments[values.length] = ts(e.at());
        arguments[values.length + 1] = caseId;
        arguments[values.length + 2] = agencyId;
        jdbc.update(
                "UPDATE case_lado_referral SET " + assignments + ", updated_at = ? WHERE case_id = ? AND agency_id = ?",
                arguments);
    }

    private void parents(UUID caseId, String childRef, String decision) {
        jdbc.update(
                "UPDATE case_child SET parents = ? WHERE case_id = ? AND child_ref = ?", decision, caseId, childRef);
    }

    private void custody(UUID caseId, String deviceRef, String custody) {
        jdbc.update(
                "UPDATE case_device SET custody = ? WHERE case_id = ? AND device_ref = ?", custody, caseId, deviceRef);
    }

    private void update(UUID caseId, String assignments, Object... values) {
        Object[] arguments = Arrays.copyOf(values, values.length + 1);
        arguments[values.length] = caseId;
        jdbc.update("UPDATE case_summary SET " + assignments + " WHERE case_id = ?", arguments);
    }

    static String join(Collection<?> values) {
        return values == null
                ? ""
                : values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
