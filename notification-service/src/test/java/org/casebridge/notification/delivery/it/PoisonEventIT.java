package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.platform.test.PoisonEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The information-share projection parks an event it cannot store (a NUL written past the edge) instead of freezing:
 * other shares keep becoming readable within seconds, an operator sees the parked event and, once it is corrected,
 * one retry applies it exactly once (ADR 0012, security review H4). The subscriptions projection parks nothing.
 */
@NotificationIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonEventIT {

    private static final String AREA = "E06000008";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    private PoisonEvents poison;
    private SharedCase shared;

    @BeforeAll
    void aSharedCase() {
        poison = new PoisonEvents(port, dataSource);
        shared = SharedCase.create(rest, "poison", AREA);
    }

    /**
     * The subscription table is written by a subscribing processor in the command's own transaction: it never reads
     * the event store, so no stored event can stall it, and a write it refuses refuses the command. It parks nothing.
     */
    @Test
    void theSubscriptionsWrittenInTheCommandTransactionParkNothing() {
        assertThat(poison.list("subscriptions").statusCode()).isEqualTo(404);
        assertThat(poison.retry("subscriptions", shared.subscriptionId).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aShareTheAuditTrailCannotStoreIsParkedAndRetriedOnce() {
        String share = jdbc.queryForObject(
                "SELECT share_id FROM information_share WHERE case_id = ? LIMIT 1", String.class, shared.caseId);
        poison.parksAndRetries(
                "information-shares",
                share,
                0,
                "eventType",
                () -> {
                    String later = "c-poison-" + UUID.randomUUID();
                    try (BusRecords bus = new BusRecords()) {
                        bus.publish(new ReferralMadeEvent(
                                later,
                                "100001",
                                AREA,
                                "MPS",
                                List.of("CHILDRENS_SOCIAL_CARE"),
                                List.of("COERCION"),
                                List.of(new ChildSummary("child-1", 14, "Year 10", List.of("PICTURED"))),
                                Instant.now()));
                    }
                    await().atMost(PoisonEvents.WITHIN).until(() -> count("information_share", "case_id", later) > 0);
                },
                id -> count("information_share", "share_id", id));
    }

    private int count(String table, String column, String id) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE " + column + " = ?", Integer.class, id);
    }
}
