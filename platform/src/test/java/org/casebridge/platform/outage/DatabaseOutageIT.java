package org.casebridge.platform.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebridge.events.Topics;
import org.casebridge.platform.test.InfrastructureInitializer;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;

/**
 * PostgreSQL gone from under a running service (every connection dropped, nothing listening, as after a crash): the
 * API answers 503 with Retry-After and a problem, never 500, health is DOWN, and once the database is back the same
 * request works and the event processors publish again, with no restart of the service (ADR 0031).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = DatabaseOutageIT.ThroughProxy.class)
@AutoConfigureObservability
class DatabaseOutageIT {

    private static TcpProxy database;

    /** The JVM's embedded PostgreSQL, reached through a proxy this test can cut. */
    static final class ThroughProxy extends InfrastructureInitializer {

        private static final Pattern HOST_AND_PORT = Pattern.compile("//([^:/]+):(\\d+)/");

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            super.initialize(context);
            String url = context.getEnvironment().getRequiredProperty("spring.datasource.url");
            Matcher server = HOST_AND_PORT.matcher(url);
            if (!server.find()) {
                throw new IllegalStateException("No host and port in " + url);
            }
            database = TcpProxy.to(server.group(1), Integer.parseInt(server.group(2)));
            TestPropertyValues.of(
                            "spring.datasource.url=" + server.replaceFirst("//127.0.0.1:" + database.port() + "/"))
                    .applyTo(context);
        }
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversByItselfWhenItIsBack() {
        assertThat(recordProbe().getStatusCode().value()).isEqualTo(201);

        database.cut();
        long cut = System.nanoTime();
        ResponseEntity<String> refused = recordProbe();
        System.out.printf(
                "Database down: answered %d after %d ms%n",
                refused.getStatusCode().value(), millisSince(cut));
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(503);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).contains("https://casebridge.org/problems/service-unavailable", "database");
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        System.out.printf(
                "Database down: health answered %d %s%n", health.getStatusCode().value(), health.getBody());
        assertThat(health.getStatusCode().value()).as(health.getBody()).isEqualTo(503);
        assertThat(health.getBody()).contains("\"status\":\"DOWN\"");

        database.restore();
        long restored = System.nanoTime();
        await("the API working again")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> recordProbe().getStatusCode().value() == 201);
        long apiBack = millisSince(restored);
        ResponseEntity<String> recorded = recordProbe();
        assertThat(recorded.getStatusCode().value()).isEqualTo(201);
        String probeId = recorded.getHeaders().getLocation().getPath().replace("/api/probes/", "");
        KafkaTestRecords.first(Topics.SCHOOL_EVENTS, record -> probeId.equals(record.key()), Duration.ofSeconds(90));
        System.out.printf(
                "Database back: API answering 201 after %d ms, a new event published after %d ms%n",
                apiBack, millisSince(restored));
        await("health UP")
                .atMost(Duration.ofSeconds(30))
                .until(() -> http.getForEntity("/actuator/health", String.class)
                                .getStatusCode()
                                .value()
                        == 200);
    }

    private ResponseEntity<String> recordProbe() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAll(Map.of("X-Actor-Id", "dsl.jones", "X-Actor-Role", "SCHOOL_DSL", "X-Actor-Org", "100001"));
        return http.postForEntity(
                "/api/probes", new HttpEntity<>("{\"note\":\"Disclosed at break\"}", headers), String.class);
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }
}
