package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.casebridge.platform.actor.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * What the police ITs that drive the API share: the service over HTTP as any actor, the broker a school referral
 * arrives through, the database, and the checks of an answer every such test makes. The set-up is the one
 * {@link PoliceIntegrationTest} context, so the tests still share it.
 */
@PoliceIntegrationTest
abstract class PoliceApiIntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();

    PoliceApi api() {
        return new PoliceApi(http);
    }

    /** Sends the referral through Kafka and answers its case id once the reader can read the escalation. */
    String referred(SchoolReferral referral, Actor reader, Duration wait) throws Exception {
        String caseId = referral.sendWith(kafka);
        await().atMost(wait)
                .untilAsserted(() -> assertThat(api().get(reader, "/api/escalations/" + caseId)
                                .getStatusCode()
                                .value())
                        .isEqualTo(200));
        return caseId;
    }

    /** The request succeeded; otherwise the failure shows the problem the service answered. */
    static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(response.getBody())
                .isTrue();
    }

    /** The request created a record (201); answers the record's id. */
    String created(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        return json.readTree(response.getBody()).get("id").asText();
    }
}
