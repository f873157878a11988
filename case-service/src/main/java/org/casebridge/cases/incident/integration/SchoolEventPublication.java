package org.casebridge.cases.incident.integration;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.casebridge.cases.agency.command.SchoolStrategyActionEvent.SchoolActionMarkedDoneEvent;
import org.casebridge.cases.incident.api.CaseClosedEvent;
import org.casebridge.cases.incident.api.CaseEscalatedEvent;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.CaseReferredEvent;
import org.casebridge.cases.incident.api.CaseReferredToLadoEvent;
import org.casebridge.cases.incident.api.ChildAddedEvent;
import org.casebridge.cases.incident.api.ChildAmendedEvent;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.cases.incident.api.IncidentReportedEvent;
import org.casebridge.cases.incident.api.InitialReviewOverdueEvent;
import org.casebridge.cases.incident.api.InitialReviewRecordedEvent;
import org.casebridge.cases.incident.api.LegalHoldLiftedEvent;
import org.casebridge.cases.incident.api.LegalHoldSetEvent;
import org.casebridge.cases.incident.api.ReferralEvent;
import org.casebridge.cases.school.School;
import org.casebridge.cases.school.SchoolDirectory;
import org.casebridge.events.Topics;
import org.casebridge.events.school.AdultSummary;
import org.casebridge.events.school.CaseClosedEventV2;
import org.casebridge.events.school.CaseReferencedEvent;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.EscalationMadeEvent;
import org.casebridge.events.school.InitialReviewClockResultEvent;
import org.casebridge.events.school.LadoReferralMadeEvent;
import org.casebridge.events.school.LegalHoldPlacedEvent;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.events.school.SchoolEvent;
import org.casebridge.events.school.SchoolStrategyActionCompletedEvent;
import org.casebridge.platform.kafka.IntegrationEventMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The school events other contexts may see. Only codes and pseudonymous refs cross: the rationale, notes and every
 * other free-text field stay in case-service because they may name people. A report, a closure (version 2, beside
 * version 1) and the initial review's clock also go out with the school's area, for the partnership report (ADR 0067).
 * A legal hold and its lifting go out for every case, referred or not, so that no copy of the case is erased elsewhere
 * while it is held (ADR 0082); a hold placed before they were published is published by the reconciliation check.
 */
@Configuration(proxyBeanMethods = false)
public class SchoolEventPublication {

    static final String SOURCE = Topics.SCHOOL_SOURCE;
    static final String MET = "MET";
    static final String MISSED = "MISSED";

    @Bean
    public IntegrationEventMapping integrationEvents(EventStore eventStore, SchoolDirectory schools) {
        ReferredCases referred = new ReferredCases(eventStore);
        CaseReferences references = new CaseReferences(eventStore);
        InitialReviewClocks reviewClocks = new InitialReviewClocks(eventStore);
        Areas areas = new Areas(schools);
        return IntegrationEventMapping.forTopic(Topics.SCHOOL_EVENTS, SOURCE)
                .map(CaseReferredEvent.class, e -> Referral.of(e).made())
                .alsoAs(CaseReferredEvent.class, e -> referenced(references, Referral.of(e)))
                .map(CaseEscalatedEvent.class, SchoolEventPublication::escalation)
                .alsoAs(CaseEscalatedEvent.class, e -> referenced(references, Referral.of(e)))
                .map(CaseClosedEvent.class, SchoolEventPublication::caseClosed)
                .alsoAs(
                        CaseClosedEvent.class,
                        e -> areas.of(e.schoolUrn())
                                .map(area -> caseClosedV2(e, area))
                                .orElse(null))
                .map(
                        IncidentReportedEvent.class,
                        e -> areas.of(e.schoolUrn())
                                .map(area -> incidentReported(e, area))
                                .orElse(null))
                .map(
                        InitialReviewOverdueEvent.class,
                        e -> areas.of(e.schoolUrn())
                                .map(area -> reviewMissed(e, area))
                                .orElse(null))
                .map(
                        InitialReviewRecordedEvent.class,
                        e -> areas.of(e.schoolUrn())
                                .flatMap(area -> reviewClocks.result(e, area))
                                .orElse(null))
                .map(CaseReferredToLadoEvent.class, SchoolEventPublication::ladoReferral)
                .map(SchoolActionMarkedDoneEvent.class, SchoolEventPublication::actionDone)
                .map(ChildAddedEvent.class, e -> referred.before(e.caseId(), e.at()) ? childAdded(e) : null)
                .map(ChildAmendedEvent.class, e -> referred.before(e.caseId(), e.at()) ? childAmended(e) : null)
                .map(LegalHoldSetEvent.class, SchoolEventPublication::holdPlaced)
                .map(LegalHoldLiftedEvent.class, SchoolEventPublication::holdLifted)
                .build();
    }

