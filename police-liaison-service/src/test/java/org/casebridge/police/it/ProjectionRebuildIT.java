package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.police.it.PoliceRequests.crime;
import static org.casebridge.police.it.PoliceRequests.outcome21;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.test.EventStoreHead;
import org.casebridge.platform.test.ProjectionCatchUp;
import org.casebridge.platform.test.ReadModelSnapshot;
import org.casebridge.police.escalation.command.EscalationCommand.FlagCrimeRecordForReviewCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Each projection of police-liaison-service, rebuilt by an operator's replay from the event store, holds exactly the
 * rows it built live, through a generated history: referrals with random criteria that an officer takes a seeded
 * random part of the way (refusals included), through crime, factors, devices, strategy meetings and outcomes (and
 * for some, the erasure of the case's personal data on its MoPI review, whose free text then reads as erased; for
 * others a legal hold, set and sometimes lifted)
 * (ADR 0050).
 */
class ProjectionRebuildIT extends PoliceApiIntegrationTest {

    private static final long SEED = 20261202L;
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Actor OFFICER = new Actor("pc-rebuild", Actor.Role.POLICE_LIAISON, "WMP");
    private static final Actor SUPERVISOR = new Actor("ps-rebuild", Actor.Role.POLICE_SUPERVISOR, "WMP");
    private static final Actor OPERATOR = new Actor("ops-rebuild", Actor.Role.OPERATOR, "casebridge-ops");
    private static final List<String> CRITERIA = List.of(
            "ADULT_INVOLVED",
            "COERCION_OR_GROOMING_OR_CAPACITY",
            "UNDER_13_SEXUAL_ACTS",
            "IMMEDIATE_RISK_OF_HARM",
            "UNUSUAL_OR_VIOLENT_IMAGERY");
    private static final Map<String, List<String>> TABLES = Map.of(
            "police-escalations", List.of("police_escalation"),
            "police-devices", List.of("police_device"),
            "police-strategy-meetings", List.of("police_strategy_meeting", "police_strategy_action"));

    @Autowired
    DataSource dataSource;

    @Autowired
    CommandGateway commands;

    private final EventStoreHead head = new EventStoreHead(() -> jdbc.queryForObject(EventStoreHead.QUERY, Long.class));

    /** The history holds at least one erasure of a case's personal data on its MoPI review (ADR 0064). */
    private boolean erasedOne;

