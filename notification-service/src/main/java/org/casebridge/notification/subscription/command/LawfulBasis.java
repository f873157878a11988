package org.casebridge.notification.subscription.command;

import java.util.Optional;
import org.casebridge.events.lawful.Schedule1Condition;

/**
 * The lawful basis on which the subscribing agency receives every share of the subscription: an Article 6 basis a
 * public authority may use plus the condition for special category data chosen from DPA 2018 Schedule 1, usually
 * {@code PUBLIC_TASK} with para 18 (safeguarding of children and individuals at risk). A subscription stored before
 * ADR 0024 may read with a basis no longer accepted, or with no condition (its free text named no listed paragraph):
 * {@link #permitted()} is then false, and nothing is shared under it.
 *
 * @param article6           the UK GDPR Article 6(1) basis
 * @param schedule1Condition the DPA 2018 Schedule 1 condition; null only in a subscription stored before ADR 0024
 */
public record LawfulBasis(Article6Basis article6, Schedule1Condition schedule1Condition) {

    /** Whether shares may be made on this basis today. */
    public boolean permitted() {
        return published().isPresent();
    }

    /** This basis in the published language, when it is one a public authority may share on. */
    public Optional<org.casebridge.events.lawful.LawfulBasis> published() {
        if (article6 == null || schedule1Condition == null) {
            return Optional.empty();
        }
        return article6.forPublicAuthorities()
                .map(basis -> org.casebridge.events.lawful.LawfulBasis.ukGdpr(basis, schedule1Condition));
    }

    /** The Article 9 condition as people read it: {@code Art 9(2)(g) with DPA 2018 Sch 1 Part 2 para 18 (...)}. */
    public String article9Citation() {
        return schedule1Condition == null
                ? "no Schedule 1 condition recorded"
                : "Art " + schedule1Condition.article9Point() + " with " + schedule1Condition.citation();
    }
}
