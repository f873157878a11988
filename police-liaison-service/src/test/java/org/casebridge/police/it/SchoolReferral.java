package org.casebridge.police.it;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.Topics;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.platform.kafka.CloudEventCodec;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A school's referral to the police as case-service publishes it on the school topic, for the police's integration
 * tests: a new case of school 137001 in Birmingham (E08000025), referred to the police and social care an hour ago with
 * two children, unless a test says otherwise.
 */
record SchoolReferral(
        String caseId,
        String force,
        String area,
        List<String> referredTo,
        List<String> criteria,
        List<ChildSummary> children,
        Instant referredAt) {

    static final String SCHOOL = "137001";
    static final List<ChildSummary> TWO_CHILDREN = List.of(
            new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED")),
            new ChildSummary("child-2", 14, "Year 9", List.of("RECEIVED")));

    /** child-1 pictured, and child-2 who received the image and shared it on. */
    static final List<ChildSummary> ONE_SHARED_IT = List.of(
            new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED")),
            new ChildSummary("child-2", 14, "Year 9", List.of("RECEIVED", "SHARED")));

    /**
     * A referral to the police alone, two hours ago, with {@link #ONE_SHARED_IT} and the criteria the school found
     * met: the case the police rules ITs work on.
     */
    static SchoolReferral policeOnlyTo(String force, List<String> criteria) {
        return to(force)
                .policeOnly()
                .criteria(criteria)
                .children(ONE_SHARED_IT)
                .referredAt(Instant.now().minus(2, ChronoUnit.HOURS));
    }

    static SchoolReferral to(String force) {
        return new SchoolReferral(
                UUID.randomUUID().toString(),
                force,
                "E08000025",
                List.of("POLICE", "CHILDRENS_SOCIAL_CARE"),
                List.of(),
                TWO_CHILDREN,
                Instant.now().minusSeconds(3600));
    }

    SchoolReferral area(String localAuthorityCode) {
        return new SchoolReferral(caseId, force, localAuthorityCode, referredTo, criteria, children, referredAt);
    }

    SchoolReferral policeOnly() {
        return new SchoolReferral(caseId, force, area, List.of("POLICE"), criteria, children, referredAt);
    }

    SchoolReferral criteria(List<String> met) {
        return new SchoolReferral(caseId, force, area, referredTo, met, children, referredAt);
    }

    SchoolReferral children(ChildSummary... involved) {
        return new SchoolReferral(caseId, force, area, referredTo, criteria, List.of(involved), referredAt);
    }

    SchoolReferral children(List<ChildSummary> involved) {
        return new SchoolReferral(caseId, force, area, referredTo, criteria, List.copyOf(involved), referredAt);
    }

    SchoolReferral referredAt(Instant at) {
        return new SchoolReferral(caseId, force, area, referredTo, criteria, children, at);
    }

    ReferralMadeEvent event() {
        return new ReferralMadeEvent(caseId, SCHOOL, area, force, referredTo, criteria, children, referredAt);
    }

    /** Publishes the referral and answers its case id; the caller waits for the escalation as it needs. */
    String sendWith(KafkaTemplate<String, byte[]> kafka) throws Exception {
        send(kafka, event());
        return caseId;
    }

    /** Publishes any school event as case-service would, acknowledged by the broker before this returns. */
    static void send(KafkaTemplate<String, byte[]> kafka, IntegrationEvent event) throws Exception {
        kafka.send(new CloudEventCodec()
                        .encode(
                                Topics.SCHOOL_EVENTS,
                                URI.create("/casebridge/case-service"),
                                UUID.randomUUID().toString(),
                                Instant.now(),
                                event))
                .get();
    }
}
