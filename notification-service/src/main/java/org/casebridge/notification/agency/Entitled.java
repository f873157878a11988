package org.casebridge.notification.agency;

/**
 * The sharing rule checked for one agency and one event: the cell of {@link SharingRules} (the agency's kind, how far
 * it was involved when the event happened) and what it gives. Recorded with each share (ADR 0025).
 *
 * @param kind        the agency's kind; null when nothing entitled it (no directory entry, not its area, ...)
 * @param involvement how far it was part of the case; null as {@code kind}
 * @param share       what it may receive
 */
public record Entitled(AgencyKind kind, Involvement involvement, Share share) {

    /** Nothing: the agency is not entitled to the event at all. */
    public static Entitled nothing() {
        return new Entitled(null, null, Share.NO);
    }
}
