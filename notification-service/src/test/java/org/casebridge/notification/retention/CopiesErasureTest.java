package org.casebridge.notification.retention;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.platform.domain.ActedBy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CopiesErasureTest {

    private static final Instant BEFORE = Instant.parse("2025-12-02T00:00:00Z");
    private static final Instant AT = Instant.parse("2026-12-03T02:45:00Z");
    private static final String WHY = "Retention period ended (copies kept 1 year)";
    private static final ActedBy JOB = CopiesErasure.retention("100001");

    private FixtureConfiguration<CopiesErasure> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CopiesErasure.class);
    }

    private static RecordCopiesErasedCommand erased(int received, int deliveries, ActedBy by, String why) {
        return new RecordCopiesErasedCommand("e-1", "c-1", received, deliveries, BEFORE, by, AT, why);
    }

    @Test
    void theRetentionJobRecordsWhatItErasedWithWhoWhenWhichControllerAndWhy() {
        fixture.givenNoPriorActivity()
                .when(erased(3, 2, JOB, WHY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CopiesErasedEvent("e-1", "c-1", 3, 2, BEFORE, JOB, AT, WHY));
    }

    @Test
    void onlyTheRetentionJobErasesCopies() {
        fixture.givenNoPriorActivity()
                .when(erased(1, 0, new ActedBy("sw.adeyemi", "AGENCY", "csc-hackney"), WHY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(erased(1, 0, new ActedBy(CopiesErasure.RETENTION, "AGENCY", "100001"), WHY))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void anErasureOfNothingIsNotRecorded() {
        fixture.givenNoPriorActivity()
                .when(erased(0, 0, JOB, WHY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void anErasureSaysWhy() {
        fixture.givenNoPriorActivity()
                .when(erased(0, 1, JOB, " "))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }
}
