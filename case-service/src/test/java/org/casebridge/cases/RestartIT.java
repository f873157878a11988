package org.casebridge.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.casebridge.events.Topics;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.Test;

/**
 * Stopping case-service and starting it again on the same database keeps every case, and the persistent
 * initial-review clock still runs out after the restart, and goes out on Kafka as missed.
 */
class RestartIT {

    /** Long enough for the first process to stop before the clock runs out, so it runs out after the restart. */
    private static final String REVIEW_DUE_FAST = "casebridge.cases.initial-review-due=PT15S";

    @Test
    void aRestartKeepsEveryCaseAndTheInitialReviewClock() {
        String database = CaseServiceProcess.newDatabase();
        String referred;
        String unreviewed;
        String timelineBefore;
        try (CaseServiceProcess first = CaseServiceProcess.start(database, REVIEW_DUE_FAST)) {
            CaseApi api = CaseApi.dsl(first.port());
            referred = api.report(null);
            api.post("/api/cases/" + referred + "/initial-review", CaseApi.reviewJson(true));
            assertThat(api.post(
                                    "/api/cases/" + referred + "/referral",
                                    "{\"referredTo\": [\"POLICE\"], \"reasons\": \"The sender is believed to be an adult.\"}")
                            .status())
                    .isEqualTo(204);
            await().atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .until(() -> api.get("/api/cases/" + referred + "/timeline")
                                    .json()
                                    .get("entries")
                                    .size()
                            == 3);
            timelineBefore = api.get("/api/cases/" + referred + "/timeline").body();
            unreviewed = api.report(null);
        }

        try (CaseServiceProcess second = CaseServiceProcess.start(database, REVIEW_DUE_FAST)) {
            CaseApi api = CaseApi.dsl(second.port());
            assertThat(api.get("/api/cases/" + referred + "/timeline").body()).isEqualTo(timelineBefore);
            assertThat(api.get("/api/cases?filter=AWAITING_POLICE").json().findValuesAsText("caseId"))
                    .contains(referred);
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
                JsonNode entries =
                        api.get("/api/cases/" + unreviewed + "/timeline").json().get("entries");
                assertThat(entries.findValuesAsText("type")).contains("InitialReviewOverdue");
                assertThat(api.get("/api/cases?filter=OVERDUE").json().findValuesAsText("caseId"))
                        .containsExactly(unreviewed);
            });
            String missed = new String(
                    KafkaTestRecords.first(
                                    Topics.SCHOOL_EVENTS,
                                    r -> unreviewed.equals(r.key())
                                            && "org.casebridge.school.initial-review-clock-result.v1"
                                                    .equals(KafkaTestRecords.header(r, "ce_type")),
                                    Duration.ofSeconds(60))
                            .value(),
                    StandardCharsets.UTF_8);
            assertThat(missed)
                    .as("the clock that ran out after the restart is published missed (ADR 0067)")
                    .contains("\"result\":\"MISSED\"", "\"localAuthorityCode\":\"");
            assertThat(api.post("/api/cases/" + referred + "/escalations", """
                    {"referredTo": ["CHILDRENS_SOCIAL_CARE"],
                     "newInformation": "child-1 has said she is frightened to come to school."}""").status())
                    .isEqualTo(204);
        }
    }
}
