package org.casebridge.notification.report;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * What one integration event counts for in the partnership report, stored so that the report is rebuilt from this
 * service's event store like every other read model. Codes and times only: the case id is kept to find the case's
 * area and referral (police events carry neither) and never reaches the report's tables.
 *
 * @param sourceEventId      the integration event's id (CloudEvents id)
 * @param caseId             its case
 * @param localAuthorityCode the case's area when the event names it (a school's referral), else null
 * @param facts              what it counts for; may be empty
 * @param recordedAt         when this service received it
 */
@Revision("1")
public record PartnershipFactsRecordedEvent(
        String sourceEventId,
        String caseId,
        String localAuthorityCode,
        List<PartnershipFact> facts,
        Instant recordedAt) {

    public PartnershipFactsRecordedEvent {
        facts = List.copyOf(facts);
    }
}
