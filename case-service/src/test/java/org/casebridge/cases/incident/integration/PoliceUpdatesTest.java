package org.casebridge.cases.incident.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.casebridge.cases.incident.api.PoliceUpdateKind;
import org.casebridge.events.police.CrimeRecordedEvent;
import org.casebridge.events.police.DeviceDecisionRecordedEvent;
import org.casebridge.events.police.EscalationAcceptedEvent;
import org.casebridge.events.police.OutcomeAssignedEvent;
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
        assertThat(update.summary()).isEqualTo("Outcome OUTCOME_22 (HO 22)");
    }

    @Test
    void notSeizingAndLeavingDeletionToTheSchoolLiftsTheHoldOnDeletion() {
        var left = PoliceUpdates.translate(
                new DeviceDecisionRecordedEvent("c", "MPS", "device-1", "NOT_SEIZED", true, null, null, DECIDED),
                PUBLISHED);
        var notLeft = PoliceUpdates.translate(
                new DeviceDecisionRecordedEvent("c", "MPS", "device-1", "NOT_SEIZED", false, null, null, DECIDED),
                PUBLISHED);
        var seized = PoliceUpdates.translate(
                new DeviceDecisionRecordedEvent("c", "MPS", "device-1", "SEIZED", null, null, null, DECIDED),
                PUBLISHED);

        assertThat(left.kind()).isEqualTo(PoliceUpdateKind.DELETION_LEFT_TO_SCHOOL);
        assertThat(notLeft.kind()).isEqualTo(PoliceUpdateKind.OTHER);
        assertThat(seized.kind()).isEqualTo(PoliceUpdateKind.OTHER);
        assertThat(seized.summary()).isEqualTo("Device device-1: SEIZED");
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
        assertThat(crime.summary()).contains("86/02", "child-1 VICTIM", "not a criminal record");
    }
}
