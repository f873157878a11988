package org.casebridge.cases.incident.api;

import java.util.Locale;
import java.util.UUID;

/**
 * The case's reference for people: the school's short code, the year it was reported and a sequence, such as
 * {@code CPA-2026-0042} (ADR 0048). The case id stays the key; the reference is what a page, an email or a phone call
 * names. A school without a short code in the reference data has its URN in its place.
 */
public final class CaseReference {

    private CaseReference() {}

    /** A reference allocated at report time: {@code prefix-year-NNNN}, the sequence four digits or more. */
    public static String of(String prefix, int year, long sequence) {
        return String.format(Locale.ROOT, "%s-%d-%04d", prefix, year, sequence);
    }

    /**
     * The reference of a case reported before references were allocated: the school's URN and the first eight hex
     * digits of the case id, in capitals ({@code 100001-25383B58}). The same from every event of the case, so the
     * upcasters and the read model's migration agree without a lookup.
     */
    public static String legacy(String schoolUrn, UUID caseId) {
        return schoolUrn + "-" + caseId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
