package org.casebridge.notification.agency;

import static org.casebridge.notification.agency.AgencyKind.CHILDRENS_SOCIAL_CARE;
import static org.casebridge.notification.agency.AgencyKind.HEALTH;
import static org.casebridge.notification.agency.AgencyKind.LADO;
import static org.casebridge.notification.agency.AgencyKind.MASH;
import static org.casebridge.notification.agency.Share.NO;
import static org.casebridge.notification.agency.Share.WITHOUT_CHILD_ROLES;
import static org.casebridge.notification.agency.Share.YES;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.casebridge.events.registry.IntegrationEventTypes;
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

/**
 * What each kind of agency may receive of each event type, by how far it is involved in the case: the written rules
 * of {@code notification-service/SHARING-RULES.md}, in this one place (a test compares the two cell by cell). They
 * apply only within the areas the agency served when the event happened; outside them nothing is shared.
 * <ul>
 *   <li>Children's social care hears of what the school referred to it, the police's handling and outcome of such a
 *   case, and the crime record without the children's roles; strategy meetings, decisions and devices once the police
 *   involved it. A police-only referral reaches it only if the police involve it.</li>
 *   <li>The MASH is the front door: the referral to social care and the police's first answer, until involved.</li>
 *   <li>LADO and health hear only of cases the police involved them in; neither hears of devices, and health not of
 *   the police's handling of the escalation.</li>
 *   <li>The LADO route (ADR 0055) is not a subscription: a school's LADO referral reaches the area's LADO through the
 *   agency directory (its portal and API), and the LADO's steps go back to the school only; no subscription
 *   receives them.</li>
 *   <li>A child's role (and so SUSPECT) goes only to involved agencies; an action and its completion only to its
 *   owner.</li>
 *   <li>The partnership report's measures (a report, the initial-review and strategy-meeting clocks, ADR 0067) go to
 *   no agency: the partnership counts them; the second version of a closure goes where the first does.</li>
 *   <li>Who outside the school read its case (ADR 0070) goes to the school only: no agency receives it.</li>
 *   <li>A school's legal hold on its case (ADR 0082), and a force's on its escalation of the case (ADR 0087), tell
 *   notification-service to keep the case's copies: no agency receives either.</li>
 * </ul>
 */
public final class SharingRules {

    private static final Map<AgencyKind, Map<String, List<Share>>> RULES = new EnumMap<>(AgencyKind.class);

