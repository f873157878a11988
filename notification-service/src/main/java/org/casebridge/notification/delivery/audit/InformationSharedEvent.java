package org.casebridge.notification.delivery.audit;

import java.time.Instant;
import java.util.Optional;
import org.axonframework.serialization.Revision;
import org.casebridge.events.lawful.Controller;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.LawfulBasis;
import org.casebridge.platform.domain.ActedBy;

/**
 * Information about a case was shared with an agency: what (the event, by id and type), whose it was (the controller,
 * the school or force whose record it is, and the lawful basis it declared for the event), with whom (the agency, its
 * subscription and the basis the agency receives on), why (the sharing rule that entitled it), how (the channel), by
 * whom (this service, acting for the controller) and when (ADR 0024, ADR 0025).
 *
 * <p>Revision 1 named neither the controller, its basis nor the rule, wrote the agency's Article 9 condition as free
 * text and {@code sharedBy} as the service's name: {@link InformationSharedEventUpcaster} reads it with those left
 * null, the condition its text cites, and the service as a {@code SYSTEM} actor of {@code casebridge}.
 *
 * @param controller      the school (URN) or force (code) whose record was shared; null only in revision 1
 * @param controllerBasis the basis the controller declared for the event, as it travelled on the bus (the
 *                        {@code lawfulbasis} attribute, for example {@code UK_GDPR/PUBLIC_TASK/SCH1_PARA_18}); null
 *                        only in revision 1
 * @param lawfulBasis     the subscription's basis: Article 6 and the Schedule 1 condition the agency receives on
 * @param entitlement     the sharing rule that entitled the agency; null only in revision 1
 * @param sharedBy        this service, acting for the controller (its organisation is the controller's id)
 */
@Revision("2")
public record InformationSharedEvent(
        String shareId,
        String deliveryId,
        String subscriptionId,
        String agencyId,
        String eventId,
        String eventType,
        String caseId,
        ChannelType channel,
        Controller controller,
        String controllerBasis,
        LawfulBasis lawfulBasis,
        SharingEntitlement entitlement,
        ActedBy sharedBy,
        Instant sharedAt) {

    /** The id of the actor that makes every automated delivery. */
    public static final String SERVICE = "casebridge/notification-service";

    /** The controller's basis, read from its stored form; empty in revision 1. */
    public Optional<org.casebridge.events.lawful.LawfulBasis> controllerLawfulBasis() {
        return org.casebridge.events.lawful.LawfulBasis.parse(controllerBasis);
    }

    /** This service, sharing for {@code controller}: it processes; the school or the force is the controller. */
    public static ActedBy sharedFor(Controller controller) {
        return new ActedBy(SERVICE, ActedBy.SYSTEM, controller.id());
    }
}
