package org.casebridge.notification.delivery.sharing;

import static org.casebridge.events.registry.IntegrationEventTypes.typeOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebridge.events.agency.AgencyStrategyActionCompletedEvent;
import org.casebridge.events.agency.AllegationMeetingHeldEvent;
import org.casebridge.events.agency.AllegationOutcomeRecordedEvent;
import org.casebridge.events.agency.CaseReadByAgencyEvent;
import org.casebridge.events.agency.LadoAcknowledgementOverdueEvent;
import org.casebridge.events.agency.LadoReferralAcknowledgedEvent;
import org.casebridge.events.agency.LadoReferralNotRoutedEvent;
import org.casebridge.events.agency.LadoReferralReceivedEvent;
import org.casebridge.events.agency.ReferralAcknowledgedEvent;
import org.casebridge.events.agency.ReferralAcknowledgementOverdueEvent;
import org.casebridge.events.agency.ReferralNotRoutedEvent;
import org.casebridge.events.agency.ReferralReceivedByAgencyEvent;
import org.casebridge.events.agency.Section47EnquiriesStartedEvent;
import org.casebridge.events.agency.Section47OutcomeRecordedEvent;
import org.casebridge.events.police.AggravatingFactorsAssessedEvent;
import org.casebridge.events.police.CaseReadByPoliceEvent;
import org.casebridge.events.police.CrimeChildRoleChangedEvent;
import org.casebridge.events.police.CrimeReclassifiedEvent;
import org.casebridge.events.police.CrimeRecordedEvent;
import org.casebridge.events.police.DeviceDecisionRecordedEvent;
import org.casebridge.events.police.DeviceDecisionRecordedEventV2;
import org.casebridge.events.police.DisclosureStatementGivenEvent;
import org.casebridge.events.police.EscalationAcceptedEvent;
import org.casebridge.events.police.EscalationDeclinedEvent;
import org.casebridge.events.police.EscalationRoundOpenedEvent;
import org.casebridge.events.police.EscalationTransferredEvent;
import org.casebridge.events.police.OutcomeAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.events.police.StrategyActionCompletedEvent;
import org.casebridge.events.police.StrategyDecisionRecordedEvent;
import org.casebridge.events.police.StrategyMeetingClockResultEvent;
import org.casebridge.events.police.StrategyMeetingConvenedEvent;
import org.casebridge.events.police.VictimCrimeRecordedEvent;
import org.casebridge.events.school.CaseClosedEvent;
import org.casebridge.events.school.CaseClosedEventV2;
import org.casebridge.events.school.CaseReferencedEvent;
import org.casebridge.events.school.ChildAddedEvent;
import org.casebridge.events.school.ChildAmendedEvent;
import org.casebridge.events.school.EscalationMadeEvent;
import org.casebridge.events.school.IncidentReportedEvent;
import org.casebridge.events.school.InitialReviewClockResultEvent;
import org.casebridge.events.school.LadoReferralMadeEvent;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.events.school.SchoolStrategyActionCompletedEvent;
import org.casebridge.notification.agency.Share;

/**
 * What of each event an agency may receive: an allow-list of fields per event type, in one place. A field not listed
 * (a new field, a free-text note, anything naming a person) is never sent; a type not listed carries the case id
 * only. Nested fields are written {@code children.ref}; lists are walked element by element.
 */
public final class SharingPolicy {

