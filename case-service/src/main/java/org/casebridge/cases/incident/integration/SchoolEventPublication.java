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
import org.casebridge.events.Topics;
import org.casebridge.events.school.AdultSummary;
import org.casebridge.events.school.CaseReferencedEvent;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.EscalationMadeEvent;
import org.casebridge.events.school.LadoReferralMadeEvent;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.events.school.SchoolEvent;
import org.casebridge.events.school.SchoolStrategyActionCompletedEvent;
import org.casebridge.platform.kafka.IntegrationEventMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The school events other contexts may see. Only codes and pseudonymous refs cross: the rationale, notes and every
 * other free-text field stay in case-service because they may name people.
 */
@Configuration(proxyBeanMethods = false)
public class SchoolEventPublication {

    static final String SOURCE = Topics.SCHOOL_SOURCE;

    @Bean
    public IntegrationEventMapping integrationEvents(EventStore eventStore) {
        ReferredCases referred = new ReferredCases(eventStore);
        CaseReferences references = new CaseReferences(eventStore);
        return IntegrationEventMapping.forTopic(Topics.SCHOOL_EVENTS, SOURCE)
                .map(CaseReferredEvent.class, e -> Referral.of(e).made())
                .alsoAs(CaseReferredEvent.class, e -> referenced(references, Referral.of(e)))
                .map(CaseEscalatedEvent.class, SchoolEventPublication::escalation)
                .alsoAs(CaseEscalatedEvent.class, e -> referenced(references, Referral.of(e)))
                .map(CaseClosedEvent.class, SchoolEventPublication::caseClosed)
                .map(CaseReferredToLadoEvent.class, SchoolEventPublication::ladoReferral)
                .map(SchoolActionMarkedDoneEvent.class, SchoolEventPublication::actionDone)
                .map(ChildAddedEvent.class, e -> referred.before(e.caseId(), e.at()) ? childAdded(e) : null)
                .map(ChildAmendedEvent.class, e -> referred.before(e.caseId(), e.at()) ? childAmended(e) : null)
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

        static Referral of(CaseReferredEvent e) {
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

        static Referral of(CaseEscalatedEvent e) {
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
