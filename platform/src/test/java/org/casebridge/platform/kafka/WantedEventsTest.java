package org.casebridge.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.school.EscalationMadeEvent;
import org.casebridge.events.school.IncidentReportedEvent;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.events.school.SchoolEvent;
import org.junit.jupiter.api.Test;

class WantedEventsTest {

    private static final String REFERRAL = IntegrationEventTypes.typeOf(ReferralMadeEvent.class);
    private static final String REPORT = IntegrationEventTypes.typeOf(IncidentReportedEvent.class);

    @Test
    void aKnownTypeTheConsumerDoesNotActOnIsPassedOver() {
        WantedEvents referrals = WantedEvents.only(ReferralMadeEvent.class, EscalationMadeEvent.class);

        assertThat(referrals.unwanted(REPORT)).contains(IncidentReportedEvent.class);
        assertThat(referrals.unwanted(REFERRAL)).isEmpty();
    }

    @Test
    void aTypeTheBuildDoesNotKnowIsNeverPassedOverByTheHeaderAlone() {
        WantedEvents referrals = WantedEvents.only(ReferralMadeEvent.class);

        assertThat(referrals.unwanted("org.casebridge.school.something-new.v1")).isEmpty();
        assertThat(referrals.unwanted("unknown")).isEmpty();
    }

    @Test
    void aWantedClassStandsForItsSubtypes() {
        WantedEvents school = WantedEvents.only(SchoolEvent.class);

        assertThat(school.includes(ReferralMadeEvent.class)).isTrue();
        assertThat(school.unwanted(REPORT)).isEmpty();
        assertThat(WantedEvents.all().unwanted(REPORT)).isEmpty();
        IntegrationEventTypes.all()
                .values()
                .forEach(eventClass ->
                        assertThat(WantedEvents.all().includes(eventClass)).isTrue());
    }

    @Test
    void aConsumerWantsAtLeastOneEvent() {
        assertThatThrownBy(() -> new WantedEvents(Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
