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
import org.casebridge.events.IntegrationEvent;
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
import org.casebridge.events.police.EscalationLegalHoldLiftedEvent;
import org.casebridge.events.police.EscalationLegalHoldPlacedEvent;
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
import org.casebridge.events.school.LegalHoldLiftedEvent;
import org.casebridge.events.school.LegalHoldPlacedEvent;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.events.school.SchoolStrategyActionCompletedEvent;
import org.casebridge.notification.agency.Share;

/**
 * What of each event an agency may receive: an allow-list of fields per event type, in one place. A field not listed
 * (a new field, a free-text note, anything naming a person) is never sent; a type not listed carries the case id
 * only. Nested fields are written {@code children.ref}; lists are walked element by element.
 */
public final class SharingPolicy {

    /** A school's case: its id and school. */
    private static final Set<String> SCHOOL_CASE = Set.of("caseId", "schoolUrn");
    /** A school's case with the local authority it lies in. */
    private static final Set<String> SCHOOL_CASE_IN_AREA = Set.of("caseId", "schoolUrn", "localAuthorityCode");
    /** A case as a force holds it. */
    private static final Set<String> FORCE_CASE = Set.of("caseId", "forceCode");
    /** A case as an agency holds it. */
    private static final Set<String> AGENCY_CASE = Set.of("caseId", "agencyId");
    /** A referral no agency of the area receives. */
    private static final Set<String> AREA_CASE = Set.of("caseId", "localAuthorityCode");

