package org.casebridge.notification.referral.command;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The id of one agency's part in one case: the agency directory id and the case id. */
public final class AgencyCaseId {

    private AgencyCaseId() {}

    public static String of(String agencyId, String caseId) {
        return agencyId + ":" + caseId;
    }

    /**
     * The id of the agency case's key of sealed free text (ADR 0075): a name-based UUID of the agency case id, so each
     * agency's part in a case has its own key and erasing one agency's record leaves another's as it is.
     */
    public static UUID sealingKey(String agencyCaseId) {
        return UUID.nameUUIDFromBytes(("casebridge-agency-case/" + agencyCaseId).getBytes(StandardCharsets.UTF_8));
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
