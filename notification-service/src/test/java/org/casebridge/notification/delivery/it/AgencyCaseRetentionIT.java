package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.notification.referral.command.AgencyCaseId;
import org.casebridge.notification.referral.command.AllegationOutcome;
import org.casebridge.notification.retention.AgencyCaseRetention;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalDrafts;
import org.casebridge.platform.sealing.SealedText;
import org.casebridge.platform.sealing.SealingKeyVault;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agency cases' retention (ADR 0075) on real PostgreSQL, with the job's clock set two days ahead: the LADO's
 * record of a malicious allegation, removed once concluded, loses its free text with its key; a substantiated one,
 * kept ten years after its outcome, is not yet due. Before the erasure the words are in the read model and never in
 * the event store; after it they are in no column of any table, and the erasure is an event with who, when, which
 * organisation and why.
 */
@NotificationIntegrationTest
class AgencyCaseRetentionIT {

    private static final Clock TWO_DAYS_ON = Clock.offset(Clock.systemUTC(), Duration.ofDays(2));

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommandGateway commands;

    @Autowired
    ApplicationContext context;

    @Autowired
    SealingKeyVault keys;

    @Autowired
    PortalDrafts drafts;

    @Test
    void aMaliciousAllegationsFreeTextIsErasedAfterItsOutcomeAndASubstantiatedOneIsKept() {
        String malicious = LadoCases.concluded(commands, AllegationOutcome.MALICIOUS, "Quorvelle");
        String substantiated = LadoCases.concluded(commands, AllegationOutcome.SUBSTANTIATED, "Zembrantic");
        String caseId = malicious.substring(malicious.indexOf(':') + 1);
        Actor officer = new Actor(LadoCases.OFFICER.id(), Actor.Role.AGENCY, LadoCases.LADO);
        drafts.save(officer, "allegation-outcome-" + caseId, Map.of("rationale", List.of("Quorvelle again")));

        assertThat(LadoCases.columnsHolding(jdbc, "Quorvelle"))
                .as("shown in the read model while the key exists, sealed in the event store")
                .contains("agency_lado_referral.meeting_rationale", "agency_lado_referral.outcome_rationale")
                .contains("agency_lado_attendee.organisation")
                .doesNotContain("domain_event_entry.payload");
        assertThat(job(Clock.systemUTC()).run().erased())
                .as("not on the day of the outcome")
                .isZero();

        AgencyCaseRetention.Run run = job(TWO_DAYS_ON).run();

        assertThat(run.erased()).isPositive();
        assertThat(run.failed()).isZero();
        assertThat(LadoCases.columnsHolding(jdbc, "Quorvelle"))
                .as("no free text of the erased case anywhere")
                .isEmpty();
        assertThat(keys.hasKey(AgencyCaseId.sealingKey(malicious))).isFalse();
        assertThat(jdbc.queryForMap(
                        "SELECT meeting_rationale, outcome_rationale, outcome, meeting_held_on IS NOT NULL AS held,"
                                + " free_text_erased_at IS NOT NULL AS erased FROM agency_lado_referral"
                                + " WHERE agency_case_id = ?",
                        malicious))
                .containsEntry("meeting_rationale", SealedText.ERASED)
                .containsEntry("outcome_rationale", SealedText.ERASED)
                .as("the codes and dates stay")
                .containsEntry("outcome", "MALICIOUS")
                .containsEntry("held", true)
                .containsEntry("erased", true);
        assertThat(jdbc.queryForList(
                        "SELECT organisation FROM agency_lado_attendee WHERE agency_case_id = ? ORDER BY position",
                        String.class,
                        malicious))
                .containsExactly(SealedText.ERASED, SealedText.ERASED);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM portal_draft WHERE owner_org = ? AND case_id::text = ?",
                        Integer.class,
                        LadoCases.LADO,
                        caseId))
                .isZero();
        String erasure = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%AgencyCaseFreeTextErasedEvent'""", String.class, malicious);
        assertThat(erasure)
                .contains("\"id\":\"casebridge:retention\"", "\"role\":\"SYSTEM\"")
                .contains("\"organisation\":\"" + LadoCases.LADO + "\"")
                .contains("\"record\":\"LADO_ALLEGATION_MALICIOUS\"", "\"erasedAt\":")
                .contains("Retention period ended (the LADO's record of malicious allegations is removed once");

        assertThat(LadoCases.columnsHolding(jdbc, "Zembrantic"))
                .as("the substantiated allegation is kept ten years")
                .contains("agency_lado_referral.outcome_rationale");
        assertThat(keys.hasKey(AgencyCaseId.sealingKey(substantiated))).isTrue();
        assertThat(job(TWO_DAYS_ON).run().erased())
                .as("an erased case is not found again")
                .isZero();
    }

    private AgencyCaseRetention job(Clock clock) {
        return RetentionJobs.of(context).agencyCases(clock);
    }
}
