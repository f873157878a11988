package org.casebridge.cases.transfer.api;

import java.time.Instant;
import java.util.List;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.platform.sealing.Sealed;

/**
 * What the sending case hands over about one child (ADR 0054 lists each field and why): the child as the case knows
 * them (ref, age, year group, roles, flags), the facts of the incident, the decisions as they stand, and every entry
 * of the case's timeline. The other children of the case appear as refs only; their identities are never copied.
 * The child's own identity is not in here: it travels encrypted, under the receiving record's key.
 */
public record TransferredRecordContent(
        ChildInvolved child,
        List<String> otherChildRefs,
        String howCameToLight,
        Instant cameToLightAt,
        List<String> imagery,
        List<String> platforms,
        String spread,
        boolean mayHaveReachedInternet,
        boolean onSchoolDeviceOrNetwork,
        String status,
        Instant reportedAt,
        Instant initialReviewAt,
        List<String> criteriaMet,
        List<String> referredTo,
        String policeOutcomeWords,
        Instant closedAt,
        List<Entry> timeline) {

    public TransferredRecordContent {
        otherChildRefs = otherChildRefs == null ? List.of() : List.copyOf(otherChildRefs);
        imagery = imagery == null ? List.of() : List.copyOf(imagery);
        platforms = platforms == null ? List.of() : List.copyOf(platforms);
        criteriaMet = criteriaMet == null ? List.of() : List.copyOf(criteriaMet);
        referredTo = referredTo == null ? List.of() : List.copyOf(referredTo);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }

    /** One entry of the sending case's timeline: who (by role and organisation), when, what and why. */
    public record Entry(
            Instant at,
            String type,
            String actorId,
            String actorRole,
            String actorOrganisation,
            @Sealed String what,
            @Sealed String why) {}
}
