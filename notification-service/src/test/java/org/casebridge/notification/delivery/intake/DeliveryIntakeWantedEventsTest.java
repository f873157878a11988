package org.casebridge.notification.delivery.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebridge.events.agency.CaseReadByAgencyEvent;
import org.casebridge.events.police.CaseReadByPoliceEvent;
import org.casebridge.events.police.EscalationLegalHoldLiftedEvent;
import org.casebridge.events.police.EscalationLegalHoldPlacedEvent;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.school.LegalHoldLiftedEvent;
import org.casebridge.events.school.LegalHoldPlacedEvent;
import org.casebridge.notification.agency.SharingRules;
import org.junit.jupiter.api.Test;

/** The delivery intake passes over only the events that reach no agency (ADR 0071, ADR 0075). */
class DeliveryIntakeWantedEventsTest {

    @Test
    void theIntakePassesOverTheReadsOfASchoolsCaseAndEveryEventAnAgencyMayReceiveIsWanted() {
        assertThat(IntegrationEventIntake.PASSED_OVER)
                .containsExactlyInAnyOrder(CaseReadByPoliceEvent.class, CaseReadByAgencyEvent.class);
        IntegrationEventIntake.PASSED_OVER.forEach(type -> {
            assertThat(SharingRules.reachesAnyAgency(IntegrationEventTypes.typeOf(type)))
                    .as("%s reaches no agency", type.getSimpleName())
                    .isFalse();
            assertThat(IntegrationEventIntake.WANTED.includes(type)).isFalse();
        });
        IntegrationEventTypes.all().forEach((type, eventClass) -> {
            if (SharingRules.reachesAnyAgency(type)) {
                assertThat(IntegrationEventIntake.WANTED.includes(eventClass))
                        .as(type)
                        .isTrue();
            }
        });
    }

    @Test
    void aSchoolsOrAForcesLegalHoldReachesNoAgencyButTheIntakeWantsItForTheRetentionJob() {
        for (var type : List.of(
                LegalHoldPlacedEvent.class,
                LegalHoldLiftedEvent.class,
                EscalationLegalHoldPlacedEvent.class,
                EscalationLegalHoldLiftedEvent.class)) {
            assertThat(SharingRules.reachesAnyAgency(IntegrationEventTypes.typeOf(type)))
                    .as("%s reaches no agency", type.getSimpleName())
                    .isFalse();
            assertThat(IntegrationEventIntake.WANTED.includes(type))
                    .as("%s is recorded for the retention job", type.getSimpleName())
                    .isTrue();
        }
    }
}
