package org.casebridge.notification.delivery.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.police.EscalationTransferredEvent;
import org.casebridge.events.police.StrategyActionAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.events.police.StrategyMeetingConvenedEvent;
import org.casebridge.events.school.EscalationMadeEvent;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.notification.delivery.sharing.CaseFacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The small case table this service needs: each case's area (police events do not carry it) and which organisations
 * are involved in it. Learnt from the events themselves, in the inbox transaction.
 */
@Component
public class CaseDirectory {

    static final String STRATEGY_MEETING_INVITEE = "STRATEGY_MEETING_INVITEE";
    static final String ACTION_OWNER = "ACTION_OWNER";
    /** The recipient a school's referral names when it goes to children's social care (through the MASH). */
    static final String CHILDRENS_SOCIAL_CARE = "CHILDRENS_SOCIAL_CARE";

    private final JdbcTemplate jdbc;

    public CaseDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records what an event tells about its case, before the event is matched against subscriptions. */
    public void learn(IntegrationEvent event, Instant at) {
        switch (event) {
            case ReferralMadeEvent referral -> {
                area(referral.caseId(), referral.localAuthorityCode(), referral.forceCode(), at);
                referredTo(referral.caseId(), referral.referredTo(), at);
            }
            case EscalationMadeEvent escalation -> {
                area(escalation.caseId(), escalation.localAuthorityCode(), escalation.forceCode(), at);
                referredTo(escalation.caseId(), escalation.referredTo(), at);
            }
            case EscalationTransferredEvent transfer ->
                jdbc.update(
                        "UPDATE case_context SET force_code = ?, updated_at = ? WHERE case_id = ?",
                        transfer.toForceCode(),
                        Timestamp.from(at),
                        transfer.caseId());
            case StrategyMeetingConvenedEvent meeting ->
                meeting.invitees()
                        .forEach(invitee -> involve(
                                meeting.caseId(), invitee.id(), STRATEGY_MEETING_INVITEE, meeting.meetingId(), at));
            case StrategyActionAssignedEvent action ->
                actionOwner(action.caseId(), action.actionId(), action.ownerOrganisation(), at);
            case StrategyActionAssignedEventV2 action ->
                actionOwner(action.caseId(), action.actionId(), action.ownerOrganisation(), at);
            default -> {}
        }
    }

    /** The owner of a strategy action, from either version of its assignment (ADR 0044): the same row either way. */
    private void actionOwner(String caseId, String actionId, String ownerOrganisation, Instant at) {
        jdbc.update("""
                INSERT INTO case_action (case_id, action_id, owner_organisation) VALUES (?, ?, ?)
                ON CONFLICT (case_id, action_id) DO UPDATE SET owner_organisation = EXCLUDED.owner_organisation""", caseId, actionId, ownerOrganisation);
        involve(caseId, ownerOrganisation, ACTION_OWNER, actionId, at);
    }

    public CaseFacts facts(String caseId) {
        List<CaseContext> contexts = jdbc.query(
                "SELECT local_authority_code, childrens_social_care_since FROM case_context WHERE case_id = ?",
                (rs, row) -> {
                    Timestamp since = rs.getTimestamp("childrens_social_care_since");
                    return new CaseContext(
                            rs.getString("local_authority_code"), since == null ? null : since.toInstant());
                },
                caseId);
        Map<String, Instant> involved = new HashMap<>();
        jdbc.query(
                "SELECT organisation_id, min(since) AS since FROM case_involvement WHERE case_id = ?"
                        + " GROUP BY organisation_id",
                rs -> {
                    involved.put(
                            rs.getString("organisation_id"),
                            rs.getTimestamp("since").toInstant());
                },
                caseId);
        Map<String, String> owners = new HashMap<>();
        jdbc.query(
                "SELECT action_id, owner_organisation FROM case_action WHERE case_id = ?",
                rs -> {
                    owners.put(rs.getString("action_id"), rs.getString("owner_organisation"));
                },
                caseId);
        CaseContext context = contexts.isEmpty() ? new CaseContext(null, null) : contexts.getFirst();
        return new CaseFacts(context.area(), involved, owners, context.childrensSocialCareSince());
    }

    private record CaseContext(String area, Instant childrensSocialCareSince) {}

    /** The first time the school referred the case to children's social care, whatever order events arrived in. */
    private void referredTo(String caseId, List<String> recipients, Instant at) {
        if (recipients.contains(CHILDRENS_SOCIAL_CARE)) {
            jdbc.update("""
                            UPDATE case_context SET childrens_social_care_since =
                                LEAST(COALESCE(childrens_social_care_since, ?), ?) WHERE case_id = ?""", Timestamp.from(at), Timestamp.from(at), caseId);
        }
    }

    private void area(String caseId, String localAuthorityCode, String forceCode, Instant at) {
        jdbc.update("""
                        INSERT INTO case_context (case_id, local_authority_code, force_code, updated_at)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (case_id) DO UPDATE SET local_authority_code = EXCLUDED.local_authority_code,
                            force_code = EXCLUDED.force_code, updated_at = EXCLUDED.updated_at""", caseId, localAuthorityCode, forceCode, Timestamp.from(at));
    }

    private void involve(String caseId, String organisation, String reason, String reference, Instant at) {
        if (organisation == null || organisation.isBlank()) {
            return;
        }
        jdbc.update("""
                        INSERT INTO case_involvement (case_id, organisation_id, reason, reference, since)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", caseId, organisation, reason, reference, Timestamp.from(at));
    }
}
