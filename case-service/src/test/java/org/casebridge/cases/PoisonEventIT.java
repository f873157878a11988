package org.casebridge.cases;

import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.casebridge.cases.CaseEndpoints.Caller;
import org.casebridge.cases.incident.query.CaseViewProjection;
import org.casebridge.platform.test.PoisonEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case event the case views cannot store (a NUL in the school's URN, written past the edge) is parked, not a
 * freeze: cases reported after it become readable within seconds, an operator sees it and, once it is corrected,
 * one retry applies it exactly once (ADR 0012, security review H4).
 */
@CaseIntegrationTest
class PoisonEventIT extends CaseApiSteps {

    @Autowired
    DataSource dataSource;

    @Test
    void aCaseTheCaseViewsCannotStoreIsParkedAndRetriedOnce() {
        CaseApi dsl = Caller.OWN_DSL.api(port);
        String source = CaseEndpoints.readable(dsl);

        new PoisonEvents(port, dataSource)
                .parksAndRetries(
                        CaseViewProjection.PROCESSING_GROUP,
                        source,
                        0,
                        "schoolUrn",
                        () -> {
                            List<String> later = IntStream.range(0, 4)
                                    .mapToObj(i -> CaseEndpoints.reported(dsl))
                                    .toList();
                            await().atMost(PoisonEvents.WITHIN)
                                    .until(() -> later.stream()
                                            .allMatch(id ->
                                                    dsl.get("/api/cases/" + id).status() == 200));
                        },
                        caseId -> jdbc.queryForObject(
                                "SELECT count(*) FROM case_timeline WHERE case_id = ?",
                                Integer.class,
                                UUID.fromString(caseId)));
    }
}