    /** What a school's referral and its escalation to the police both say. */
    private static final Set<String> SCHOOL_REFERRAL =
            with(both(SCHOOL_CASE_IN_AREA, child("children")), "forceCode", "referredTo", "criteriaMet");
    /** A strategy action given to an organisation; its second version adds the action's type. */
    private static final Set<String> ACTION_ASSIGNED = with(
            FORCE_CASE, "meetingId", "actionId", "ownerOrganisationType", "ownerOrganisation", "dueBy", "assignedAt");
    /** A decision on a device; its second version adds the school's own reference for it. */
    private static final Set<String> DEVICE_DECISION = with(
            FORCE_CASE, "deviceId", "decision", "schoolMayUseDeletionPowers", "caidStatus", "disposal", "decidedAt");

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            allow(ReferralMadeEvent.class, SCHOOL_REFERRAL, "referredAt"),
            allow(
                    LadoReferralMadeEvent.class,
                    both(SCHOOL_CASE_IN_AREA, child("children")),
                    "adults.ref",
                    "adults.role",
                    "adults.employer",
                    "dueBy",
                    "late",
                    "referredAt"),
            allow(EscalationMadeEvent.class, SCHOOL_REFERRAL, "escalatedAt"),
            allow(CaseClosedEvent.class, SCHOOL_CASE, "route", "closedWithoutPoliceOutcome", "closedAt"),
            allow(CaseClosedEventV2.class, SCHOOL_CASE_IN_AREA, "route", "closedWithoutPoliceOutcome", "closedAt"),
            allow(IncidentReportedEvent.class, SCHOOL_CASE_IN_AREA, "reportedAt"),
            allow(InitialReviewClockResultEvent.class, SCHOOL_CASE_IN_AREA, "result", "dueAt", "decidedAt"),
            allow(StrategyMeetingClockResultEvent.class, FORCE_CASE, "result", "dueBy", "decidedAt"),
            allow(EscalationAcceptedEvent.class, FORCE_CASE, "acceptedAt"),
            allow(EscalationDeclinedEvent.class, FORCE_CASE, "declinedAt"),
            allow(EscalationTransferredEvent.class, FORCE_CASE, "toForceCode", "transferredAt"),
            allow(
                    CrimeRecordedEvent.class,
                    FORCE_CASE,
                    "classification",
                    "childRoles.ref",
                    "childRoles.role",
                    "recordedAt"),
            allow(
                    AggravatingFactorsAssessedEvent.class,
                    FORCE_CASE,
                    "factors",
                    "path",
                    "strategyMeetingRequired",
                    "assessedAt"),
            allow(
                    StrategyMeetingConvenedEvent.class,
                    FORCE_CASE,
                    "meetingId",
                    "scheduledFor",
                    "invitees.type",
                    "invitees.id",
                    "convenedAt"),
            allow(
                    StrategyDecisionRecordedEvent.class,
                    FORCE_CASE,
                    "meetingId",
                    "decisionId",
                    "topic",
                    "startSection47",
                    "decidedAt"),
            allow(StrategyActionAssignedEvent.class, ACTION_ASSIGNED),
            allow(StrategyActionAssignedEventV2.class, ACTION_ASSIGNED, "actionType"),
            allow(StrategyActionCompletedEvent.class, FORCE_CASE, "meetingId", "actionId", "completedAt"),
            allow(OutcomeAssignedEvent.class, FORCE_CASE, "outcome", "homeOfficeCode", "assignedAt"),
            allow(DeviceDecisionRecordedEvent.class, DEVICE_DECISION),
            allow(DeviceDecisionRecordedEventV2.class, DEVICE_DECISION, "schoolDeviceRef"),
            allow(EscalationRoundOpenedEvent.class, FORCE_CASE, "round", "criteriaNewlyMet", "openedAt"),
            allow(DisclosureStatementGivenEvent.class, FORCE_CASE, "statementVersion", "givenTo", "givenAt"),
            allow(ChildAddedEvent.class, both(SCHOOL_CASE, child("child")), "addedAt"),
            allow(
                    CaseReferencedEvent.class,
                    SCHOOL_CASE_IN_AREA,
                    "forceCode",
                    "referredTo",
                    "caseReference",
                    "referencedAt"),
            allow(ChildAmendedEvent.class, both(SCHOOL_CASE, both(child("before"), child("after"))), "amendedAt"),
            allow(CrimeReclassifiedEvent.class, FORCE_CASE, "fromClassification", "toClassification", "reclassifiedAt"),
            allow(CrimeChildRoleChangedEvent.class, FORCE_CASE, "ref", "fromRole", "toRole", "changedAt"),
            allow(VictimCrimeRecordedEvent.class, FORCE_CASE, "victimRef", "classification", "recordedAt"),
            allow(SchoolStrategyActionCompletedEvent.class, SCHOOL_CASE, "meetingId", "actionId", "completedAt"),
            allow(
                    ReferralReceivedByAgencyEvent.class,
                    AGENCY_CASE,
                    "localAuthorityCode",
                    "referredAt",
                    "acknowledgeBy"),
            allow(ReferralNotRoutedEvent.class, AREA_CASE, "referredAt"),
            allow(ReferralAcknowledgedEvent.class, AGENCY_CASE, "acknowledgedAt", "late"),
            allow(ReferralAcknowledgementOverdueEvent.class, AGENCY_CASE, "acknowledgeBy", "flaggedAt"),
            allow(Section47EnquiriesStartedEvent.class, AGENCY_CASE, "startedAt"),
            allow(Section47OutcomeRecordedEvent.class, AGENCY_CASE, "outcome", "recordedAt"),
            allow(AgencyStrategyActionCompletedEvent.class, AGENCY_CASE, "meetingId", "actionId", "completedAt"),
            allow(LadoReferralReceivedEvent.class, AGENCY_CASE, "localAuthorityCode", "referredAt", "acknowledgeBy"),
            allow(LadoReferralAcknowledgedEvent.class, AGENCY_CASE, "acknowledgedAt", "late"),
            allow(AllegationMeetingHeldEvent.class, AGENCY_CASE, "heldOn", "attendeeRoles", "recordedAt"),
            allow(AllegationOutcomeRecordedEvent.class, AGENCY_CASE, "outcome", "recordedAt"),
            allow(LadoAcknowledgementOverdueEvent.class, AGENCY_CASE, "acknowledgeBy", "flaggedAt"),
            allow(LadoReferralNotRoutedEvent.class, AREA_CASE, "referredAt"),
            // Reads of a school's case are told to the school only (ADR 0070); the sharing rules give them to no
            // agency, and these lists are what one would receive if a rule ever did.
            allow(CaseReadByPoliceEvent.class, FORCE_CASE, "readerKind", "readerRole", "record", "readAt"),
            allow(CaseReadByAgencyEvent.class, Set.of("caseId"), "readerKind", "readerRole", "record", "readAt"),
            // A school's legal hold (ADR 0082) keeps this service's copies of the case; the sharing rules give it to no
            // agency, and these lists are what one would receive if a rule ever did: refs, codes and a time.
            allow(LegalHoldPlacedEvent.class, SCHOOL_CASE, "holdingOrganisation", "placedAt"),
            allow(LegalHoldLiftedEvent.class, SCHOOL_CASE, "holdingOrganisation", "liftedAt"),
            // A force's legal hold on its escalation (ADR 0087) likewise: the case, the force and a time.
            allow(EscalationLegalHoldPlacedEvent.class, FORCE_CASE, "placedAt"),
            allow(EscalationLegalHoldLiftedEvent.class, FORCE_CASE, "liftedAt"));

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

    private static Map.Entry<String, Set<String>> allow(
            Class<? extends IntegrationEvent> type, Set<String> fields, String... more) {
        return Map.entry(typeOf(type), with(fields, more));
    }

    private static Set<String> with(Set<String> fields, String... more) {
        return Stream.concat(fields.stream(), Arrays.stream(more)).collect(Collectors.toUnmodifiableSet());
    }

    /** A child as the events describe one: a reference, an age, a year group and roles, never a name. */
    private static Set<String> child(String field) {
        return Set.of(field + ".ref", field + ".age", field + ".yearGroup", field + ".roles");
    }

    private static Set<String> both(Set<String> some, Set<String> others) {
        return Stream.concat(some.stream(), others.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
