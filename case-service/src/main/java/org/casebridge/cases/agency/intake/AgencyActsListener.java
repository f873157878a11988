package org.casebridge.cases.agency.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.LadoUpdateKind;
import org.casebridge.cases.incident.api.RecordLadoNotRoutedCommand;
import org.casebridge.cases.incident.api.RecordLadoUpdateCommand;
import org.casebridge.cases.incident.command.NotTheCasesLadoException;
import org.casebridge.cases.words.CodeWords;
import org.casebridge.events.agency.AgencyEvent;
import org.casebridge.events.agency.AgencyStrategyActionCompletedEvent;
import org.casebridge.events.agency.AgencyTopic;
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
import org.casebridge.platform.kafka.IntegrationEventInbox;
import org.casebridge.platform.kafka.PoisonRecordException;
import org.casebridge.platform.kafka.ReceivedEvent;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.reference.PlaceNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Puts what children's social care did about the school's referral on the school's case, once per event (the inbox
 * deduplicates in the same transaction): a row per agency with the acknowledgement clock and section 47, and a line
 * for the timeline in words, naming the agency by its kind and area and never by its id. An event naming another school than the case's changes nothing and
 * goes to the dead-letter topic; one about a case this service never held is skipped.
 */
@Component
public class AgencyActsListener {

    static final String CONSUMER = "agency-acts";
    private static final Logger log = LoggerFactory.getLogger(AgencyActsListener.class);

    private final IntegrationEventInbox inbox;
    private final CaseSchools schools;
    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final PlaceNames places;

    public AgencyActsListener(
            IntegrationEventInbox inbox,
            CaseSchools schools,
            JdbcTemplate jdbc,
            CommandGateway commands,
            PlaceNames places) {
        this.inbox = inbox;
        this.schools = schools;
        this.jdbc = jdbc;
        this.commands = commands;
        this.places = places;
    }

    @KafkaListener(topics = AgencyTopic.AGENCY_EVENTS, groupId = "case-service-agency-acts")
    void on(ConsumerRecord<String, byte[]> record, Acknowledgment ack) {
        inbox.receive(record, CONSUMER, this::apply);
        ack.acknowledge();
    }

    private void apply(ReceivedEvent received) {
        if (!(received.event() instanceof AgencyEvent event) || event instanceof CaseReadByAgencyEvent) {
            return; // an agency's read of the case is OutsideReadsListener's (ADR 0070)
        }
        Optional<String> school = schools.schoolOf(received.caseId());
        if (school.isEmpty()) {
            log.warn("Agency event {} ({}) is about no case held here; skipped", received.eventId(), received.type());
            return;
        }
        if (event.schoolUrn() != null && !event.schoolUrn().equals(school.get())) {
            throw new PoisonRecordException("Agency event " + received.eventId() + " (" + received.type()
                    + ") names another school than case " + received.caseId() + "'s");
        }
        UUID caseId = UUID.fromString(received.caseId());
        switch (event) {
            case ReferralReceivedByAgencyEvent e -> {
                jdbc.update(
                        """
                        INSERT INTO case_agency_referral (case_id, agency_id, local_authority_code, routed, referred_at,
                            acknowledge_by, updated_at) VALUES (?, ?, ?, TRUE, ?, ?, ?)
                        ON CONFLICT (case_id, agency_id) DO UPDATE SET routed = TRUE,
                            referred_at = EXCLUDED.referred_at, acknowledge_by = EXCLUDED.acknowledge_by""",
                        caseId,
                        e.agencyId(),
                        e.localAuthorityCode(),
                        ts(e.referredAt()),
                        ts(e.acknowledgeBy()),
                        ts(e.referredAt()));
                line(
                        received,
                        caseId,
                        e.agencyId(),
                        e.referredAt(),
                        socialCare(e.localAuthorityCode()) + " received the referral; acknowledgement due by "
                                + PortalDates.shown(e.acknowledgeBy()));
            }
            case ReferralNotRoutedEvent e -> {
                jdbc.update("""
                        INSERT INTO case_agency_referral (case_id, agency_id, local_authority_code, routed, referred_at,
                            updated_at) VALUES (?, '', ?, FALSE, ?, ?) ON CONFLICT DO NOTHING""", caseId, e.localAuthorityCode(), ts(e.referredAt()), ts(e.referredAt()));
                line(
                        received,
                        caseId,
                        "",
                        e.referredAt(),
                        "The referral to children's social care reached no agency:"
                                + " Casebridge's agency directory names none for "
                                + places.area(e.localAuthorityCode())
                                + "; contact the local authority's front door (MASH) directly");
            }
            case ReferralAcknowledgedEvent e -> {
                update(caseId, e.agencyId(), "acknowledged_at = ?", e.acknowledgedAt(), ts(e.acknowledgedAt()));
                line(
                        received,
                        caseId,
                        e.agencyId(),
                        e.acknowledgedAt(),
                        agency(caseId, e.agencyId()) + " acknowledged the referral"
                                + (e.late() ? " (after it was due)" : ""));
            }
            case ReferralAcknowledgementOverdueEvent e -> {
                update(caseId, e.agencyId(), "acknowledgement_overdue = TRUE", e.flaggedAt());
                line(
                        received,
                        caseId,
                        e.agencyId(),
                        e.flaggedAt(),
                        "Acknowledgement overdue: " + lower(agency(caseId, e.agencyId()))
                                + " had not acknowledged the referral by " + PortalDates.shown(e.acknowledgeBy()));
            }
            case Section47EnquiriesStartedEvent e -> {
                update(caseId, e.agencyId(), "section47_started_at = ?", e.startedAt(), ts(e.startedAt()));
                line(
                        received,
                        caseId,
                        e.agencyId(),
                        e.startedAt(),
                        agency(caseId, e.agencyId()) + " started section 47 enquiries");
            }
            case Section47OutcomeRecordedEvent e -> {
                update(caseId, e.agencyId(), "section47_outcome = ?", e.recordedAt(), e.outcome());
                line(
                        received,
                        caseId,
                        e.agencyId(),
                        e.recordedAt(),
                        agency(caseId, e.agencyId()) + " concluded section 47 enquiries: "
                                + lower(CodeWords.of(e.outcome())));
            }
            case LadoReferralReceivedEvent e ->
                lado(
                        received,
                        e.agencyId(),
                        LadoUpdateKind.REFERRAL_RECEIVED,
                        e.referredAt(),
                        null,
                        List.of(),
                        null,
                        false);
            case LadoReferralAcknowledgedEvent e ->
                lado(
                        received,
                        e.agencyId(),
                        LadoUpdateKind.REFERRAL_ACKNOWLEDGED,
                        e.acknowledgedAt(),
                        null,
                        List.of(),
                        null,
                        e.late());
            case AllegationMeetingHeldEvent e ->
                lado(
                        received,
                        e.agencyId(),
                        LadoUpdateKind.MEETING_HELD,
                        e.recordedAt(),
                        e.heldOn(),
                        e.attendeeRoles(),
                        null,
                        false);
            case AllegationOutcomeRecordedEvent e ->
                lado(
                        received,
                        e.agencyId(),
                        LadoUpdateKind.OUTCOME_RECORDED,
                        e.recordedAt(),
                        null,
                        List.of(),
                        e.outcome(),
                        false);
            case LadoAcknowledgementOverdueEvent e ->
                lado(
                        received,
                        e.agencyId(),
                        LadoUpdateKind.ACKNOWLEDGEMENT_OVERDUE,
                        e.flaggedAt(),
                        null,
                        List.of(),
                        null,
                        false);
            case LadoReferralNotRoutedEvent e -> {
                try {
                    commands.sendAndWait(new RecordLadoNotRoutedCommand(
                            CaseId.of(received.caseId()), received.eventId(), e.localAuthorityCode(), e.referredAt()));
                } catch (NotTheCasesLadoException refused) {
                    throw new PoisonRecordException(
                            "Agency event " + received.eventId() + " (" + received.type() + ") says case "
                                    + received.caseId() + "'s LADO referral reached no LADO, but it was not referred",
                            refused);
                }
            }
            case CaseReadByAgencyEvent e -> {}
            case AgencyStrategyActionCompletedEvent e ->
                line(
                        received,
                        caseId,
                        e.agencyId(),
                        e.completedAt(),
                        agency(caseId, e.agencyId()) + " reported a strategy action given to it done");
        }
    }

