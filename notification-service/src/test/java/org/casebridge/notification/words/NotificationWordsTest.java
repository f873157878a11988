package org.casebridge.notification.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.notification.agency.AgencyKind;
import org.casebridge.notification.referral.command.Section47Outcome;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.junit.jupiter.api.Test;

class NotificationWordsTest {

    @Test
    void everyOutcomeKindAndBasisHasWordsOfItsOwn() {
        Stream.of(Section47Outcome.values(), AgencyKind.values(), Article6Basis.values())
                .flatMap(Arrays::stream)
                .forEach(code -> assertThat(NotificationWords.of(code))
                        .as(code.name())
                        .isNotBlank()
                        .doesNotContain("_")
                        .isNotEqualTo(code.name()));
        assertThat(NotificationWords.of(Section47Outcome.CHILD_IN_NEED_SUPPORT))
                .isEqualTo("The child is in need: support under section 17");
    }

    @Test
    void aCodeWithoutWordsReadsAsASentenceAndNoneAsNothing() {
        assertThat(NotificationWords.of("SOME_NEW_CODE")).isEqualTo("Some new code");
        assertThat(NotificationWords.of((Object) null)).isEmpty();
    }

    @Test
    void everyPublishedEventTypeReadsAsWordsAndALaterVersionSaysSo() {
        IntegrationEventTypes.all()
                .keySet()
                .forEach(type ->
                        assertThat(NotificationWords.eventType(type)).as(type).doesNotContain("org.casebridge", ".v"));
        assertThat(NotificationWords.eventType("org.casebridge.school.referral-made.v1"))
                .isEqualTo("Referral made (school)");
        assertThat(NotificationWords.eventType("org.casebridge.police.strategy-action-assigned.v2"))
                .isEqualTo("Strategy action assigned (police), version 2");
    }

    @Test
    void anActionTypeReadsAsThePublishedLanguageSaysIt() {
        assertThat(NotificationWords.actionType("SAFETY_PLAN")).isEqualTo("Put a safety plan in place for the child");
        assertThat(NotificationWords.actionType("NO_SUCH_TYPE"))
                .isEqualTo("Another action (the meeting's minutes say what)");
    }
}