    static {
        // columns:                                  NONE, REFERRED_TO_CSC, INVOLVED, OWNS_THIS_ACTION
        rule(CHILDRENS_SOCIAL_CARE, ReferralMadeEvent.class, NO, YES, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, EscalationMadeEvent.class, NO, YES, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, CaseClosedEvent.class, NO, YES, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, CaseClosedEventV2.class, NO, YES, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, IncidentReportedEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, InitialReviewClockResultEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, StrategyMeetingClockResultEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, EscalationAcceptedEvent.class, NO, YES, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, EscalationRoundOpenedEvent.class, NO, YES, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, EscalationDeclinedEvent.class, NO, YES, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, EscalationTransferredEvent.class, NO, YES, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, CrimeRecordedEvent.class, NO, WITHOUT_CHILD_ROLES, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, ChildAddedEvent.class, NO, YES, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, ChildAmendedEvent.class, NO, YES, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, CaseReferencedEvent.class, NO, YES, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, CrimeReclassifiedEvent.class, NO, YES, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, CrimeChildRoleChangedEvent.class, NO, NO, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, VictimCrimeRecordedEvent.class, NO, NO, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, AggravatingFactorsAssessedEvent.class, NO, YES, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, StrategyMeetingConvenedEvent.class, NO, NO, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, StrategyDecisionRecordedEvent.class, NO, NO, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, StrategyActionAssignedEvent.class, NO, NO, NO, YES);
        rule(CHILDRENS_SOCIAL_CARE, StrategyActionAssignedEventV2.class, NO, NO, NO, YES);
        rule(CHILDRENS_SOCIAL_CARE, StrategyActionCompletedEvent.class, NO, NO, NO, YES);
        rule(CHILDRENS_SOCIAL_CARE, OutcomeAssignedEvent.class, NO, YES, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, DisclosureStatementGivenEvent.class, NO, YES, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, DeviceDecisionRecordedEvent.class, NO, NO, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, DeviceDecisionRecordedEventV2.class, NO, NO, YES, YES);
        rule(CHILDRENS_SOCIAL_CARE, SchoolStrategyActionCompletedEvent.class, NO, NO, NO, YES);
        rule(CHILDRENS_SOCIAL_CARE, ReferralReceivedByAgencyEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, ReferralNotRoutedEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, ReferralAcknowledgedEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, ReferralAcknowledgementOverdueEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, Section47EnquiriesStartedEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, Section47OutcomeRecordedEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, AgencyStrategyActionCompletedEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, LadoReferralMadeEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, LadoReferralReceivedEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, LadoReferralAcknowledgedEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, AllegationMeetingHeldEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, AllegationOutcomeRecordedEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, LadoAcknowledgementOverdueEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, LadoReferralNotRoutedEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, CaseReadByPoliceEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, CaseReadByAgencyEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, LegalHoldPlacedEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, LegalHoldLiftedEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, EscalationLegalHoldPlacedEvent.class, NO, NO, NO, NO);
        rule(CHILDRENS_SOCIAL_CARE, EscalationLegalHoldLiftedEvent.class, NO, NO, NO, NO);

        rule(MASH, ReferralMadeEvent.class, NO, YES, YES, YES);
        rule(MASH, EscalationMadeEvent.class, NO, YES, YES, YES);
        rule(MASH, CaseClosedEvent.class, NO, YES, YES, YES);
        rule(MASH, CaseClosedEventV2.class, NO, YES, YES, YES);
        rule(MASH, IncidentReportedEvent.class, NO, NO, NO, NO);
        rule(MASH, InitialReviewClockResultEvent.class, NO, NO, NO, NO);
        rule(MASH, StrategyMeetingClockResultEvent.class, NO, NO, NO, NO);
        rule(MASH, EscalationAcceptedEvent.class, NO, YES, YES, YES);
        rule(MASH, EscalationRoundOpenedEvent.class, NO, YES, YES, YES);
        rule(MASH, EscalationDeclinedEvent.class, NO, YES, YES, YES);
        rule(MASH, EscalationTransferredEvent.class, NO, YES, YES, YES);
        rule(MASH, CrimeRecordedEvent.class, NO, NO, YES, YES);
        rule(MASH, ChildAddedEvent.class, NO, YES, YES, YES);
        rule(MASH, ChildAmendedEvent.class, NO, YES, YES, YES);
        rule(MASH, CaseReferencedEvent.class, NO, YES, YES, YES);
        rule(MASH, CrimeReclassifiedEvent.class, NO, NO, YES, YES);
        rule(MASH, CrimeChildRoleChangedEvent.class, NO, NO, YES, YES);
        rule(MASH, VictimCrimeRecordedEvent.class, NO, NO, YES, YES);
        rule(MASH, AggravatingFactorsAssessedEvent.class, NO, YES, YES, YES);
        rule(MASH, StrategyMeetingConvenedEvent.class, NO, NO, YES, YES);
        rule(MASH, StrategyDecisionRecordedEvent.class, NO, NO, YES, YES);
        rule(MASH, StrategyActionAssignedEvent.class, NO, NO, NO, YES);
        rule(MASH, StrategyActionAssignedEventV2.class, NO, NO, NO, YES);
        rule(MASH, StrategyActionCompletedEvent.class, NO, NO, NO, YES);
        rule(MASH, OutcomeAssignedEvent.class, NO, NO, YES, YES);
        rule(MASH, DisclosureStatementGivenEvent.class, NO, NO, YES, YES);
        rule(MASH, DeviceDecisionRecordedEvent.class, NO, NO, YES, YES);
        rule(MASH, DeviceDecisionRecordedEventV2.class, NO, NO, YES, YES);
        rule(MASH, SchoolStrategyActionCompletedEvent.class, NO, NO, NO, YES);
        rule(MASH, ReferralReceivedByAgencyEvent.class, NO, NO, NO, NO);
        rule(MASH, ReferralNotRoutedEvent.class, NO, NO, NO, NO);
        rule(MASH, ReferralAcknowledgedEvent.class, NO, NO, NO, NO);
        rule(MASH, ReferralAcknowledgementOverdueEvent.class, NO, NO, NO, NO);
        rule(MASH, Section47EnquiriesStartedEvent.class, NO, NO, NO, NO);
        rule(MASH, Section47OutcomeRecordedEvent.class, NO, NO, NO, NO);
        rule(MASH, AgencyStrategyActionCompletedEvent.class, NO, NO, NO, NO);
        rule(MASH, LadoReferralMadeEvent.class, NO, NO, NO, NO);
        rule(MASH, LadoReferralReceivedEvent.class, NO, NO, NO, NO);
        rule(MASH, LadoReferralAcknowledgedEvent.class, NO, NO, NO, NO);
        rule(MASH, AllegationMeetingHeldEvent.class, NO, NO, NO, NO);
        rule(MASH, AllegationOutcomeRecordedEvent.class, NO, NO, NO, NO);
        rule(MASH, LadoAcknowledgementOverdueEvent.class, NO, NO, NO, NO);
        rule(MASH, LadoReferralNotRoutedEvent.class, NO, NO, NO, NO);
        rule(MASH, CaseReadByPoliceEvent.class, NO, NO, NO, NO);
        rule(MASH, CaseReadByAgencyEvent.class, NO, NO, NO, NO);
        rule(MASH, LegalHoldPlacedEvent.class, NO, NO, NO, NO);
        rule(MASH, LegalHoldLiftedEvent.class, NO, NO, NO, NO);
        rule(MASH, EscalationLegalHoldPlacedEvent.class, NO, NO, NO, NO);
        rule(MASH, EscalationLegalHoldLiftedEvent.class, NO, NO, NO, NO);

        rule(LADO, ReferralMadeEvent.class, NO, NO, YES, YES);
        rule(LADO, EscalationMadeEvent.class, NO, NO, YES, YES);
        rule(LADO, CaseClosedEvent.class, NO, NO, YES, YES);
        rule(LADO, CaseClosedEventV2.class, NO, NO, YES, YES);
        rule(LADO, IncidentReportedEvent.class, NO, NO, NO, NO);
        rule(LADO, InitialReviewClockResultEvent.class, NO, NO, NO, NO);
        rule(LADO, StrategyMeetingClockResultEvent.class, NO, NO, NO, NO);
        rule(LADO, EscalationAcceptedEvent.class, NO, NO, YES, YES);
        rule(LADO, EscalationRoundOpenedEvent.class, NO, NO, YES, YES);
        rule(LADO, EscalationDeclinedEvent.class, NO, NO, YES, YES);
        rule(LADO, EscalationTransferredEvent.class, NO, NO, YES, YES);
        rule(LADO, CrimeRecordedEvent.class, NO, NO, YES, YES);
        rule(LADO, ChildAddedEvent.class, NO, NO, YES, YES);
        rule(LADO, ChildAmendedEvent.class, NO, NO, YES, YES);
        rule(LADO, CaseReferencedEvent.class, NO, NO, YES, YES);
        rule(LADO, CrimeReclassifiedEvent.class, NO, NO, YES, YES);
        rule(LADO, CrimeChildRoleChangedEvent.class, NO, NO, YES, YES);
        rule(LADO, VictimCrimeRecordedEvent.class, NO, NO, YES, YES);
        rule(LADO, AggravatingFactorsAssessedEvent.class, NO, NO, YES, YES);
        rule(LADO, StrategyMeetingConvenedEvent.class, NO, NO, YES, YES);
        rule(LADO, StrategyDecisionRecordedEvent.class, NO, NO, YES, YES);
        rule(LADO, StrategyActionAssignedEvent.class, NO, NO, NO, YES);
        rule(LADO, StrategyActionAssignedEventV2.class, NO, NO, NO, YES);
        rule(LADO, StrategyActionCompletedEvent.class, NO, NO, NO, YES);
        rule(LADO, OutcomeAssignedEvent.class, NO, NO, YES, YES);
        rule(LADO, DisclosureStatementGivenEvent.class, NO, NO, YES, YES);
        rule(LADO, DeviceDecisionRecordedEvent.class, NO, NO, NO, NO);
        rule(LADO, DeviceDecisionRecordedEventV2.class, NO, NO, NO, NO);
        rule(LADO, SchoolStrategyActionCompletedEvent.class, NO, NO, NO, YES);
        rule(LADO, ReferralReceivedByAgencyEvent.class, NO, NO, NO, NO);
        rule(LADO, ReferralNotRoutedEvent.class, NO, NO, NO, NO);
        rule(LADO, ReferralAcknowledgedEvent.class, NO, NO, NO, NO);
        rule(LADO, ReferralAcknowledgementOverdueEvent.class, NO, NO, NO, NO);
        rule(LADO, Section47EnquiriesStartedEvent.class, NO, NO, NO, NO);
        rule(LADO, Section47OutcomeRecordedEvent.class, NO, NO, NO, NO);
        rule(LADO, AgencyStrategyActionCompletedEvent.class, NO, NO, NO, NO);
        rule(LADO, LadoReferralMadeEvent.class, NO, NO, NO, NO);
        rule(LADO, LadoReferralReceivedEvent.class, NO, NO, NO, NO);
        rule(LADO, LadoReferralAcknowledgedEvent.class, NO, NO, NO, NO);
        rule(LADO, AllegationMeetingHeldEvent.class, NO, NO, NO, NO);
        rule(LADO, AllegationOutcomeRecordedEvent.class, NO, NO, NO, NO);
        rule(LADO, LadoAcknowledgementOverdueEvent.class, NO, NO, NO, NO);
        rule(LADO, LadoReferralNotRoutedEvent.class, NO, NO, NO, NO);
        rule(LADO, CaseReadByPoliceEvent.class, NO, NO, NO, NO);
        rule(LADO, CaseReadByAgencyEvent.class, NO, NO, NO, NO);
        rule(LADO, LegalHoldPlacedEvent.class, NO, NO, NO, NO);
        rule(LADO, LegalHoldLiftedEvent.class, NO, NO, NO, NO);
        rule(LADO, EscalationLegalHoldPlacedEvent.class, NO, NO, NO, NO);
        rule(LADO, EscalationLegalHoldLiftedEvent.class, NO, NO, NO, NO);

        rule(HEALTH, ReferralMadeEvent.class, NO, NO, YES, YES);
        rule(HEALTH, EscalationMadeEvent.class, NO, NO, YES, YES);
        rule(HEALTH, CaseClosedEvent.class, NO, NO, YES, YES);
        rule(HEALTH, CaseClosedEventV2.class, NO, NO, YES, YES);
        rule(HEALTH, IncidentReportedEvent.class, NO, NO, NO, NO);
        rule(HEALTH, InitialReviewClockResultEvent.class, NO, NO, NO, NO);
        rule(HEALTH, StrategyMeetingClockResultEvent.class, NO, NO, NO, NO);
        rule(HEALTH, EscalationAcceptedEvent.class, NO, NO, NO, NO);
        rule(HEALTH, EscalationRoundOpenedEvent.class, NO, NO, NO, NO);
        rule(HEALTH, EscalationDeclinedEvent.class, NO, NO, NO, NO);
        rule(HEALTH, EscalationTransferredEvent.class, NO, NO, NO, NO);
        rule(HEALTH, CrimeRecordedEvent.class, NO, NO, YES, YES);
        rule(HEALTH, ChildAddedEvent.class, NO, NO, YES, YES);
        rule(HEALTH, ChildAmendedEvent.class, NO, NO, YES, YES);
        rule(HEALTH, CaseReferencedEvent.class, NO, NO, YES, YES);
        rule(HEALTH, CrimeReclassifiedEvent.class, NO, NO, YES, YES);
        rule(HEALTH, CrimeChildRoleChangedEvent.class, NO, NO, YES, YES);
        rule(HEALTH, VictimCrimeRecordedEvent.class, NO, NO, YES, YES);
        rule(HEALTH, AggravatingFactorsAssessedEvent.class, NO, NO, YES, YES);
        rule(HEALTH, StrategyMeetingConvenedEvent.class, NO, NO, YES, YES);
        rule(HEALTH, StrategyDecisionRecordedEvent.class, NO, NO, YES, YES);
        rule(HEALTH, StrategyActionAssignedEvent.class, NO, NO, NO, YES);
        rule(HEALTH, StrategyActionAssignedEventV2.class, NO, NO, NO, YES);
        rule(HEALTH, StrategyActionCompletedEvent.class, NO, NO, NO, YES);
        rule(HEALTH, OutcomeAssignedEvent.class, NO, NO, YES, YES);
        rule(HEALTH, DisclosureStatementGivenEvent.class, NO, NO, YES, YES);
        rule(HEALTH, DeviceDecisionRecordedEvent.class, NO, NO, NO, NO);
        rule(HEALTH, DeviceDecisionRecordedEventV2.class, NO, NO, NO, NO);
        rule(HEALTH, SchoolStrategyActionCompletedEvent.class, NO, NO, NO, YES);
        rule(HEALTH, ReferralReceivedByAgencyEvent.class, NO, NO, NO, NO);
        rule(HEALTH, ReferralNotRoutedEvent.class, NO, NO, NO, NO);
        rule(HEALTH, ReferralAcknowledgedEvent.class, NO, NO, NO, NO);
        rule(HEALTH, ReferralAcknowledgementOverdueEvent.class, NO, NO, NO, NO);
        rule(HEALTH, Section47EnquiriesStartedEvent.class, NO, NO, NO, NO);
        rule(HEALTH, Section47OutcomeRecordedEvent.class, NO, NO, NO, NO);
        rule(HEALTH, AgencyStrategyActionCompletedEvent.class, NO, NO, NO, NO);
        rule(HEALTH, LadoReferralMadeEvent.class, NO, NO, NO, NO);
        rule(HEALTH, LadoReferralReceivedEvent.class, NO, NO, NO, NO);
        rule(HEALTH, LadoReferralAcknowledgedEvent.class, NO, NO, NO, NO);
        rule(HEALTH, AllegationMeetingHeldEvent.class, NO, NO, NO, NO);
        rule(HEALTH, AllegationOutcomeRecordedEvent.class, NO, NO, NO, NO);
        rule(HEALTH, LadoAcknowledgementOverdueEvent.class, NO, NO, NO, NO);
        rule(HEALTH, LadoReferralNotRoutedEvent.class, NO, NO, NO, NO);
        rule(HEALTH, CaseReadByPoliceEvent.class, NO, NO, NO, NO);
        rule(HEALTH, CaseReadByAgencyEvent.class, NO, NO, NO, NO);
        rule(HEALTH, LegalHoldPlacedEvent.class, NO, NO, NO, NO);
        rule(HEALTH, LegalHoldLiftedEvent.class, NO, NO, NO, NO);
        rule(HEALTH, EscalationLegalHoldPlacedEvent.class, NO, NO, NO, NO);
        rule(HEALTH, EscalationLegalHoldLiftedEvent.class, NO, NO, NO, NO);
    }

