package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.casebridge.events.agency.AgencyTopic;
import org.casebridge.events.agency.ReferralAcknowledgementOverdueEvent;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.notification.NotificationServiceApplication;
import org.casebridge.platform.test.EmbeddedInfrastructure;
import org.casebridge.platform.test.InfrastructureInitializer;
import org.casebridge.platform.test.KafkaTestRecords;
import org.casebridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Children's social care's acknowledgement clock is a row of the persistent DeadlineManager (db-scheduler, ADR 0004):
 * notification-service stops before it runs out, starts again on the same database, and the referral is still flagged
 * overdue, in the agency's table and on the agency topic for the school's case. The clock is set to 20 seconds here
 * ({@code acknowledgement-within}); working days are the platform's {@code WorkingDaysTest}'s. {@code csc-it-acts} serves E06000012.
 * The test waits for the clock to run out, so it is no longer than needed: the first instance takes about 2 s from
 * the referral to its stop on a 2-core CI machine, and the test fails, not passes, if it ever takes the whole clock.
 */
class AcknowledgementClockRestartIT {

    private static final Duration CLOCK = Duration.ofSeconds(20);

    @Test
    void theAcknowledgementClockRunsOutAfterARestart() {
        String jdbcUrl = EmbeddedInfrastructure.createDatabase("notification_restart");
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        JdbcTemplate jdbc = new JdbcTemplate(EmbeddedInfrastructure.dataSource(database));
        String caseId = UUID.randomUUID().toString();
        Instant referredAt;

        try (ConfigurableApplicationContext first = start(jdbcUrl);
                BusRecords bus = new BusRecords()) {
            referredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            bus.publish(new ReferralMadeEvent(
                    caseId,
                    "100001",
                    "E06000012",
                    "MPS",
                    List.of("CHILDRENS_SOCIAL_CARE"),
                    List.of(),
                    List.of(new ChildSummary("child-1", 15, "Year 10", List.of("PICTURED"))),
                    referredAt));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> count(jdbc, "SELECT count(*) FROM agency_case WHERE case_id = ?", caseId) == 1);
            assertThat(count(jdbc, "SELECT count(*) FROM scheduled_tasks", null))
                    .isPositive();
        }
        assertThat(Instant.now())
                .as("the first instance must stop before the clock runs out")
                .isBefore(referredAt.plus(CLOCK));
        assertThat(count(
                        jdbc, "SELECT count(*) FROM agency_case WHERE case_id = ? AND acknowledgement_overdue", caseId))
                .isZero();

        try (ConfigurableApplicationContext second = start(jdbcUrl)) {
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> count(
                                    jdbc,
                                    "SELECT count(*) FROM agency_case WHERE case_id = ? AND acknowledgement_overdue",
                                    caseId)
                            == 1);
            var overdue = KafkaTestRecords.first(
                    AgencyTopic.AGENCY_EVENTS,
                    r -> caseId.equals(r.key())
                            && IntegrationEventTypes.typeOf(ReferralAcknowledgementOverdueEvent.class)
                                    .equals(KafkaTestRecords.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            assertThat(new String(overdue.value())).contains("\"agencyId\":\"csc-it-acts\"");
        }
    }

    private static long count(JdbcTemplate jdbc, String sql, String caseId) {
        Long count =
                caseId == null ? jdbc.queryForObject(sql, Long.class) : jdbc.queryForObject(sql, Long.class, caseId);
        return count == null ? 0 : count;
    }

    private static ConfigurableApplicationContext start(String jdbcUrl) {
        return new SpringApplicationBuilder(NotificationServiceApplication.class)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=" + EmbeddedInfrastructure.username(),
                        "--spring.datasource.password=" + EmbeddedInfrastructure.password(),
                        "--spring.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafkaBootstrapServers(),
                        "--casebridge.kafka.consumer-group-suffix=-restart-test",
                        "--casebridge.security.tokens=true",
                        "--casebridge.notification.subscriptions.allow-local-webhooks=true",
                        "--db-scheduler.polling-interval=1s",
                        "--casebridge.portal.drafts-key=" + InfrastructureInitializer.DRAFTS_KEY,
                        "--casebridge.notification.csc.acknowledgement-within=" + CLOCK,
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.jwkSetUri(),
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestTokens.ISSUER);
    }
}
