package org.casebridge.notification.delivery.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.casebridge.events.lawful.Controller;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.notification.agency.ReadScope;
import org.casebridge.notification.delivery.query.DeliveryLog;
import org.casebridge.notification.delivery.query.InformationShareView;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.LawfulBasis;
import org.casebridge.platform.test.ReadModelDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The record of information shared, without Spring: the projection on a real PostgreSQL database migrated by the
 * service's Flyway scripts, fed events directly and read through {@link DeliveryLog#shares}.
 */
class InformationShareProjectionTest {

    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");

    static InformationShareProjection projection;
    static DeliveryLog log;

    private final String agencyId = "csc-" + UUID.randomUUID();
    private final String caseId = UUID.randomUUID().toString();

    @BeforeAll
    static void database() {
        JdbcTemplate jdbc = new JdbcTemplate(ReadModelDatabase.migrated("information_shares"));
        projection = new InformationShareProjection(jdbc);
        log = new DeliveryLog(new NamedParameterJdbcTemplate(jdbc));
    }

    @Test
    void aShareIsRecordedOnceWithItsLawfulBasisAndSeenByItsAgencyAndAuditorsOnly() {
        InformationSharedEvent shared = shared("share-" + UUID.randomUUID(), AT);
        projection.on(shared);
        projection.on(shared);

        assertThat(log.shares(new ReadScope(agencyId), caseId, null))
                .singleElement()
                .satisfies(share -> {
                    assertThat(share.deliveryId()).isEqualTo(shared.deliveryId());
                    assertThat(share.channel()).isEqualTo(ChannelType.WEBHOOK);
                    assertThat(share.article6Basis()).isEqualTo(Article6Basis.PUBLIC_TASK);
                    assertThat(share.article9Condition())
                            .isEqualTo("Art 9(2)(g) with DPA 2018 Sch 1 Part 2 para 18 (safeguarding of children and"
                                    + " of individuals at risk)");
                    assertThat(share.controllerKind()).isEqualTo("SCHOOL");
                    assertThat(share.controllerId()).isEqualTo("100001");
                    assertThat(share.controllerBasis()).isEqualTo("UK_GDPR/PUBLIC_TASK/SCH1_PARA_18");
                    assertThat(share.agencyKind()).isEqualTo("CHILDRENS_SOCIAL_CARE");
                    assertThat(share.involvement()).isEqualTo("REFERRED_TO_CHILDRENS_SOCIAL_CARE");
                    assertThat(share.share()).isEqualTo("YES");
                    assertThat(share.sharedBy()).isEqualTo("casebridge/notification-service");
                    assertThat(share.sharedAt()).isEqualTo(AT);
                });
        assertThat(log.shares(new ReadScope("police-wmp"), caseId, null)).isEmpty();
        assertThat(log.shares(new ReadScope(null), caseId, null)).hasSize(1);
    }

    @Test
    void theSharesOfACaseAreListedNewestFirst() {
        projection.on(shared("share-" + UUID.randomUUID(), AT));
        projection.on(shared("share-" + UUID.randomUUID(), AT.plusSeconds(60)));

        assertThat(log.shares(new ReadScope(agencyId), caseId, null))
                .extracting(InformationShareView::sharedAt)
                .containsExactly(AT.plusSeconds(60), AT);
    }

    private InformationSharedEvent shared(String shareId, Instant at) {
        return new InformationSharedEvent(
                shareId,
                UUID.randomUUID().toString(),
                "s-1",
                agencyId,
                "event-1",
                "org.casebridge.school.case-referred.v1",
                caseId,
                ChannelType.WEBHOOK,
                Controller.school("100001"),
                "UK_GDPR/PUBLIC_TASK/SCH1_PARA_18",
                new LawfulBasis(
                        Article6Basis.PUBLIC_TASK,
                        Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK),
                new SharingEntitlement("CHILDRENS_SOCIAL_CARE", "REFERRED_TO_CHILDRENS_SOCIAL_CARE", "YES"),
                InformationSharedEvent.sharedFor(Controller.school("100001")),
                at);
    }
}
