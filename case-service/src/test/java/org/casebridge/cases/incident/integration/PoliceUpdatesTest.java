package org.casebridge.cases.incident.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.casebridge.cases.incident.api.PoliceUpdateKind;
import org.casebridge.events.police.CrimeRecordedEvent;
import org.casebridge.events.police.DeviceDecisionRecordedEvent;
import org.casebridge.events.police.DeviceDecisionRecordedEventV2;
import org.casebridge.events.police.DisclosureStatementGivenEvent;
import org.casebridge.events.police.EscalationAcceptedEvent;
import org.casebridge.events.police.EscalationDeclinedEvent;
import org.casebridge.events.police.EscalationLegalHoldLiftedEvent;
import org.casebridge.events.police.EscalationLegalHoldPlacedEvent;
import org.casebridge.events.police.EscalationRoundOpenedEvent;
import org.casebridge.events.police.OutcomeAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.events.police.StrategyActionCompletedEvent;
import org.casebridge.events.police.StrategyMeetingClockResultEvent;
import org.casebridge.events.police.StrategyMeetingConvenedEvent;
import org.junit.jupiter.api.Test;

class PoliceUpdatesTest {

    private static final Instant DECIDED = Instant.parse("2026-11-27T14:00:00Z");
    private static final Instant PUBLISHED = Instant.parse("2026-11-27T14:00:02Z");

    @Test
    void anAssignedOutcomeIsThePoliceOutcomeTheSchoolWaitsFor() {
        var update =
                PoliceUpdates.translate(new OutcomeAssignedEvent("c", "MPS", "OUTCOME_22", "22", DECIDED), PUBLISHED);
        assertThat(update.kind()).isEqualTo(PoliceUpdateKind.OUTCOME_DECIDED);
        assertThat(update.occurredAt()).isEqualTo(DECIDED);
        assertThat(update.summary())
                .isEqualTo("Outcome 22: diversionary, educational or intervention activity, no further action in the"
                        + " public interest (Home Office outcome code 22)");
    }

    @Test
    void theStrategyMeetingsClockIsForThePartnershipAndNotAnUpdateOnTheSchoolsCase() {
        assertThat(PoliceUpdates.translate(
                        new StrategyMeetingClockResultEvent("c", "MPS", "MISSED", DECIDED, DECIDED), PUBLISHED))
                .isNull();
    }

    @Test
    void theForcesLegalHoldOnItsEscalationIsPutOnTheSchoolsCaseAtThePolicesTimeWithoutAReason() {
        assertThat(PoliceUpdates.translate(new EscalationLegalHoldPlacedEvent("c", "MPS", DECIDED), PUBLISHED))
                .isEqualTo(new PoliceUpdates.PoliceUpdate(
                        PoliceUpdateKind.LEGAL_HOLD_PLACED,
                        DECIDED,
                        "Legal hold placed by MPS on its record of the case"));
        assertThat(PoliceUpdates.translate(new EscalationLegalHoldLiftedEvent("c", "WMP", DECIDED), PUBLISHED))
                .isEqualTo(new PoliceUpdates.PoliceUpdate(
                        PoliceUpdateKind.LEGAL_HOLD_LIFTED, DECIDED, "Legal hold lifted by WMP"));
    }

    @Test
    void notSeizingAndLeavingDeletionToTheSchoolLiftsTheHoldOnThatDeviceOnly() {
        var left = PoliceUpdates.translate(device("device-1", "NOT_SEIZED", true), PUBLISHED);
        var notLeft = PoliceUpdates.translate(device("device-1", "NOT_SEIZED", false), PUBLISHED);
        var seized = PoliceUpdates.translate(device("device-2", "SEIZED", null), PUBLISHED);
        var withdrawn = PoliceUpdates.translate(device("device-1", "SCHOOL_DELETION_WITHDRAWN", false), PUBLISHED);
        var examined = PoliceUpdates.translate(device("device-2", "EXAMINED", null), PUBLISHED);

        assertThat(left.kind()).isEqualTo(PoliceUpdateKind.DELETION_LEFT_TO_SCHOOL);
        assertThat(left.schoolDeviceRef()).isEqualTo("device-1");
        assertThat(left.summary()).isEqualTo("Device device-1: not seized, deletion left to the school");
        assertThat(notLeft.kind()).isEqualTo(PoliceUpdateKind.DEVICE_DECIDED);
        assertThat(seized.kind()).isEqualTo(PoliceUpdateKind.DEVICE_DECIDED);
        assertThat(seized.schoolDeviceRef()).isEqualTo("device-2");
        assertThat(seized.summary()).isEqualTo("Device device-2: seized by the police");
        assertThat(withdrawn.kind()).isEqualTo(PoliceUpdateKind.DEVICE_DECIDED);
        assertThat(examined.kind()).isEqualTo(PoliceUpdateKind.OTHER);
    }