    @Test
    void everyProjectionRebuildsToTheRowsItBuiltLive() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < 10; i++) {
            walkPartOfTheWay(referral(random), random);
        }
        for (Map.Entry<String, List<String>> projection : TABLES.entrySet()) {
            String group = projection.getKey();
            awaitCaughtUp(group);
            ReadModelSnapshot live = ReadModelSnapshot.of(dataSource, projection.getValue());
            assertThat(live.counts().values())
                    .as("the history fills every table of " + group)
                    .allMatch(n -> n > 0);

            ResponseEntity<String> replay = api().post(OPERATOR, "/api/projections/" + group + "/replay", null);
            assertThat(replay.getStatusCode().value()).as(replay.getBody()).isEqualTo(202);
            awaitCaughtUp(group);

            ReadModelSnapshot.of(dataSource, projection.getValue()).assertSameRowsAs(live);
        }
    }

    @Test
    void processManagersAndThePublisherAreNeverReplayed() {
        for (String group : List.of("kafka-publisher", "police-device-withdrawals")) {
            ResponseEntity<String> refused = api().post(OPERATOR, "/api/projections/" + group + "/replay", null);
            assertThat(refused.getStatusCode().value()).as(group).isEqualTo(409);
            assertThat(refused.getBody()).contains("processing-group-not-replayable");
        }
    }

    private String referral(Random random) throws Exception {
        String caseId = UUID.randomUUID().toString();
        List<String> criteria = new ArrayList<>();
        for (String criterion : CRITERIA) {
            if (random.nextInt(4) == 0) {
                criteria.add(criterion);
            }
        }
        SchoolReferral.send(
                kafka,
                new ReferralMadeEvent(
                        caseId,
                        "137001",
                        "E08000025",
                        "WMP",
                        List.of("POLICE"),
                        criteria,
                        List.of(
                                new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED")),
                                new ChildSummary("child-2", 15, "Year 10", List.of("RECEIVED", "SHARED"))),
                        Instant.now().minusSeconds(600)));
        await().atMost(PATIENCE)
                .until(() -> api().get(OFFICER, "/api/escalations/" + caseId).getStatusCode() == HttpStatus.OK);
        return caseId;
    }

    /** The officer's steps in their usual order, each taken or skipped at random; a refused step is history too. */
    private void walkPartOfTheWay(String caseId, Random random) throws Exception {
        String base = "/api/escalations/" + caseId;
        if (random.nextInt(6) == 0) {
            api().post(OFFICER, base + "/decline", Map.of("reason", "Not a police matter: handled by the school"));
            return;
        }
        api().post(OFFICER, base + "/acceptance", null);
        boolean crime = random.nextBoolean();
        if (crime) {
            api().post(OFFICER, base + "/crime", crime());
        }
        boolean aggravated = random.nextBoolean();
        api().post(
                        OFFICER,
                        base + "/aggravating-factors",
                        Map.of(
                                "factors",
                                aggravated
                                        ? List.of(
                                                Map.of("factor", "COERCION_OR_BLACKMAIL", "notes", "Threats to share"))
                                        : List.of()));
        if (random.nextBoolean()) {
            device(base, random.nextBoolean());
        }
        if (aggravated || random.nextInt(3) == 0) {
            meeting(base, random);
        }
        if (random.nextBoolean()) {
            api().post(OFFICER, base + "/outcome-proposal", outcome21());
            if (random.nextBoolean()) {
                api().post(SUPERVISOR, base + "/outcome-proposal/sign-off", null);
            }
        }
        if (crime && (!erasedOne || random.nextInt(3) == 0)) {
            erasedOne = true;
            if (random.nextBoolean()) {
                legalHold(base, true);
            }
            commands.sendAndWait(new FlagCrimeRecordForReviewCommand(caseId, 1, LocalDate.of(2011, 3, 1)));
            api().post(
                            SUPERVISOR,
                            base + "/personal-details/erasure",
                            Map.of("reason", "MoPI review: no further policing purpose"));
        } else if (random.nextBoolean()) {
            legalHold(base, random.nextBoolean());
        }
    }

    /** A legal hold set by the supervisor (ADR 0081), and lifted by them when {@code lifted}. */
    private void legalHold(String base, boolean lifted) {
        api().post(SUPERVISOR, base + "/legal-hold", Map.of("reason", "IOPC inquiry into the referral"));
        if (lifted) {
            api().post(SUPERVISOR, base + "/legal-hold/lifting", Map.of("reason", "The inquiry closed"));
        }
    }

    private void device(String base, boolean seized) throws Exception {
        ResponseEntity<String> created = api().post(
                        OFFICER,
                        base + "/devices",
                        seized
                                ? Map.of(
                                        "description", "Mobile phone",
                                        "ownerChildRef", "child-2",
                                        "seized", true,
                                        "exhibitReference", "EXH/WMP/0042")
                                : Map.of(
                                        "description", "Mobile phone",
                                        "ownerChildRef", "child-1",
                                        "seized", false,
                                        "notSeizedReason", "Victim's phone; no evidential need",
                                        "schoolMayUseDeletionPowers", true));
        if (seized && created.getStatusCode() == HttpStatus.CREATED) {
            String device = base + "/devices/" + id(created);
            api().post(
                            OFFICER,
                            device + "/examination",
                            Map.of("examinedBy", "HI_TECH_CRIME_UNIT", "examinationReference", "HTCU-2026-118"));
            api().post(OFFICER, device + "/caid", Map.of("status", "SUBMITTED", "caidReference", "CAID-SUB-99812"));
        }
    }

    private void meeting(String base, Random random) throws Exception {
        Map<String, String> socialCare =
                Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "E08000025", "role", "Social worker");
        ResponseEntity<String> created = api().post(
                        OFFICER,
                        base + "/strategy-meetings",
                        Map.of(
                                "scheduledFor", Instant.now().plusSeconds(3600).toString(),
                                "venue", "Video call",
                                "invitees", List.of(socialCare)));
        if (created.getStatusCode() != HttpStatus.CREATED) {
            return;
        }
        String meeting = base + "/strategy-meetings/" + id(created);
        api().post(OFFICER, meeting + "/attendance", Map.of("attendees", List.of(socialCare)));
        ResponseEntity<String> action = api().post(
                        OFFICER,
                        meeting + "/actions",
                        Map.of(
                                "description", "Joint visit to the family",
                                "owner", Map.of("type", "CHILDRENS_SOCIAL_CARE", "organisation", "E08000025"),
                                "dueBy", Instant.now().plus(Duration.ofDays(2)).toString()));
        if (action.getStatusCode() == HttpStatus.CREATED && random.nextBoolean()) {
            api().post(OFFICER, meeting + "/actions/" + id(action) + "/completion", Map.of("note", "Visit done"));
        }
    }

    private String id(ResponseEntity<String> created) throws Exception {
        return json.readTree(created.getBody()).get("id").asText();
    }

    /** The group caught up, and the other services' answers from Kafka stored with it. */
    private void awaitCaughtUp(String group) {
        ProjectionCatchUp.awaitCaughtUp(
                head,
                PATIENCE,
                group,
                () -> json.readTree(api().get(OPERATOR, "/api/projections").getBody()));
    }
}
