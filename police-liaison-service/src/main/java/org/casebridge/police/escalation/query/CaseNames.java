package org.casebridge.police.escalation.query;

/** How officers name a case: the school's reference (ADR 0062), or the first eight characters of its id before it. */
final class CaseNames {

    private static final int SHORT_ID = 8;

    private CaseNames() {}

    static String of(String caseId, String caseReference) {
        if (caseReference != null && !caseReference.isBlank()) {
            return caseReference;
        }
        return caseId == null || caseId.length() <= SHORT_ID ? caseId : caseId.substring(0, SHORT_ID);
    }
}