    /**
     * A child found later on a case already referred: the police and the agencies that heard of the referral learn it
     * (ADR 0044). A case never referred keeps its children to itself; its first referral carries them.
     */
    static org.casebridge.events.school.ChildAddedEvent childAdded(ChildAddedEvent e) {
        return new org.casebridge.events.school.ChildAddedEvent(
                e.caseId().toString(), e.schoolUrn(), child(e.child()), e.at());
    }

    /** A correction of a child's age, year group or roles on a case already referred, with the old value. */
    static org.casebridge.events.school.ChildAmendedEvent childAmended(ChildAmendedEvent e) {
        return new org.casebridge.events.school.ChildAmendedEvent(
                e.caseId().toString(), e.schoolUrn(), child(e.before()), child(e.after()), e.at());
    }

    /**
     * A legal hold: the case, the school and the organisation its DSL or auditor acted for, and when; the reason stays
     * here, sealed (ADR 0082).
     */
    static LegalHoldPlacedEvent holdPlaced(LegalHoldSetEvent e) {
        return new LegalHoldPlacedEvent(e.caseId().toString(), e.schoolUrn(), e.by().organisation(), e.at());
    }

    /** The legal hold lifted, with the same refs and codes as its placing. */
    static org.casebridge.events.school.LegalHoldLiftedEvent holdLifted(LegalHoldLiftedEvent e) {
        return new org.casebridge.events.school.LegalHoldLiftedEvent(
                e.caseId().toString(), e.schoolUrn(), e.by().organisation(), e.at());
    }

    /** The case's reference beside a referral; none for a case with no report in the store (never referred). */
    private static CaseReferencedEvent referenced(CaseReferences references, Referral referral) {
        return references
                .of(CaseId.of(referral.caseId()))
                .map(referral::referenced)
                .orElse(null);
    }

    /** The first the agencies hear of a case is a referral, even when it began as handled in school. */
    static SchoolEvent escalation(CaseEscalatedEvent e) {
        Referral referral = Referral.of(e);
        return e.firstReferral() ? referral.made() : referral.escalated();
    }

    /**
     * What a referral or an escalation tells whoever is referred to, in codes and refs; and beside it the case's
     * reference for people (ADR 0062), so that they can name the case as the school does.
     */
    private record Referral(
            String caseId,
            String schoolUrn,
            String localAuthorityCode,
            String forceCode,
            List<String> referredTo,
            List<String> criteriaMet,
            List<ChildSummary> children,
            Instant at) {

        static Referral of(ReferralEvent e) {
            return new Referral(
                    e.caseId().toString(),
                    e.schoolUrn(),
                    e.localAuthorityCode(),
                    e.forceCode(),
                    codes(e.referredTo()),
                    codes(e.criteriaMet()),
                    SchoolEventPublication.children(e.children()),
                    e.at());
        }

        ReferralMadeEvent made() {
            return new ReferralMadeEvent(
                    caseId, schoolUrn, localAuthorityCode, forceCode, referredTo, criteriaMet, children, at);
        }

        EscalationMadeEvent escalated() {
            return new EscalationMadeEvent(
                    caseId, schoolUrn, localAuthorityCode, forceCode, referredTo, criteriaMet, children, at);
        }

        CaseReferencedEvent referenced(String reference) {
            return new CaseReferencedEvent(caseId, schoolUrn, localAuthorityCode, forceCode, referredTo, reference, at);
        }
    }

    /** The LADO hears of the adults by role and employer's kind only; the DSL's rationale stays here (ADR 0055). */
    static LadoReferralMadeEvent ladoReferral(CaseReferredToLadoEvent e) {
        return new LadoReferralMadeEvent(
                e.caseId().toString(),
                e.schoolUrn(),
                e.localAuthorityCode(),
                e.adults().stream()
                        .map(adult -> new AdultSummary(
                                adult.ref(),
                                adult.role().name(),
                                adult.employer().name()))
                        .toList(),
                children(e.children()),
                e.dueAt(),
                e.late(),
                e.at());
    }

