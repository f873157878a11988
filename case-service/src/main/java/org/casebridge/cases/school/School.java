package org.casebridge.cases.school;

/**
 * A school or college and the area it belongs to.
 *
 * @param urn                unique reference number (Get Information About Schools)
 * @param name               establishment name
 * @param localAuthorityCode ONS code of the local authority, for example {@code E08000025}
 * @param localAuthorityName for example {@code Birmingham}
 * @param forceCode          the police force for the school's area, for example {@code WMP}
 * @param forceName          for example {@code West Midlands Police}
 * @param shortCode          the school's short code in case references ({@code CPA} in {@code CPA-2026-0042}), from
 *                           the reference data; null where it gives none
 */
public record School(
        String urn,
        String name,
        String localAuthorityCode,
        String localAuthorityName,
        String forceCode,
        String forceName,
        String shortCode) {

    /** Letters and digits, two to eight, in capitals: short enough to read out on the phone. */
    public static final String SHORT_CODE_PATTERN = "[A-Z0-9]{2,8}";

    public School(
            String urn,
            String name,
            String localAuthorityCode,
            String localAuthorityName,
            String forceCode,
            String forceName) {
        this(urn, name, localAuthorityCode, localAuthorityName, forceCode, forceName, null);
    }

    /** What the school's case references start with: its short code, or its URN when it has none. */
    public String referencePrefix() {
        return shortCode == null || shortCode.isBlank() ? urn : shortCode;
    }
}