    private SharingRules() {}

    /** What an agency of the kind, so involved, receives of an event of the type; an unknown type: nothing. */
    public static Share share(String type, AgencyKind kind, Involvement involvement) {
        List<Share> row = RULES.get(kind).get(type);
        return row == null ? NO : row.get(involvement.ordinal());
    }

    /** Whether an agency of any kind, however involved, receives anything of an event of the type. */
    public static boolean reachesAnyAgency(String type) {
        return RULES.values().stream()
                .map(rows -> rows.get(type))
                .anyMatch(row -> row != null && row.stream().anyMatch(share -> share != NO));
    }

    /** Whether an agency of the kind, however involved, receives anything of an event of the type. */
    public static boolean reaches(String type, AgencyKind kind) {
        List<Share> row = RULES.get(kind).get(type);
        return row != null && row.stream().anyMatch(share -> share != NO);
    }

    /**
     * Whether the kind receives anything of a case it is not involved in: only then may it subscribe to every case of
     * its areas ({@code ALL_IN_AREA}); the others subscribe to the cases they are involved in.
     */
    public static boolean hearsOfCasesItIsNotInvolvedIn(AgencyKind kind) {
        return RULES.get(kind).values().stream()
                .anyMatch(row -> row.get(Involvement.NONE.ordinal()) != NO
                        || row.get(Involvement.REFERRED_TO_CHILDRENS_SOCIAL_CARE.ordinal()) != NO);
    }

    private static void rule(AgencyKind kind, Class<? extends IntegrationEvent> type, Share... byInvolvement) {
        if (byInvolvement.length != Involvement.values().length) {
            throw new IllegalStateException(
                    "A rule needs one answer per involvement: " + Arrays.toString(Involvement.values()));
        }
        RULES.computeIfAbsent(kind, key -> new HashMap<>())
                .put(IntegrationEventTypes.typeOf(type), List.of(byInvolvement));
    }
}
