package org.casebridge.notification.referral.intake;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.events.Topics;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.events.police.StrategyActionCompletedEvent;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.events.school.EscalationMadeEvent;
import org.casebridge.events.school.LadoReferralMadeEvent;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.notification.agency.AgencyDirectory;
import org.casebridge.notification.agency.AgencyKind;
import org.casebridge.notification.agency.DirectoryAgency;
import org.casebridge.notification.agency.ServicePeriod;
import org.casebridge.notification.referral.clock.AcknowledgementClock;
import org.casebridge.notification.referral.command.AgencyCaseCommand.NoteActionAssignedCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.NoteActionCompletedCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.ReceiveLadoReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.ReceiveReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordUnroutedLadoReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordUnroutedReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseId;
import org.casebridge.notification.referral.command.LadoAdult;
import org.casebridge.notification.referral.query.AgencyCaseQueries;
import org.casebridge.platform.kafka.IntegrationEventInbox;
import org.casebridge.platform.kafka.ReceivedEvent;
import org.casebridge.platform.kafka.WantedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Routes a school's referral to children's social care to the one children's social care agency the agency directory
 * gives the case's area when the referral was made (if it names several, the one that began to serve the area last,
 * as after a reorganisation, and a warning), and notes the strategy actions the police give an agency of the directory. Its own consumer
 * group and inbox name, so it neither waits for nor is held up by deliveries. A referral whose area no children's
 * social care agency serves, or a LADO referral whose area no LADO serves, is recorded as not routed (and published,
 * so the school's case says so) and logged.
 */
@Component
public class AgencyCaseIntake {

    static final String CONSUMER = "agency-cases";

    /** The events this intake acts on; the inbox passes over the rest without a transaction (ADR 0071). */
    static final WantedEvents WANTED = WantedEvents.only(
            ReferralMadeEvent.class,
            EscalationMadeEvent.class,
            LadoReferralMadeEvent.class,
            StrategyActionAssignedEventV2.class,
            StrategyActionCompletedEvent.class);

    private static final String CHILDRENS_SOCIAL_CARE = "CHILDRENS_SOCIAL_CARE";
    private static final Logger log = LoggerFactory.getLogger(AgencyCaseIntake.class);

    private final IntegrationEventInbox inbox;
    private final CommandGateway commands;
    private final AgencyDirectory directory;
    private final AcknowledgementClock clock;
    private final AgencyCaseQueries cases;

    public AgencyCaseIntake(
            IntegrationEventInbox inbox,
            CommandGateway commands,
            AgencyDirectory directory,
            AcknowledgementClock clock,
            AgencyCaseQueries cases) {
        this.inbox = inbox;
        this.commands = commands;
        this.directory = directory;
        this.clock = clock;
        this.cases = cases;
    }

    @KafkaListener(
            topics = {Topics.SCHOOL_EVENTS, Topics.POLICE_EVENTS},
            groupId = "${casebridge.notification.agency-cases.consumer:notification-service-agency-cases}")
    void on(ConsumerRecord<String, byte[]> record, Acknowledgment ack) {
        inbox.receive(record, CONSUMER, WANTED, this::apply);
        ack.acknowledge();
    }

    private void apply(ReceivedEvent received) {
        switch (received.event()) {
            case ReferralMadeEvent e ->
                route(e.caseId(), e.schoolUrn(), e.localAuthorityCode(), e.referredTo(), e.referredAt());
            case EscalationMadeEvent e ->
                route(e.caseId(), e.schoolUrn(), e.localAuthorityCode(), e.referredTo(), e.escalatedAt());
            case LadoReferralMadeEvent e -> routeToLado(e);
            case StrategyActionAssignedEventV2 e -> noteAction(e);
            case StrategyActionCompletedEvent e ->
                cases.ownerOfAction(e.caseId(), e.actionId())
                        .ifPresent(agencyId -> commands.sendAndWait(new NoteActionCompletedCommand(
                                AgencyCaseId.of(agencyId, e.caseId()), e.actionId(), e.completedAt())));
            default -> {}
        }
    }

    private void route(String caseId, String schoolUrn, String area, List<String> referredTo, Instant referredAt) {
        if (!referredTo.contains(CHILDRENS_SOCIAL_CARE)) {
            return;
        }
        List<DirectoryAgency> agencies = directory.all().stream()
                .filter(agency -> agency.kind() == AgencyKind.CHILDRENS_SOCIAL_CARE)
                .filter(agency -> agency.serves(area, referredAt))
                .sorted(Comparator.comparing((DirectoryAgency agency) -> servingSince(agency, area, referredAt))
                        .reversed()
                        .thenComparing(DirectoryAgency::agencyId))
                .toList();
        if (agencies.isEmpty()) {
            log.warn(
                    "Referral of case {} to children's social care reached no agency: the directory names none"
                            + " serving area {}",
                    caseId,
                    area);
            commands.sendAndWait(new RecordUnroutedReferralCommand(
                    AgencyCaseId.unrouted(caseId), caseId, schoolUrn, area, referredAt));
            return;
        }
        DirectoryAgency agency = agencies.getFirst();
        if (agencies.size() > 1) {
            log.warn(
                    "The agency directory names {} children's social care agencies serving area {}; the referral of"
                            + " case {} goes to {}, which began to serve it last",
                    agencies.size(),
                    area,
                    caseId,
                    agency.agencyId());
        }
        commands.sendAndWait(new ReceiveReferralCommand(
                AgencyCaseId.of(agency.agencyId(), caseId),
                caseId,
                agency.agencyId(),
                schoolUrn,
                area,
                referredAt,
                clock.acknowledgeBy(referredAt)));
    }

    /**
     * A school's LADO referral goes to the one LADO the agency directory gives the case's area when it was made, as a
     * referral to social care does (ADR 0055). Without one it is recorded as not routed (and published, so that the
     * school's case tells the DSL to telephone the local authority's LADO) and logged (ADR 0065).
     */
    private void routeToLado(LadoReferralMadeEvent e) {
        List<DirectoryAgency> agencies = directory.all().stream()
                .filter(agency -> agency.kind() == AgencyKind.LADO)
                .filter(agency -> agency.serves(e.localAuthorityCode(), e.referredAt()))
                .sorted(Comparator.comparing((DirectoryAgency agency) ->
                                servingSince(agency, e.localAuthorityCode(), e.referredAt()))
                        .reversed()
                        .thenComparing(DirectoryAgency::agencyId))
                .toList();
        if (agencies.isEmpty()) {
            log.warn(
                    "LADO referral of case {} reached no agency: the directory names no LADO serving area {}",
                    e.caseId(),
                    e.localAuthorityCode());
            commands.sendAndWait(new RecordUnroutedLadoReferralCommand(
                    AgencyCaseId.unroutedLado(e.caseId()),
                    e.caseId(),
                    e.schoolUrn(),
                    e.localAuthorityCode(),
                    e.referredAt()));
            return;
        }
        DirectoryAgency lado = agencies.getFirst();
        commands.sendAndWait(new ReceiveLadoReferralCommand(
                AgencyCaseId.of(lado.agencyId(), e.caseId()),
                e.caseId(),
                lado.agencyId(),
                e.schoolUrn(),
                e.localAuthorityCode(),
                e.adults().stream()
                        .map(adult -> new LadoAdult(adult.ref(), adult.role(), adult.employer()))
                        .toList(),
                e.children().size(),
                e.dueBy(),
                e.late(),
                e.referredAt(),
                clock.acknowledgeBy(e.referredAt())));
    }

    /** When the agency's current service of the area began: a later start is a successor's. */
    private static Instant servingSince(DirectoryAgency agency, String area, Instant at) {
        return agency.periods().stream()
                .filter(period -> period.areas().contains(area) && period.covers(at))
                .map(ServicePeriod::start)
                .max(Instant::compareTo)
                .orElse(Instant.MIN);
    }

    /**
     * An action is learnt from {@code strategy-action-assigned.v2}, which says what it is; version 1, published beside
     * it while subscribers move, is left alone so that the action is noted once (ADR 0044).
     */
    private void noteAction(StrategyActionAssignedEventV2 e) {
        if (directory.find(e.ownerOrganisation()).isEmpty()) {
            return;
        }
        commands.sendAndWait(new NoteActionAssignedCommand(
                AgencyCaseId.of(e.ownerOrganisation(), e.caseId()),
                e.caseId(),
                e.ownerOrganisation(),
                e.meetingId(),
                e.actionId(),
                StrategyActionType.ofCode(e.actionType()).name(),
                e.dueBy()));
    }
}
