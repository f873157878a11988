package org.casebridge.notification.delivery.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casebridge.events.lawful.Controller;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.events.registry.LawfulBases;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.notification.agency.AgencyKind;
import org.casebridge.notification.agency.Entitled;
import org.casebridge.notification.agency.Involvement;
import org.casebridge.notification.agency.Share;
import org.casebridge.notification.delivery.intake.ReceivedEvents;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.CaseScope;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.SubscriptionStatus;
import org.casebridge.notification.subscription.query.SubscriptionView;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The claim protocol on real PostgreSQL: one delivery per case at a time in the case's order, leases that exclude
 * other workers until they run out, and concurrent workers that never claim the same delivery. The subscriptions
 * used here are not in the subscription table, so the running dispatcher leaves these deliveries alone.
 */
@CasebridgeIntegrationTest
@TestPropertySource(
        properties = {
            "casebridge.notification.subscriptions.allow-local-webhooks=true",
            "casebridge.notification.delivery.initial-backoff=100ms",
            "casebridge.notification.delivery.max-backoff=400ms",
            "casebridge.notification.delivery.retry-period=6s",
            "casebridge.notification.delivery.poll-interval=100ms",
            "casebridge.notification.delivery.read-timeout=2s"
        })
class DeliveryOutboxIT {

    private static final Entitled ENTITLED =
            new Entitled(AgencyKind.CHILDRENS_SOCIAL_CARE, Involvement.REFERRED_TO_CHILDRENS_SOCIAL_CARE, Share.YES);

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration RETRY = Duration.ofHours(24);

    @Autowired
    private DeliveryOutbox outbox;

    @Autowired
    private ReceivedEvents events;

    @Autowired
    private TransactionTemplate transactions;

    private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

    private static SubscriptionView subscription() {
        Instant t = Instant.parse("2026-11-28T09:00:00Z");
        return new SubscriptionView(
                "outbox-" + UUID.randomUUID(),
                "csc-outbox",
                SubscriptionStatus.ACTIVE,
                Set.of("org.casebridge.school.referral-made.v1"),
                Set.of("E09000012"),
                CaseScope.ALL_IN_AREA,
                ChannelType.WEBHOOK,
                "https://hooks.example.org/x",
                "v1:x",
                Article6Basis.PUBLIC_TASK,
                "DPA 2018 Sch 1 para 18",
                Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK,
                "u",
                t,
                t);
    }

    private StoredEvent event(String caseId, Instant occurredAt) {
        return events.store(
                        UUID.randomUUID().toString(),
                        "org.casebridge.school.referral-made.v1",
                        "/casebridge/case-service",
                        caseId,
                        occurredAt,
                        now,
                        "{\"caseId\":\"" + caseId + "\"}",
                        Controller.school("100001"),
                        LawfulBases.declaredFor(ReferralMadeEvent.class).orElseThrow())
                .orElseThrow();
    }

    private List<ClaimedDelivery> claim(SubscriptionView subscription, String owner, Instant at) {
        return transactions.execute(status -> outbox.claim(subscription.subscriptionId(), owner, at, LEASE, 10));
    }

    @Test
    void claimsTheOldestPendingDeliveryOfEachCaseOnly() {
        SubscriptionView subscription = subscription();
        String caseA = "case-a-" + UUID.randomUUID();
        String caseB = "case-b-" + UUID.randomUUID();
        StoredEvent a2 = event(caseA, now.minusSeconds(10));
        StoredEvent a1 = event(caseA, now.minusSeconds(20));
        StoredEvent b1 = event(caseB, now.minusSeconds(5));
        for (StoredEvent e : List.of(a2, a1, b1)) {
            assertThat(outbox.enqueue(subscription, e, ENTITLED, e.payload(), now, RETRY))
                    .isTrue();
        }
        assertThat(outbox.enqueue(subscription, a1, ENTITLED, a1.payload(), now, RETRY))
                .as("a second enqueue")
                .isFalse();

        List<ClaimedDelivery> first = claim(subscription, "worker-1", now);
        assertThat(first).extracting(ClaimedDelivery::eventId).containsExactlyInAnyOrder(a1.eventId(), b1.eventId());
        assertThat(claim(subscription, "worker-2", now))
                .as("leased by worker-1")
                .isEmpty();

        ClaimedDelivery firstOfA = first.stream()
                .filter(d -> d.eventId().equals(a1.eventId()))
                .findFirst()
                .orElseThrow();
        assertThat(outbox.delivered(firstOfA, "worker-1", now, 204, 12)).isTrue();
        assertThat(claim(subscription, "worker-2", now))
                .extracting(ClaimedDelivery::eventId)
                .containsExactly(a2.eventId());
    }

