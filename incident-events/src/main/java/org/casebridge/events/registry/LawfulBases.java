package org.casebridge.events.registry;

import java.util.Optional;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.agency.AgencyEvent;
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
import org.casebridge.events.lawful.Article6Basis;
import org.casebridge.events.lawful.Controller;
import org.casebridge.events.lawful.LawfulBasis;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.events.lawful.Schedule8Condition;
import org.casebridge.events.police.PoliceEvent;
import org.casebridge.events.police.StrategyActionAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.events.police.StrategyActionCompletedEvent;
import org.casebridge.events.police.StrategyDecisionRecordedEvent;
import org.casebridge.events.police.StrategyMeetingClockResultEvent;
import org.casebridge.events.police.StrategyMeetingConvenedEvent;
import org.casebridge.events.school.SchoolEvent;

/**
 * The lawful basis each owner declares for the events it publishes, and the controller of each event: part of the
 * contract, so that the bridge sets the basis on every record and a consumer can say on what basis it holds what it
 * received (ADR 0024).
 *
 * <ul>
 *   <li>A school shares with the police and the agencies for its safeguarding duty (Education Act 2002 s.175/s.157,
 *       KCSIE): UK GDPR Art 6(1)(e) with Sch 1 para 18.
 *   <li>A force's record of the crime, the aggravating factors, the outcome, devices and the escalation is processed for
 *       the law enforcement purposes: DPA 2018 Part 3, sensitive processing under Sch 8 para 4.
 *   <li>Strategy meetings are multi-agency safeguarding under Working Together, not law enforcement: the force shares
 *       what it records of them, and whether the meeting was held in time, under UK GDPR Art 6(1)(e) with Sch 1
 *       para 18.
 *   <li>Children's social care records its acknowledgement of a referral, its section 47 enquiries and its strategy
 *       actions for its duties under the Children Act 1989 (s.17, s.47): UK GDPR Art 6(1)(e) with Sch 1 para 18. A
 *       referral no agency covers is still the school's record. The LADO's acknowledgement, allegation management
 *       meeting, outcome and its overdue acknowledgement are for its duty under KCSIE Part 4 and Working Together: the
 *       same basis. A LADO referral no LADO covers is still the school's record.
 *   <li>A read of a school's case outside the school (ADR 0070) is told to the school on the basis of the record read:
 *       the police's on the law enforcement basis of its record, an agency's for its safeguarding task; the agency's
 *       access log is the agency's record (an auditor's read, the school's).
 * </ul>
 */
public final class LawfulBases {

    private static final LawfulBasis SAFEGUARDING_TASK = LawfulBasis.ukGdpr(
            Article6Basis.PUBLIC_TASK, Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK);
    private static final LawfulBasis POLICE_LAW_ENFORCEMENT =
            LawfulBasis.lawEnforcement(Schedule8Condition.PARA_4_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK);

    private LawfulBases() {}

    /** The basis the owner of {@code eventClass} declares; empty for a class no owner declares (a bug to fix here). */
    public static Optional<LawfulBasis> declaredFor(Class<? extends IntegrationEvent> eventClass) {
        if (SchoolEvent.class.isAssignableFrom(eventClass)) {
            return Optional.of(SAFEGUARDING_TASK);
        }
        if (StrategyMeetingConvenedEvent.class.equals(eventClass)
                || StrategyDecisionRecordedEvent.class.equals(eventClass)
                || StrategyActionAssignedEvent.class.equals(eventClass)
                || StrategyActionAssignedEventV2.class.equals(eventClass)
                || StrategyActionCompletedEvent.class.equals(eventClass)
                || StrategyMeetingClockResultEvent.class.equals(eventClass)) {
            return Optional.of(SAFEGUARDING_TASK);
        }
        if (PoliceEvent.class.isAssignableFrom(eventClass)) {
            return Optional.of(POLICE_LAW_ENFORCEMENT);
        }
        if (AgencyEvent.class.isAssignableFrom(eventClass)) {
            return Optional.of(SAFEGUARDING_TASK);
        }
        return Optional.empty();
    }

    /** The school or force whose record the event is; empty for an event of no known owner. */
    public static Optional<Controller> controllerOf(IntegrationEvent event) {
        return switch (event) {
            case SchoolEvent school -> Optional.of(Controller.school(school.schoolUrn()));
            case PoliceEvent police -> Optional.of(Controller.policeForce(police.forceCode()));
            case ReferralNotRoutedEvent unrouted -> Optional.of(Controller.school(unrouted.schoolUrn()));
            case ReferralReceivedByAgencyEvent received -> Optional.of(Controller.agency(received.agencyId()));
            case ReferralAcknowledgedEvent acknowledged -> Optional.of(Controller.agency(acknowledged.agencyId()));
            case ReferralAcknowledgementOverdueEvent overdue -> Optional.of(Controller.agency(overdue.agencyId()));
            case Section47EnquiriesStartedEvent started -> Optional.of(Controller.agency(started.agencyId()));
            case Section47OutcomeRecordedEvent outcome -> Optional.of(Controller.agency(outcome.agencyId()));
            case AgencyStrategyActionCompletedEvent completed -> Optional.of(Controller.agency(completed.agencyId()));
            case LadoReferralReceivedEvent received -> Optional.of(Controller.agency(received.agencyId()));
            case LadoReferralAcknowledgedEvent acknowledged -> Optional.of(Controller.agency(acknowledged.agencyId()));
            case AllegationMeetingHeldEvent meeting -> Optional.of(Controller.agency(meeting.agencyId()));
            case AllegationOutcomeRecordedEvent outcome -> Optional.of(Controller.agency(outcome.agencyId()));
            case LadoAcknowledgementOverdueEvent overdue -> Optional.of(Controller.agency(overdue.agencyId()));
            case LadoReferralNotRoutedEvent unrouted -> Optional.of(Controller.school(unrouted.schoolUrn()));
            case CaseReadByAgencyEvent read ->
                Optional.of(
                        "AGENCY".equals(read.readerKind())
                                ? Controller.agency(read.readerOrganisation())
                                : Controller.school(read.schoolUrn()));
            default -> Optional.empty();
        };
    }
}
