package org.casebridge.cases.incident.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as its school sees it, with what the police decided: {@code policeOutcome} is the outcome's code
 * ({@code OUTCOME_21}, {@code CHARGE}, ...) and {@code policeOutcomeWords} what it means; after a re-escalation,
 * {@code policeRound} is the round the police opened and {@code policeRoundAnswer} their answer to it (OPEN, ACCEPTED
 * or DECLINED); null before any. {@code reference} is the case's reference for people (ADR 0048), also in
 * {@code summary}. {@code transfers} are the children's records sent to the schools they moved to.
 * {@code personalDetailsKeptUntil} is the last day the children's personal details are kept before the retention job
 * erases them (ADR 0053), unless {@code legalHold}; null once they are erased.
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
        LocalDate personalDetailsKeptUntil) {

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
                date);
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

    /** A confiscated device and where it is. */
    public record Device(String ref, String description, String ownerChildRef, String custody, String exhibitRef) {}
}
