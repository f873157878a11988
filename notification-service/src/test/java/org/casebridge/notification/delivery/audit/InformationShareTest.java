package org.casebridge.notification.delivery.audit;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.Article9ConditionRequiredException;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.ConsentIsTheWrongBasisException;
import org.casebridge.notification.subscription.command.LawfulBasis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InformationShareTest {

    private static final Instant AT = Instant.parse("2026-11-28T09:45:00Z");
    private static final LawfulBasis BASIS = new LawfulBasis(Article6Basis.PUBLIC_TASK, "DPA 2018 Sch 1 para 18");

    private FixtureConfiguration<InformationShare> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InformationShare.class);
    }

    private static RecordInformationSharedCommand record(LawfulBasis basis) {
        return new RecordInformationSharedCommand(
                "share-1",
                "delivery-1",
                "sub-1",
                "csc-hackney",
                "event-1",
                "org.casebridge.school.referral-made.v1",
                "c-1",
                ChannelType.WEBHOOK,
                basis,
                AT);
    }

    @Test
    void recordsAShareWithItsLawfulBasis() {
        fixture.givenNoPriorActivity()
                .when(record(BASIS))
                .expectEvents(new InformationSharedEvent(
                        "share-1",
                        "delivery-1",
                        "sub-1",
                        "csc-hackney",
                        "event-1",
                        "org.casebridge.school.referral-made.v1",
                        "c-1",
                        ChannelType.WEBHOOK,
                        BASIS,
                        InformationSharedEvent.SHARED_BY,
                        AT));
    }

    @Test
    void cannotRecordAShareWithoutAnArticle9Condition() {
        fixture.givenNoPriorActivity()
                .when(record(new LawfulBasis(Article6Basis.PUBLIC_TASK, "")))
                .expectNoEvents()
                .expectException(Article9ConditionRequiredException.class);
    }

    @Test
    void cannotRecordAShareOnConsent() {
        fixture.givenNoPriorActivity()
                .when(record(new LawfulBasis(Article6Basis.CONSENT, "DPA 2018 Sch 1 para 18")))
                .expectNoEvents()
                .expectException(ConsentIsTheWrongBasisException.class);
    }
}