    /**
     * The LADO's steps are events of the school's case (ADR 0055), so that they are on its timeline, its history and
     * its as-of view like the police's; one from a LADO the case was not referred to goes to the dead-letter topic.
     */
    private void lado(
            ReceivedEvent received,
            String agencyId,
            LadoUpdateKind kind,
            Instant at,
            LocalDate heldOn,
            List<String> attendeeRoles,
            String outcome,
            boolean late) {
        try {
            commands.sendAndWait(new RecordLadoUpdateCommand(
                    CaseId.of(received.caseId()),
                    received.eventId(),
                    agencyId,
                    kind,
                    at == null ? received.time() : at,
                    heldOn,
                    attendeeRoles,
                    outcome,
                    late));
        } catch (NotTheCasesLadoException e) {
            throw new PoisonRecordException(
                    "Agency event " + received.eventId() + " (" + received.type() + ") comes from a LADO case "
                            + received.caseId() + " was not referred to",
                    e);
        }
    }

    private void update(UUID caseId, String agencyId, String set, Instant at, Object... values) {
        Object[] arguments = new Object[values.length + 3];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = ts(at);
        arguments[values.length + 1] = caseId;
        arguments[values.length + 2] = agencyId;
        int updated = jdbc.update(
                "UPDATE case_agency_referral SET " + set + ", updated_at = ? WHERE case_id = ? AND agency_id = ?",
                arguments);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO case_agency_referral (case_id, agency_id, routed, updated_at)
                    VALUES (?, ?, TRUE, ?) ON CONFLICT DO NOTHING""", caseId, agencyId, ts(at));
            jdbc.update(
                    "UPDATE case_agency_referral SET " + set + ", updated_at = ? WHERE case_id = ? AND agency_id = ?",
                    arguments);
        }
    }

    /** Children's social care of an area, as the DSL reads it: "Children's social care in Hackney". */
    private String socialCare(String localAuthorityCode) {
        return "Children's social care in " + places.area(localAuthorityCode);
    }

    /** The agency by its kind and area when the case was referred to it; else by what it did. */
    private String agency(UUID caseId, String agencyId) {
        return jdbc
                .query(
                        "SELECT local_authority_code FROM case_agency_referral WHERE case_id = ? AND agency_id = ?"
                                + " AND local_authority_code IS NOT NULL",
                        (rs, row) -> rs.getString(1),
                        caseId,
                        agencyId)
                .stream()
                .findFirst()
                .map(this::socialCare)
                .orElse("An agency of the strategy meeting");
    }

    private static String lower(String words) {
        return words.isEmpty() || (words.length() > 1 && Character.isUpperCase(words.charAt(1)))
                ? words
                : Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }

    private void line(ReceivedEvent received, UUID caseId, String agencyId, Instant at, String summary) {
        jdbc.update("""
                INSERT INTO case_agency_event (event_id, case_id, agency_id, occurred_at, summary)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", received.eventId(), caseId, agencyId, ts(at == null ? received.time() : at), summary);
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
