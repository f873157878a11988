package org.casebridge.cases.incident.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casebridge.platform.problem.NotFoundException;

/**
 * A case as its school sees it, with what the police decided: {@code policeOutcome} is the outcome's code
 * ({@code OUTCOME_21}, {@code CHARGE}, ...) and {@code policeOutcomeWords} what it means; after a re-escalation,
 * {@code policeRound} is the round the police opened and {@code policeRoundAnswer} their answer to it (OPEN, ACCEPTED
 * or DECLINED); null before any. {@code reference} is the case's reference for people (ADR 0048), also in
 * {@code summary}. {@code transfers} are the children's records sent to the schools they moved to.
 * {@code personalDetailsKeptUntil} is the last day the children's personal details are kept before the retention job
 * erases them (ADR 0053), unless {@code legalHold}; null once they are erased. {@code lado} is the LADO route (ADR
 * 0055): the adults in a position of trust recorded, the referral's clock and what the LADO did.
 * {@code policeLegalHold} is the legal hold the police placed on their escalation of the case (ADR 0089), null when they
 * never did.
 */
public record CaseDetailView(
        String reference,
        CaseSummaryView summary,
        String schoolUrn,
        String howCameToLight,
        Instant cameToLightAt,
        List<String> imagery,
        List<String> platforms,
        String spread,
        boolean mayHaveReachedInternet,
        boolean onSchoolDeviceOrNetwork,
        Instant initialReviewAt,
        String localAuthorityCode,
        String forceCode,
        String policeOutcome,
        String policeOutcomeWords,
        boolean personalDetailsErased,
        List<Child> childrenInvolved,
        List<Device> devices,
        List<TimelineEntryView> policeDecisions,
        Integer policeRound,
        String policeRoundAnswer,
        boolean legalHold,
        Instant disclosureStatementGivenAt,
        List<Transfer> transfers,
        LocalDate personalDetailsKeptUntil,
        Lado lado,
        PoliceLegalHold policeLegalHold) {

    /**
     * The case with the last day its personal details are kept (ADR 0053): the retention job erases them after it,
     * unless a legal hold is set; null once erased.
     */
    public CaseDetailView keptUntil(LocalDate date) {
        return new CaseDetailView(
                reference,
                summary,
                schoolUrn,
                howCameToLight,
                cameToLightAt,
                imagery,
                platforms,
                spread,
                mayHaveReachedInternet,
                onSchoolDeviceOrNetwork,
                initialReviewAt,
                localAuthorityCode,
                forceCode,
                policeOutcome,
                policeOutcomeWords,
                personalDetailsErased,
                childrenInvolved,
                devices,
                policeDecisions,
                policeRound,
                policeRoundAnswer,
                legalHold,
                disclosureStatementGivenAt,
                transfers,
                date,
                lado,
                policeLegalHold);
    }

    /** The case's child {@code ref}; 404 for a ref the case has not. */
    public Child child(String ref) {
        return childrenInvolved.stream()
                .filter(child -> child.ref().equals(ref))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("child", ref));
    }

    /** A child, pseudonymous, and whether the parents decision is recorded. */
    public record Child(
            String ref, int age, String yearGroup, List<String> roles, List<String> flags, String parents) {}

    /**
     * A child's record sent to the school the child moved to (ADR 0054): when its receipt was due, whether it is
     * overdue, and when the new school's DSL confirmed it (null until then).
     */
    public record Transfer(
            String transferId,
            String childRef,
            String toSchoolUrn,
            Instant startedAt,
            LocalDate childStartedOn,
            Instant receiptDueAt,
            boolean overdue,
            Instant receivedAt,
            String receivedBy,
            String reason) {}

    /**
     * The LADO route of the case (ADR 0055): the adults in a position of trust recorded (role and employer's kind, never
     * who), when the referral of those not yet referred is due ({@code referralDueAt}, null when none waits) and whether
     * it is {@code referralOverdue}, when the case was last referred, and each LADO's steps. {@code notRoutedAt} is when
     * the school referred a referral that reached no LADO, because the agency directory names none for
     * {@code notRoutedArea} (ADR 0065): the DSL must telephone the LADO. Both null when the referral reached one.
     */
    public record Lado(
            List<Adult> adults,
            Instant referralDueAt,
            boolean referralOverdue,
            Instant referredAt,
            List<LadoSteps> ladoSteps,
            Instant notRoutedAt,
            String notRoutedArea) {

        /** No adult recorded: the route does not apply. */
        public boolean applies() {
            return !adults.isEmpty();
        }
    }

    /** An adult in a position of trust, by ref, role and the kind of organisation that employs them. */
    public record Adult(String ref, String role, String employer, Instant recordedAt, Instant ladoReferredAt) {}

    /**
     * What a LADO did on the referral: received, acknowledged, the allegation management meeting (its day and the roles
     * that attended) and the outcome (SUBSTANTIATED, UNSUBSTANTIATED, UNFOUNDED, FALSE or MALICIOUS), each null until done;
     * {@code acknowledgementOverdue} while the LADO's one-working-day acknowledgement has run out on its clock (ADR 0065).
     */
    public record LadoSteps(
            String agencyId,
            Instant receivedAt,
            Instant acknowledgedAt,
            boolean acknowledgementOverdue,
            LocalDate meetingHeldOn,
            List<String> meetingAttendeeRoles,
            String outcome,
            Instant outcomeRecordedAt) {}

    /**
     * The legal hold the force holding the escalation placed on its record of the case (ADR 0081, ADR 0089): which force
     * placed it and when, and, once lifted, which force lifted it (the hold follows the escalation across a transfer)
     * and when. While {@code held}, the retention job does not erase the case. Never the reason, which stays with the
     * police.
     */
    public record PoliceLegalHold(
            String forceCode,
            String forceName,
            Instant placedAt,
            boolean held,
            String liftedByForceCode,
            String liftedByForceName,
            Instant liftedAt) {}

    /** A confiscated device and where it is. */
    public record Device(String ref, String description, String ownerChildRef, String custody, String exhibitRef) {}
}
