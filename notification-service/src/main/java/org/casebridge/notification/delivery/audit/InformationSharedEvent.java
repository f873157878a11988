package org.casebridge.notification.delivery.audit;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.LawfulBasis;

/**
 * Information about a case was shared with an agency: what (the event, by id and type), with whom (the agency and its
 * subscription), how (the channel), on which lawful basis, by whom (this service, acting for the platform) and when.
 */
@Revision("1")
public record InformationSharedEvent(
        String shareId,
        String deliveryId,
        String subscriptionId,
        String agencyId,
        String eventId,
        String eventType,
        String caseId,
        ChannelType channel,
        LawfulBasis lawfulBasis,
        String sharedBy,
        Instant sharedAt) {

    /** The sharer of every automated delivery. */
    public static final String SHARED_BY = "casebridge/notification-service";
}
