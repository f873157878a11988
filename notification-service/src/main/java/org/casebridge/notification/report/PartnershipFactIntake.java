package org.casebridge.notification.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.Topics;
import org.casebridge.events.police.AggravatingFactorsAssessedEvent;
import org.casebridge.events.police.OutcomeAssignedEvent;
import org.casebridge.events.police.StrategyMeetingClockResultEvent;
import org.casebridge.events.school.CaseClosedEventV2;
import org.casebridge.events.school.IncidentReportedEvent;
import org.casebridge.events.school.InitialReviewClockResultEvent;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.platform.kafka.IntegrationEventInbox;
import org.casebridge.platform.kafka.ReceivedEvent;
import org.casebridge.platform.kafka.WantedEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Stores what each school and police event counts for in the partnership report (reports, referrals, closures
 * handled in school, outcomes, aggravating factors, the initial-review and strategy-meeting clocks: ADR 0051, 0067) as a
 * {@link PartnershipFactsRecordedEvent}, in the inbox transaction (so once per event, however often Kafka delivers
 * it). Its own consumer group and inbox name, so deliveries neither wait for it nor hold it up.
 */
@Component
public class PartnershipFactIntake {

    static final String CONSUMER = "partnership-report";

    /** The events the report counts; the inbox passes over the rest without a transaction (ADR 0071). */
    static final WantedEvents WANTED = WantedEvents.only(
            ReferralMadeEvent.class,
            OutcomeAssignedEvent.class,
            AggravatingFactorsAssessedEvent.class,
            IncidentReportedEvent.class,
            CaseClosedEventV2.class,
            InitialReviewClockResultEvent.class,
            StrategyMeetingClockResultEvent.class);

    private static final String HANDLED_IN_SCHOOL = "HANDLED_IN_SCHOOL";
    private static final Set<String> CLOCK_RESULTS = Set.of("MET", "MISSED");

    private final IntegrationEventInbox inbox;
    private final EventGateway events;
    private final Clock clock;

    public PartnershipFactIntake(IntegrationEventInbox inbox, EventGateway events, Clock clock) {
        this.inbox = inbox;
        this.events = events;
        this.clock = clock;
    }

    @KafkaListener(
            topics = {Topics.SCHOOL_EVENTS, Topics.POLICE_EVENTS},
            groupId = "${casebridge.notification.partnership-report.consumer:notification-service-partnership-report}")
    void on(ConsumerRecord<String, byte[]> record, Acknowledgment ack) {
        inbox.receive(record, CONSUMER, WANTED, this::record);
        ack.acknowledge();
    }

    private void record(ReceivedEvent received) {
        IntegrationEvent event = received.event();
        String area = areaOf(event);
        List<PartnershipFact> facts = facts(event);
        if (facts.isEmpty()) {
            return;
        }
        events.publish(
                new PartnershipFactsRecordedEvent(received.eventId(), event.caseId(), area, facts, clock.instant()));
    }

    /** What an event counts for; nothing for the events the report does not count. */
    static List<PartnershipFact> facts(IntegrationEvent event) {
        List<PartnershipFact> facts = new ArrayList<>();
        switch (event) {
            case ReferralMadeEvent referral ->
                facts.add(new PartnershipFact(
                        PartnershipMeasure.REFERRED.name(), PartnershipMeasure.ALL, referral.referredAt()));
            case OutcomeAssignedEvent outcome ->
                facts.add(new PartnershipFact(
                        PartnershipMeasure.OUTCOME.name(), outcomeCategory(outcome), outcome.assignedAt()));
            case AggravatingFactorsAssessedEvent assessed ->
                assessed.factors().stream()
                        .distinct()
                        .forEach(factor -> facts.add(new PartnershipFact(
                                PartnershipMeasure.AGGRAVATING_FACTOR.name(), factor, assessed.assessedAt())));
            case IncidentReportedEvent reported ->
                facts.add(new PartnershipFact(
                        PartnershipMeasure.REPORTED.name(), PartnershipMeasure.ALL, reported.reportedAt()));
            case CaseClosedEventV2 closed
            when HANDLED_IN_SCHOOL.equals(closed.route()) ->
                facts.add(new PartnershipFact(
                        PartnershipMeasure.HANDLED_IN_SCHOOL.name(), PartnershipMeasure.ALL, closed.closedAt()));
            case InitialReviewClockResultEvent review
            when CLOCK_RESULTS.contains(review.result()) ->
                facts.add(new PartnershipFact(
                        PartnershipMeasure.INITIAL_REVIEW.name(), review.result(), review.decidedAt()));
            case StrategyMeetingClockResultEvent meeting
            when CLOCK_RESULTS.contains(meeting.result()) ->
                facts.add(new PartnershipFact(
                        PartnershipMeasure.STRATEGY_MEETING.name(), meeting.result(), meeting.decidedAt()));
            default -> {}
        }
        return facts;
    }

    /** The case's area when the event names it (the school's events do; the police's do not). */
    static @Nullable String areaOf(IntegrationEvent event) {
        return switch (event) {
            case ReferralMadeEvent referral -> referral.localAuthorityCode();
            case IncidentReportedEvent reported -> reported.localAuthorityCode();
            case CaseClosedEventV2 closed -> closed.localAuthorityCode();
            case InitialReviewClockResultEvent review -> review.localAuthorityCode();
            default -> null;
        };
    }

    private static String outcomeCategory(OutcomeAssignedEvent outcome) {
        String code = outcome.homeOfficeCode();
        return "21".equals(code) || "22".equals(code) ? code : "OTHER";
    }
}
