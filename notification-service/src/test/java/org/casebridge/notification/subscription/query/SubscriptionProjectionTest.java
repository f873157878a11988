package org.casebridge.notification.subscription.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.notification.agency.ReadScope;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.CaseScope;
import org.casebridge.notification.subscription.command.Channel;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.LawfulBasis;
import org.casebridge.notification.subscription.command.SubscribedEvent;
import org.casebridge.notification.subscription.command.SubscriptionFilter;
import org.casebridge.notification.subscription.command.SubscriptionFiltersChangedEvent;
import org.casebridge.notification.subscription.command.SubscriptionPausedEvent;
import org.casebridge.notification.subscription.command.SubscriptionResumedEvent;
import org.casebridge.notification.subscription.command.SubscriptionStatus;
import org.casebridge.notification.subscription.command.WebhookSecretRotatedEvent;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.test.ReadModelDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The subscription read model without Spring: the projection on a real PostgreSQL database migrated by the
 * service's Flyway scripts, fed events directly and read through {@link Subscriptions}.
 */
class SubscriptionProjectionTest {

    private static final ActedBy BY = new ActedBy("sw.adeyemi", "AGENCY", "csc-hackney");

    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final String REFERRED = "org.casebridge.school.case-referred.v1";
    static final String OUTCOME = "org.casebridge.police.outcome-assigned.v1";

    static SubscriptionProjection projection;
    static Subscriptions subscriptions;

    private final String subscriptionId = UUID.randomUUID().toString();
    private final String agencyId = "csc-" + UUID.randomUUID();

    @BeforeAll
    static void database() {
        JdbcTemplate jdbc = new JdbcTemplate(ReadModelDatabase.migrated("subscriptions"));
        projection = new SubscriptionProjection(jdbc);
        subscriptions = new Subscriptions(jdbc);
    }

    @Test
    void aSubscriptionIsItsAgencysAndACandidateForItsEventTypesOnlyWhileActive() {
        projection.on(subscribed());

        SubscriptionView view = subscriptions
                .findVisible(subscriptionId, new ReadScope(agencyId))
                .orElseThrow();
        assertThat(view.eventTypes()).containsExactlyInAnyOrder(REFERRED);
        assertThat(view.article9Condition())
                .isEqualTo("Art 9(2)(g) with DPA 2018 Sch 1 Part 2 para 18 (safeguarding of children and of individuals"
                        + " at risk)");
        assertThat(view.schedule1Condition())
                .isEqualTo(Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK);
        assertThat(view.lawfulBasis().permitted()).isTrue();
        assertThat(view.subscribedBy()).isEqualTo("sw.adeyemi");
        assertThat(subscriptions.findVisible(subscriptionId, new ReadScope("police-wmp")))
                .isEmpty();
        assertThat(subscriptions.activeFor(REFERRED))
                .extracting(SubscriptionView::subscriptionId)
                .contains(subscriptionId);

        projection.on(new SubscriptionPausedEvent(subscriptionId, agencyId, BY, AT.plusSeconds(60)));
        assertThat(subscriptions.activeFor(REFERRED))
                .extracting(SubscriptionView::subscriptionId)
                .doesNotContain(subscriptionId);
        assertThat(subscriptions.find(subscriptionId).orElseThrow().status()).isEqualTo(SubscriptionStatus.PAUSED);

        projection.on(new SubscriptionResumedEvent(subscriptionId, agencyId, BY, AT.plusSeconds(120)));
        assertThat(subscriptions.find(subscriptionId).orElseThrow().updatedAt()).isEqualTo(AT.plusSeconds(120));
        assertThat(subscriptions.activeFor(REFERRED))
                .extracting(SubscriptionView::subscriptionId)
                .contains(subscriptionId);
    }

    @Test
    void changedFiltersAndARotatedSecretReplaceTheOldOnesAndARedeliveredSubscriptionChangesNothing() {
        projection.on(subscribed());
        projection.on(new SubscriptionFiltersChangedEvent(
                subscriptionId,
                agencyId,
                new SubscriptionFilter(Set.of(OUTCOME), Set.of("E09000012", "E09000002"), CaseScope.INVOLVED_ONLY),
                BY,
                AT));
        projection.on(new WebhookSecretRotatedEvent(subscriptionId, agencyId, "v1:bmV3", BY, AT));
        projection.on(subscribed());

        SubscriptionView view = subscriptions.ofAgency(agencyId).getFirst();
        assertThat(subscriptions.ofAgency(agencyId)).hasSize(1);
        assertThat(view.eventTypes()).containsExactly(OUTCOME);
        assertThat(view.areas()).containsExactlyInAnyOrder("E09000012", "E09000002");
        assertThat(view.scope()).isEqualTo(CaseScope.INVOLVED_ONLY);
        assertThat(view.encryptedSecret()).isEqualTo("v1:bmV3");
        assertThat(subscriptions.activeFor(REFERRED))
                .extracting(SubscriptionView::subscriptionId)
                .doesNotContain(subscriptionId);
    }

    private SubscribedEvent subscribed() {
        return new SubscribedEvent(
                subscriptionId,
                agencyId,
                new SubscriptionFilter(Set.of(REFERRED), Set.of("E09000012"), CaseScope.ALL_IN_AREA),
                new Channel(ChannelType.WEBHOOK, "https://csc.example/hook"),
                "v1:b2xk",
                new LawfulBasis(
                        Article6Basis.PUBLIC_TASK,
                        Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK),
                BY,
                AT);
    }
}
