package org.casebridge.notification.delivery.it;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.notification.referral.command.AgencyCaseCommand.AcknowledgeLadoReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.ReceiveLadoReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordAllegationMeetingCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordAllegationOutcomeCommand;
import org.casebridge.notification.referral.command.AgencyCaseId;
import org.casebridge.notification.referral.command.AllegationOutcome;
import org.casebridge.notification.referral.command.LadoAdult;
import org.casebridge.notification.referral.command.MeetingAttendee;
import org.casebridge.notification.referral.command.MeetingAttendeeRole;
import org.casebridge.platform.domain.ActedBy;
import org.springframework.jdbc.core.JdbcTemplate;

/** LADO agency cases with a given word in every free text the LADO types (ADR 0075), made through the commands. */
final class LadoCases {

    static final String LADO = "lado-it-retention";
    static final ActedBy OFFICER = new ActedBy("lado.it-retention", "AGENCY", LADO);

    private LadoCases() {}

    /** A LADO case concluded today with {@code outcome}, {@code word} in both rationales and an attendee's organisation. */
    static String concluded(CommandGateway commands, AllegationOutcome outcome, String word) {
        return concluded(commands, LADO, outcome, word);
    }

    /** The same, for the LADO {@code lado}, whose officer is {@link #officer}. */
    static String concluded(CommandGateway commands, String lado, AllegationOutcome outcome, String word) {
        ActedBy officer = officer(lado);
        String caseId = UUID.randomUUID().toString();
        String id = AgencyCaseId.of(lado, caseId);
        Instant now = Instant.now();
        commands.sendAndWait(new ReceiveLadoReferralCommand(
                id,
                caseId,
                lado,
                "100001",
                "E09000012",
                List.of(new LadoAdult("adult-1", "SUPPLY_STAFF", "SUPPLY_AGENCY")),
                1,
                now.minus(Duration.ofHours(2)),
                false,
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(1))));
        commands.sendAndWait(new AcknowledgeLadoReferralCommand(id, officer));
        commands.sendAndWait(new RecordAllegationMeetingCommand(
                id,
                officer,
                LocalDate.now().minusDays(1),
                List.of(
                        new MeetingAttendee(MeetingAttendeeRole.LADO, "LADO service"),
                        new MeetingAttendee(MeetingAttendeeRole.HEADTEACHER, word + " Academy")),
                "The meeting heard " + word + " and decided the police investigate first"));
        commands.sendAndWait(new RecordAllegationOutcomeCommand(
                id, officer, outcome, "Mr " + word + " was not at the school that day"));
        return id;
    }

    /** The LADO's officer who records its cases. */
    static ActedBy officer(String lado) {
        return LADO.equals(lado) ? OFFICER : new ActedBy("lado.officer", "AGENCY", lado);
    }

    /** Every text, character, JSON and binary column of the service's tables that holds {@code word}. */
    static List<String> columnsHolding(JdbcTemplate jdbc, String word) {
        List<String> holding = new ArrayList<>();
        List<String[]> columns =
                jdbc.query("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = current_schema()
                  AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')""", (rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        for (String[] column : columns) {
            String test = column[2].equals("bytea")
                    ? "position(convert_to(?, 'UTF8') in \"" + column[1] + "\") > 0"
                    : "position(? in \"" + column[1] + "\"::text) > 0";
            Integer found = jdbc.queryForObject(
                    "SELECT count(*) FROM \"" + column[0] + "\" WHERE " + test, Integer.class, word);
            if (found != null && found > 0) {
                holding.add(column[0] + "." + column[1]);
            }
        }
        return holding;
    }
}
