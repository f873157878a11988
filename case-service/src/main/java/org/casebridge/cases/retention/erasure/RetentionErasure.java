package org.casebridge.cases.retention.erasure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.command.ErasureBlockedException;
import org.casebridge.cases.incident.command.PersonalDetailsAlreadyErasedException;
import org.casebridge.cases.personaldetails.PersonalDetailsService;
import org.casebridge.cases.personaldetails.PersonalDetailsVault;
import org.casebridge.cases.personaldetails.PersonalDetailsVault.KeyedCase;
import org.casebridge.cases.retention.RetentionSchedule;
import org.casebridge.cases.transfer.handover.ChildRecordTransfers;
import org.casebridge.platform.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One run of the retention job: first dates the cases reported before the schedule (from the dates of birth in the
 * vault and, for a child with none on file, the age the case records), then erases every case, and every child's
 * record received from another school (ADR 0069), whose retention ended before today, each in its own transaction, as {@link CaseActors#retention} of the case's school with the schedule as
 * the rationale. A case whose erasure is blocked stays due and is counted, a legal hold of the school's or of the force
 * holding the escalation (ADR 0089) as held; an erased case is no longer found. Logs
 * counts only.
 */
@Component
public class RetentionErasure {

    private static final Logger log = LoggerFactory.getLogger(RetentionErasure.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final PersonalDetailsVault vault;
    private final PersonalDetailsService personalDetails;
    private final ChildRecordTransfers transfers;
    private final RetentionSchedule schedule;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Counter erased;
    private final Counter held;
    private final Counter blocked;

    public RetentionErasure(
            PersonalDetailsVault vault,
            PersonalDetailsService personalDetails,
            ChildRecordTransfers transfers,
            RetentionSchedule schedule,
            JdbcTemplate jdbc,
            Clock clock,
            ObjectProvider<MeterRegistry> meters) {
        this.vault = vault;
        this.personalDetails = personalDetails;
        this.transfers = transfers;
        this.schedule = schedule;
        this.jdbc = jdbc;
        this.clock = clock;
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        this.erased = counter(registry, "casebridge.retention.erasures", "Cases erased as their retention ended");
        this.held = blocked(registry, "legal-hold");
        this.blocked = blocked(registry, "open-work");
    }

    /** What one run did; the blocked cases stay due and are tried again on the next run. */
    public record Run(int dated, List<CaseId> erased, List<CaseId> held, List<CaseId> blocked, int failed) {}

    /** The rationale every erasure of the job records. */
    public String rationale() {
        return "Retention period ended (" + schedule.description() + ")";
    }

    /** Dates the undated cases, then erases those whose retention ended before today (by the injected clock). */
    public Run run() {
        LocalDate today = clock.instant().atZone(UK).toLocalDate();
        int dated = dateCasesReportedBeforeTheSchedule();
        List<CaseId> done = new ArrayList<>();
        List<CaseId> onHold = new ArrayList<>();
        List<CaseId> waiting = new ArrayList<>();
        int failed = 0;
        for (KeyedCase due : vault.retentionEndedBefore(today)) {
            try {
                if (received(due.caseId())) {
                    transfers.eraseReceived(due.caseId().value(), CaseActors.retention(due.schoolUrn()), rationale());
                } else {
                    personalDetails.erase(due.caseId(), CaseActors.retention(due.schoolUrn()), rationale());
                }
                done.add(due.caseId());
                erased.increment();
            } catch (ErasureBlockedException e) {
                if (e.blockedBy().contains(ErasureBlockedException.Block.LEGAL_HOLD)
                        || e.blockedBy().contains(ErasureBlockedException.Block.FORCE_LEGAL_HOLD)) {
                    onHold.add(due.caseId());
                    held.increment();
                } else {
                    waiting.add(due.caseId());
                    blocked.increment();
                }
            } catch (PersonalDetailsAlreadyErasedException | NotFoundException e) {
                // Erased, or gone, since it was found: nothing left to do.
            } catch (RuntimeException e) {
                failed++;
                log.warn(
                        "Retention erasure of a case failed ({}); it is tried again on the next run",
                        e.getClass().getSimpleName());
            }
        }
        log.info(
                "Retention run for {}: {} cases dated, {} erased, {} under a legal hold, {} blocked, {} failed",
                today,
                dated,
                done.size(),
                onHold.size(),
                waiting.size(),
                failed);
        return new Run(dated, List.copyOf(done), List.copyOf(onHold), List.copyOf(waiting), failed);
    }

    /**
     * Whether the key is a received child's record's (ADR 0054) rather than a case's: its stream, not a read model,
     * says so, so no projection lag can send a record's erasure to a case or the other way round.
     */
    private boolean received(CaseId keyed) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE aggregate_identifier = ?
                    AND payload_type = 'org.casebridge.cases.transfer.api.ChildRecordReceivedEvent')""", Boolean.class, keyed.value().toString()));
    }

    private int dateCasesReportedBeforeTheSchedule() {
        int dated = 0;
        for (KeyedCase undated : vault.withoutRetentionDate()) {
            try {
                if (date(undated)) {
                    dated++;
                }
            } catch (RuntimeException e) {
                log.warn(
                        "Dating a case reported before the retention schedule failed ({}); it is tried again on the"
                                + " next run",
                        e.getClass().getSimpleName());
            }
        }
        return dated;
    }

    /**
     * Dates one case, or one child's record received from another school (ADR 0054: its key beside the cases'), from
     * its identities and ages; false while its read model is not there to give the ages.
     */
    private boolean date(KeyedCase undated) {
        List<Map<String, Object>> received =
                jdbc.queryForList("""
                SELECT child_ref, (record -> 'child' ->> 'age')::int AS age,
                    (record ->> 'cameToLightAt')::timestamptz AS came_to_light_at
                FROM transferred_child_record WHERE transfer_id = ?""", undated.caseId().value());
        if (!received.isEmpty()) {
            Map<String, Object> record = received.getFirst();
            return date(
                    undated,
                    ((Timestamp) record.get("came_to_light_at")).toInstant(),
                    Map.of((String) record.get("child_ref"), (Integer) record.get("age")));
        }
        List<Timestamp> cameToLight = jdbc.queryForList(
                "SELECT came_to_light_at FROM case_summary WHERE case_id = ?",
                Timestamp.class,
                undated.caseId().value());
        Map<String, Integer> ages = new HashMap<>();
        jdbc.query(
                "SELECT child_ref, age FROM case_child WHERE case_id = ?",
                rs -> {
                    ages.put(rs.getString(1), rs.getInt(2));
                },
                undated.caseId().value());
        if (cameToLight.isEmpty() || ages.isEmpty()) {
            return false;
        }
        return date(undated, cameToLight.getFirst().toInstant(), ages);
    }

    private boolean date(KeyedCase undated, Instant cameToLight, Map<String, Integer> ages) {
        int yearAgesWereTaken = cameToLight.atZone(UK).getYear();
        Map<String, LocalDate> datesOfBirth = vault.datesOfBirth(undated.caseId());
        List<Integer> yearsOfBirth = ages.entrySet().stream()
                .map(child -> datesOfBirth.containsKey(child.getKey())
                        ? datesOfBirth.get(child.getKey()).getYear()
                        : RetentionSchedule.latestYearOfBirth(child.getValue(), yearAgesWereTaken))
                .toList();
        vault.keepUntil(undated.caseId(), schedule.keepUntil(yearsOfBirth));
        return true;
    }

    private static Counter blocked(MeterRegistry registry, String because) {
        return Counter.builder("casebridge.retention.erasures.blocked")
                .description("Cases due for erasure whose erasure a legal hold or open work blocked")
                .tag("because", because)
                .register(registry);
    }

    private static Counter counter(MeterRegistry registry, String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }
}