    private static final Set<String> CHILDREN =
            Set.of("children.ref", "children.age", "children.yearGroup", "children.roles");

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry(
                    typeOf(ReferralMadeEvent.class),
                    with(
                            CHILDREN,
                            "caseId",
                            "schoolUrn",
                            "localAuthorityCode",
                            "forceCode",
                            "referredTo",
                            "criteriaMet",
                            "referredAt")),
            Map.entry(
                    typeOf(LadoReferralMadeEvent.class),
                    with(
                            CHILDREN,
                            "caseId",
                            "schoolUrn",
                            "localAuthorityCode",
                            "adults.ref",
                            "adults.role",
                            "adults.employer",
                            "dueBy",
                            "late",
                            "referredAt")),
            Map.entry(
                    typeOf(EscalationMadeEvent.class),
                    with(
                            CHILDREN,
                            "caseId",
                            "schoolUrn",
                            "localAuthorityCode",
                            "forceCode",
                            "referredTo",
                            "criteriaMet",
                            "escalatedAt")),
            Map.entry(
                    typeOf(CaseClosedEvent.class),
                    Set.of("caseId", "schoolUrn", "route", "closedWithoutPoliceOutcome", "closedAt")),
            Map.entry(
                    typeOf(CaseClosedEventV2.class),
                    Set.of(
                            "caseId",
                            "schoolUrn",
                            "localAuthorityCode",
                            "route",
                            "closedWithoutPoliceOutcome",
                            "closedAt")),
            Map.entry(
                    typeOf(IncidentReportedEvent.class),
                    Set.of("caseId", "schoolUrn", "localAuthorityCode", "reportedAt")),
            Map.entry(
                    typeOf(InitialReviewClockResultEvent.class),
                    Set.of("caseId", "schoolUrn", "localAuthorityCode", "result", "dueAt", "decidedAt")),
            Map.entry(
                    typeOf(StrategyMeetingClockResultEvent.class),
                    Set.of("caseId", "forceCode", "result", "dueBy", "decidedAt")),
            Map.entry(typeOf(EscalationAcceptedEvent.class), Set.of("caseId", "forceCode", "acceptedAt")),
            Map.entry(typeOf(EscalationDeclinedEvent.class), Set.of("caseId", "forceCode", "declinedAt")),
            Map.entry(
                    typeOf(EscalationTransferredEvent.class),
                    Set.of("caseId", "forceCode", "toForceCode", "transferredAt")),
            Map.entry(
                    typeOf(CrimeRecordedEvent.class),
                    Set.of("caseId", "forceCode", "classification", "childRoles.ref", "childRoles.role", "recordedAt")),
            Map.entry(
                    typeOf(AggravatingFactorsAssessedEvent.class),
                    Set.of("caseId", "forceCode", "factors", "path", "strategyMeetingRequired", "assessedAt")),
            Map.entry(
                    typeOf(StrategyMeetingConvenedEvent.class),
                    Set.of(
                            "caseId",
                            "forceCode",
                            "meetingId",
                            "scheduledFor",
                            "invitees.type",
                            "invitees.id",
                            "convenedAt")),
            Map.entry(
                    typeOf(StrategyDecisionRecordedEvent.class),
                    Set.of("caseId", "forceCode", "meetingId", "decisionId", "topic", "startSection47", "decidedAt")),
            Map.entry(
                    typeOf(StrategyActionAssignedEvent.class),
                    Set.of(
                            "caseId",
                            "forceCode",
                            "meetingId",
                            "actionId",
                            "ownerOrganisationType",
                            "ownerOrganisation",
                            "dueBy",
                            "assignedAt")),
            Map.entry(
                    typeOf(StrategyActionAssignedEventV2.class),
                    Set.of(
                            "caseId",
                            "forceCode",
                            "meetingId",
                            "actionId",
                            "actionType",
                            "ownerOrganisationType",
                            "ownerOrganisation",
                            "dueBy",
                            "assignedAt")),
            Map.entry(
                    typeOf(StrategyActionCompletedEvent.class),
                    Set.of("caseId", "forceCode", "meetingId", "actionId", "completedAt")),
            Map.entry(
                    typeOf(OutcomeAssignedEvent.class),
                    Set.of("caseId", "forceCode", "outcome", "homeOfficeCode", "assignedAt")),
            Map.entry(
                    typeOf(DeviceDecisionRecordedEvent.class),
                    Set.of(
                            "caseId",
                            "forceCode",
                            "deviceId",
                            "decision",
                            "schoolMayUseDeletionPowers",
                            "caidStatus",
                            "disposal",
                            "decidedAt")),
            Map.entry(
                    typeOf(DeviceDecisionRecordedEventV2.class),
                    Set.of(
                            "caseId",
                            "forceCode",
                            "deviceId",
                            "schoolDeviceRef",
                            "decision",
                            "schoolMayUseDeletionPowers",
                            "caidStatus",
                            "disposal",
                            "decidedAt")),
            Map.entry(
                    typeOf(EscalationRoundOpenedEvent.class),
                    Set.of("caseId", "forceCode", "round", "criteriaNewlyMet", "openedAt")),
            Map.entry(
                    typeOf(DisclosureStatementGivenEvent.class),
                    Set.of("caseId", "forceCode", "statementVersion", "givenTo", "givenAt")),
            Map.entry(
                    typeOf(ChildAddedEvent.class),
                    Set.of(
                            "caseId",
                            "schoolUrn",
                            "child.ref",
                            "child.age",
                            "child.yearGroup",
                            "child.roles",
                            "addedAt")),
            Map.entry(
                    typeOf(CaseReferencedEvent.class),
                    Set.of(
                            "caseId",
                            "schoolUrn",
                            "localAuthorityCode",
                            "forceCode",
                            "referredTo",
                            "caseReference",
                            "referencedAt")),
            Map.entry(
                    typeOf(ChildAmendedEvent.class),
                    Set.of(
                            "caseId",
                            "schoolUrn",
                            "before.ref",
                            "before.age",
                            "before.yearGroup",
                            "before.roles",
                            "after.ref",
                            "after.age",
                            "after.yearGroup",
                            "after.roles",
                            "amendedAt")),
            Map.entry(
                    typeOf(CrimeReclassifiedEvent.class),
                    Set.of("caseId", "forceCode", "fromClassification", "toClassification", "reclassifiedAt")),
            Map.entry(
                    typeOf(CrimeChildRoleChangedEvent.class),
                    Set.of("caseId", "forceCode", "ref", "fromRole", "toRole", "changedAt")),
            Map.entry(
                    typeOf(VictimCrimeRecordedEvent.class),
                    Set.of("caseId", "forceCode", "victimRef", "classification", "recordedAt")),
            Map.entry(
                    typeOf(SchoolStrategyActionCompletedEvent.class),
                    Set.of("caseId", "schoolUrn", "meetingId", "actionId", "completedAt")),
            Map.entry(
                    typeOf(ReferralReceivedByAgencyEvent.class),
                    Set.of("caseId", "agencyId", "localAuthorityCode", "referredAt", "acknowledgeBy")),
            Map.entry(typeOf(ReferralNotRoutedEvent.class), Set.of("caseId", "localAuthorityCode", "referredAt")),
            Map.entry(typeOf(ReferralAcknowledgedEvent.class), Set.of("caseId", "agencyId", "acknowledgedAt", "late")),
            Map.entry(
                    typeOf(ReferralAcknowledgementOverdueEvent.class),
                    Set.of("caseId", "agencyId", "acknowledgeBy", "flaggedAt")),
            Map.entry(typeOf(Section47EnquiriesStartedEvent.class), Set.of("caseId", "agencyId", "startedAt")),
            Map.entry(
                    typeOf(Section47OutcomeRecordedEvent.class), Set.of("caseId", "agencyId", "outcome", "recordedAt")),
            Map.entry(
                    typeOf(AgencyStrategyActionCompletedEvent.class),
                    Set.of("caseId", "agencyId", "meetingId", "actionId", "completedAt")),
            Map.entry(
                    typeOf(LadoReferralReceivedEvent.class),
                    Set.of("caseId", "agencyId", "localAuthorityCode", "referredAt", "acknowledgeBy")),
            Map.entry(
                    typeOf(LadoReferralAcknowledgedEvent.class),
                    Set.of("caseId", "agencyId", "acknowledgedAt", "late")),
            Map.entry(
                    typeOf(AllegationMeetingHeldEvent.class),
                    Set.of("caseId", "agencyId", "heldOn", "attendeeRoles", "recordedAt")),
            Map.entry(
                    typeOf(AllegationOutcomeRecordedEvent.class),
                    Set.of("caseId", "agencyId", "outcome", "recordedAt")),
            Map.entry(
                    typeOf(LadoAcknowledgementOverdueEvent.class),
                    Set.of("caseId", "agencyId", "acknowledgeBy", "flaggedAt")),
            Map.entry(typeOf(LadoReferralNotRoutedEvent.class), Set.of("caseId", "localAuthorityCode", "referredAt")),
            // Reads of a school's case are told to the school only (ADR 0070); the sharing rules give them to no
            // agency, and these lists are what one would receive if a rule ever did.
            Map.entry(
                    typeOf(CaseReadByPoliceEvent.class),
                    Set.of("caseId", "forceCode", "readerKind", "readerRole", "record", "readAt")),
            Map.entry(
                    typeOf(CaseReadByAgencyEvent.class),
                    Set.of("caseId", "readerKind", "readerRole", "record", "readAt")));

    private static final Set<String> UNLISTED_TYPE = Set.of("caseId");
    /** The crime record's children with their roles (VICTIM, PERSON_INVOLVED, SUSPECT). */
    private static final String CHILD_ROLES = "childRoles";

    private SharingPolicy() {}

    /** The fields of {@code type} an agency may receive. */
    public static Set<String> allowedFields(String type) {
        return ALLOWED.getOrDefault(type, UNLISTED_TYPE);
    }

    /** The event's JSON reduced to what may be shared. */
    public static ObjectNode minimise(String type, JsonNode payload) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        if (payload instanceof ObjectNode object) {
            copyAllowed(object, "", allowedFields(type), result);
        }
        return result;
    }

    /** The event's JSON reduced to what this share allows: without the children's roles when the rules say so. */
    public static ObjectNode minimise(String type, JsonNode payload, Share share) {
        ObjectNode result = minimise(type, payload);
        if (share == Share.WITHOUT_CHILD_ROLES) {
            result.remove(CHILD_ROLES);
        }
        return result;
    }

    private static void copyAllowed(ObjectNode source, String prefix, Set<String> allowed, ObjectNode target) {
        Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = prefix + field.getKey();
            if (allowed.contains(path)) {
                target.set(field.getKey(), field.getValue().deepCopy());
            } else if (allowed.stream().anyMatch(candidate -> candidate.startsWith(path + "."))) {
                JsonNode nested = nested(field.getValue(), path + ".", allowed);
                if (nested != null) {
                    target.set(field.getKey(), nested);
                }
            }
        }
    }

    private static JsonNode nested(JsonNode value, String prefix, Set<String> allowed) {
        if (value instanceof ObjectNode object) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            copyAllowed(object, prefix, allowed, copy);
            return copy;
        }
        if (value instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            array.forEach(element -> {
                JsonNode reduced = nested(element, prefix, allowed);
                if (reduced != null) {
                    copy.add(reduced);
                }
            });
            return copy;
        }
        return null;
    }

    private static Set<String> with(Set<String> base, String... more) {
        return Stream.concat(base.stream(), Arrays.stream(more)).collect(Collectors.toUnmodifiableSet());
    }
}
