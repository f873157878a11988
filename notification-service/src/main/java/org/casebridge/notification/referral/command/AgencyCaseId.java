package org.casebridge.notification.referral.command;

/** The id of one agency's part in one case: the agency directory id and the case id. */
public final class AgencyCaseId {

    private AgencyCaseId() {}

    public static String of(String agencyId, String caseId) {
        return agencyId + ":" + caseId;
    }

    /** The id of the record that a referral to children's social care reached no agency. */
    public static String unrouted(String caseId) {
        return "unrouted:" + caseId;
    }

    /** The id of the record that a referral to the LADO reached no LADO (ADR 0065). */
    public static String unroutedLado(String caseId) {
        return "unrouted-lado:" + caseId;
    }
}