    @Test
    void aFailedDeliveryWaitsForItsNextAttemptAndHoldsBackItsCase() {
        SubscriptionView subscription = subscription();
        String caseId = "case-" + UUID.randomUUID();
        StoredEvent first = event(caseId, now.minusSeconds(20));
        StoredEvent second = event(caseId, now.minusSeconds(10));
        outbox.enqueue(subscription, first, ENTITLED, first.payload(), now, RETRY);
        outbox.enqueue(subscription, second, ENTITLED, second.payload(), now, RETRY);

        ClaimedDelivery claimed = claim(subscription, "worker-1", now).getFirst();
        assertThat(outbox.failed(claimed, "worker-1", now, 503, "HTTP 503", 40, now.plusSeconds(30)))
                .isTrue();

        assertThat(claim(subscription, "worker-1", now.plusSeconds(10))).isEmpty();
        assertThat(claim(subscription, "worker-1", now.plusSeconds(31)))
                .extracting(ClaimedDelivery::eventId)
                .containsExactly(first.eventId());
    }

    @Test
    void anExpiredLeaseGoesToAnotherWorkerAndTheFirstCannotRecordItsOutcome() {
        SubscriptionView subscription = subscription();
        StoredEvent stored = event("case-" + UUID.randomUUID(), now.minusSeconds(5));
        outbox.enqueue(subscription, stored, ENTITLED, stored.payload(), now, RETRY);

        ClaimedDelivery byFirst = claim(subscription, "worker-1", now).getFirst();
        Instant afterLease = now.plus(LEASE).plusSeconds(1);
        ClaimedDelivery bySecond = claim(subscription, "worker-2", afterLease).getFirst();

        assertThat(bySecond.deliveryId()).isEqualTo(byFirst.deliveryId());
        assertThat(outbox.delivered(byFirst, "worker-1", afterLease, 204, 10)).isFalse();
        assertThat(outbox.delivered(bySecond, "worker-2", afterLease, 204, 10)).isTrue();
    }

    @Test
    void concurrentWorkersNeverClaimTheSameDelivery() throws Exception {
        SubscriptionView subscription = subscription();
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            StoredEvent stored = event("case-" + i + "-" + UUID.randomUUID(), now.minusSeconds(60 - i));
            outbox.enqueue(subscription, stored, ENTITLED, stored.payload(), now, RETRY);
            eventIds.add(stored.eventId());
        }
        List<Callable<List<ClaimedDelivery>>> workers = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            String owner = "worker-" + w;
            workers.add(() -> {
                List<ClaimedDelivery> mine = new ArrayList<>();
                List<ClaimedDelivery> batch;
                while (!(batch = claim(subscription, owner, now)).isEmpty()) {
                    mine.addAll(batch);
                }
                return mine;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<String> claimed = new ArrayList<>();
        try {
            for (Future<List<ClaimedDelivery>> result : pool.invokeAll(workers)) {
                result.get().forEach(delivery -> claimed.add(delivery.eventId()));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(claimed).hasSize(40).doesNotHaveDuplicates();
        assertThat(new HashSet<>(claimed)).isEqualTo(new HashSet<>(eventIds));
    }
}