    static org.casebridge.events.school.CaseClosedEvent caseClosed(CaseClosedEvent e) {
        return new org.casebridge.events.school.CaseClosedEvent(
                e.caseId().toString(),
                e.schoolUrn(),
                e.route().name(),
                e.policeOutcomeNotAwaitedReason() != null,
                e.at());
    }

    /** Version 1 with the school's area, for the partnership report (ADR 0020, ADR 0067). */
    static CaseClosedEventV2 caseClosedV2(CaseClosedEvent e, String area) {
        return new CaseClosedEventV2(
                e.caseId().toString(),
                e.schoolUrn(),
                area,
                e.route().name(),
                e.policeOutcomeNotAwaitedReason() != null,
                e.at());
    }

    /** That a case was reported, where and when: nothing of what happened or who was involved (ADR 0067). */
    static org.casebridge.events.school.IncidentReportedEvent incidentReported(IncidentReportedEvent e, String area) {
        return new org.casebridge.events.school.IncidentReportedEvent(
                e.caseId().toString(), e.schoolUrn(), area, e.at());
    }

    /** The initial review's deadline passed with no review recorded. */
    static InitialReviewClockResultEvent reviewMissed(InitialReviewOverdueEvent e, String area) {
        return new InitialReviewClockResultEvent(e.caseId().toString(), e.schoolUrn(), area, MISSED, e.dueAt(), e.at());
    }

    /** The DSL marked a strategy action of the school done: the police complete it if the school owns it. */
    static SchoolStrategyActionCompletedEvent actionDone(SchoolActionMarkedDoneEvent e) {
        return new SchoolStrategyActionCompletedEvent(e.caseId(), e.schoolUrn(), e.meetingId(), e.actionId(), e.at());
    }

    private static List<String> codes(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    private static List<ChildSummary> children(List<ChildInvolved> children) {
        return children.stream().map(SchoolEventPublication::child).toList();
    }

    private static ChildSummary child(ChildInvolved child) {
        return new ChildSummary(child.ref(), child.age(), child.yearGroup(), codes(child.roles()));
    }

    /**
     * The reference allocated with the report, from the case's first event (read from sequence 0, so never from a
     * snapshot); a report stored before references read with its legacy reference through the upcaster (ADR 0048).
     */
    private record CaseReferences(EventStore eventStore) {

        Optional<String> of(CaseId caseId) {
            return eventStore
                    .readEvents(caseId.toString(), 0)
                    .asStream()
                    .map(Message::getPayload)
                    .filter(IncidentReportedEvent.class::isInstance)
                    .map(event -> ((IncidentReportedEvent) event).reference())
                    .findFirst();
        }
    }

    /** The local authority of a school, from the school directory (as the referral's). */
    private record Areas(SchoolDirectory schools) {

        Optional<String> of(String schoolUrn) {
            return schools.find(schoolUrn).map(School::localAuthorityCode);
        }
    }

    /**
     * The initial review's clock as it stood when the review was recorded, from the case's own stream: met if recorded
     * by the time it was due, missed if recorded later before the deadline fired; nothing when the deadline had already
     * published it missed, so each case has one result.
     */
    private record InitialReviewClocks(EventStore eventStore) {

        Optional<InitialReviewClockResultEvent> result(InitialReviewRecordedEvent review, String area) {
            Instant dueAt = null;
            for (Object event : eventStore
                    .readEvents(review.caseId().toString(), 0)
                    .asStream()
                    .map(Message::getPayload)
                    .toList()) {
                if (event instanceof IncidentReportedEvent reported) {
                    dueAt = reported.initialReviewDueAt();
                } else if (event instanceof InitialReviewOverdueEvent) {
                    return Optional.empty();
                } else if (event instanceof InitialReviewRecordedEvent) {
                    break;
                }
            }
            if (dueAt == null) {
                return Optional.empty();
            }
            return Optional.of(new InitialReviewClockResultEvent(
                    review.caseId().toString(),
                    review.schoolUrn(),
                    area,
                    review.at().isAfter(dueAt) ? MISSED : MET,
                    dueAt,
                    review.at()));
        }
    }

    /** Whether the school had referred the case to anyone before an event, from the case's own stream. */
    private record ReferredCases(EventStore eventStore) {

        boolean before(CaseId caseId, Instant at) {
            return eventStore
                    .readEvents(caseId.toString())
                    .asStream()
                    .map(Message::getPayload)
                    .anyMatch(event -> (event instanceof CaseReferredEvent referral
                                    && !referral.at().isAfter(at))
                            || (event instanceof CaseEscalatedEvent escalation
                                    && !escalation.at().isAfter(at)));
        }
    }
}