    @Test
    void aDeviceDecisionOfVersionOneIsLeftToItsVersionTwo() {
        assertThat(PoliceUpdates.translate(
                        new DeviceDecisionRecordedEvent("c", "MPS", "d-9", "NOT_SEIZED", true, null, null, DECIDED),
                        PUBLISHED))
                .isNull();
    }

    @Test
    void aRoundTheForceOpensIsTheRoundTheSchoolAwaits() {
        var round = PoliceUpdates.translate(
                new EscalationRoundOpenedEvent("c", "MPS", 2, List.of("ADULT_INVOLVED"), DECIDED), PUBLISHED);
        assertThat(round.kind()).isEqualTo(PoliceUpdateKind.ROUND_OPENED);
        assertThat(round.round()).isEqualTo(2);
        assertThat(round.occurredAt()).isEqualTo(DECIDED);
        assertThat(round.summary())
                .isEqualTo("Re-escalation received by MPS as round 2; now also an adult is involved");
        assertThat(PoliceUpdates.translate(new EscalationDeclinedEvent("c", "MPS", DECIDED), PUBLISHED)
                        .kind())
                .isEqualTo(PoliceUpdateKind.ESCALATION_DECLINED);
    }

    @Test
    void meetingsAndActionsAreKeptSoThatErasureWaitsForThem() {
        var meeting = PoliceUpdates.translate(
                new StrategyMeetingConvenedEvent("c", "MPS", "m-1", DECIDED, List.of(), DECIDED), PUBLISHED);
        var assigned = PoliceUpdates.translate(
                new StrategyActionAssignedEventV2(
                        "c", "MPS", "m-1", "a-7", "SAFETY_PLAN", "SCHOOL", "103456", DECIDED, DECIDED),
                PUBLISHED);
        var completed =
                PoliceUpdates.translate(new StrategyActionCompletedEvent("c", "MPS", "m-1", "a-7", DECIDED), PUBLISHED);
        assertThat(meeting.kind()).isEqualTo(PoliceUpdateKind.STRATEGY_MEETING_CONVENED);
        assertThat(assigned.kind()).isEqualTo(PoliceUpdateKind.ACTION_ASSIGNED);
        assertThat(assigned.policeRef()).isEqualTo("a-7");
        assertThat(assigned.summary())
                .startsWith("Strategy action: Put a safety plan in place for the child, for the school 103456");
        assertThat(completed.kind()).isEqualTo(PoliceUpdateKind.ACTION_COMPLETED);
        assertThat(completed.policeRef()).isEqualTo("a-7");
    }

    @Test
    void aStrategyActionIsReadFromVersionTwoOnlySoThatItIsRecordedOnce() {
        assertThat(PoliceUpdates.translate(
                        new StrategyActionAssignedEvent("c", "MPS", "m-1", "a-7", "SCHOOL", "103456", DECIDED, DECIDED),
                        PUBLISHED))
                .isNull();
        assertThat(PoliceUpdates.translate(
                                new StrategyActionAssignedEventV2(
                                        "c",
                                        "MPS",
                                        "m-1",
                                        "a-7",
                                        "A_CODE_OF_LATER",
                                        "SCHOOL",
                                        "103456",
                                        DECIDED,
                                        DECIDED),
                                PUBLISHED)
                        .summary())
                .startsWith("Strategy action: Another action (the meeting's minutes say what)");
    }

    @Test
    void theSchoolSeesThatTheDisclosureStatementWasGiven() {
        var given = PoliceUpdates.translate(
                new DisclosureStatementGivenEvent("c", "MPS", "NPCC-2016-1", List.of("SCHOOL", "PARENTS"), DECIDED),
                PUBLISHED);
        assertThat(given.kind()).isEqualTo(PoliceUpdateKind.DISCLOSURE_STATEMENT_GIVEN);
        assertThat(given.occurredAt()).isEqualTo(DECIDED);
        assertThat(given.summary())
                .isEqualTo("Standard disclosure statement (version NPCC-2016-1) given to the school and the parents");
    }

    private static DeviceDecisionRecordedEventV2 device(String schoolDeviceRef, String decision, Boolean left) {
        return new DeviceDecisionRecordedEventV2(
                "c", "MPS", "d-1", schoolDeviceRef, decision, left, null, null, DECIDED);
    }

    @Test
    void otherDecisionsAreShownOnTheTimelineByTheirCodes() {
        assertThat(PoliceUpdates.translate(new EscalationAcceptedEvent("c", "MPS", DECIDED), PUBLISHED)
                        .kind())
                .isEqualTo(PoliceUpdateKind.ESCALATION_ACCEPTED);
        var crime = PoliceUpdates.translate(
                new CrimeRecordedEvent(
                        "c", "MPS", "86/02", List.of(new CrimeRecordedEvent.ChildRole("child-1", "VICTIM")), DECIDED),
                PUBLISHED);
        assertThat(crime.kind()).isEqualTo(PoliceUpdateKind.OTHER);
        assertThat(crime.summary())
                .contains("86/02", "child-1 victim", "not a criminal record")
                .doesNotContain("TAKE_MAKE_DISTRIBUTE", "VICTIM");
    }
}
