package org.casebridge.cases.incident.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.casebridge.cases.incident.CaseArbitraries;
import org.casebridge.cases.incident.api.Agency;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseClosedEvent;
import org.casebridge.cases.incident.api.CaseEscalatedEvent;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.CaseReferredEvent;
import org.casebridge.cases.incident.api.CaseStatus;
import org.casebridge.cases.incident.api.ChildAddedEvent;
import org.casebridge.cases.incident.api.ChildAmendedEvent;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.cases.incident.api.ChildRole;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.cases.incident.api.HowCameToLight;
import org.casebridge.cases.incident.api.IncidentReportedEvent;
import org.casebridge.cases.incident.api.InitialReviewOverdueEvent;
import org.casebridge.cases.incident.api.InitialReviewRecordedEvent;
import org.casebridge.cases.incident.api.Spread;
import org.casebridge.cases.school.School;
import org.casebridge.cases.school.SchoolDirectory;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.school.CaseClosedEventV2;
import org.casebridge.events.school.CaseReferencedEvent;
import org.casebridge.events.school.EscalationMadeEvent;
import org.casebridge.events.school.InitialReviewClockResultEvent;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.kafka.CloudEventCodec;
import org.casebridge.platform.kafka.IntegrationEventMapping;

/** Whatever the DSL writes, none of it crosses to Kafka: only codes, refs, ages and year groups do. */
class SchoolEventPublicationProperties {

    private static final String SECRET = "Zxq-free-text-";
    private static final ActedBy DSL = new ActedBy("dsl.okafor", CaseActors.SCHOOL_DSL, "137001");
    private final EventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final SchoolDirectory schools = urn -> "137001".equals(urn)
            ? Optional.of(new School("137001", "Test Academy", "E09000012", "Hackney", "MPS", "Metropolitan Police"))
            : Optional.empty();
    private final IntegrationEventMapping mapping = new SchoolEventPublication().integrationEvents(eventStore, schools);
    private final CloudEventCodec codec = new CloudEventCodec();

    @Property
    void aReferralCarriesTheCaseButNoneOfTheFreeText(@ForAll("referrals") CaseReferredEvent referral) {
        IntegrationEvent published = mapping.map(referral).orElseThrow();
        String json = new String(codec.json(published), StandardCharsets.UTF_8);

        assertThat(published).isInstanceOf(ReferralMadeEvent.class);
        assertThat(json)
                .doesNotContain(SECRET)
                .contains(
                        referral.caseId().toString(),
                        referral.schoolUrn(),
                        referral.localAuthorityCode(),
                        referral.forceCode());
        referral.children()
                .forEach(
                        child -> assertThat(json).contains("\"" + child.ref() + "\"", "\"" + child.yearGroup() + "\""));
        referral.criteriaMet().forEach(criterion -> assertThat(json).contains(criterion.name()));
    }

    @Property
    void anEscalationIsAReferralToWhoeverHadNotHeardOfTheCase(@ForAll("escalations") CaseEscalatedEvent escalation) {
        IntegrationEvent published = mapping.map(escalation).orElseThrow();
        String json = new String(codec.json(published), StandardCharsets.UTF_8);

        assertThat(published)
                .isInstanceOf(escalation.firstReferral() ? ReferralMadeEvent.class : EscalationMadeEvent.class);
        assertThat(json).doesNotContain(SECRET);
    }

    @Property
    void aClosureKeepsItsOutcomeSummaryAtSchool(@ForAll("closures") CaseClosedEvent closure) {
        String json = new String(codec.json(mapping.map(closure).orElseThrow()), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain(SECRET).contains(closure.route().name());
    }

    @Example
    void aChildAddedOrCorrectedReachesThePoliceOnlyOnceTheCaseWasReferredAndWithoutTheReason() {
        CaseId caseId = CaseId.of(UUID.randomUUID().toString());
        ActedBy dsl = new ActedBy("dsl.okafor", CaseActors.SCHOOL_DSL, "137001");
        Instant referredAt = Instant.parse("2026-12-01T10:00:00Z");
        ChildInvolved before = new ChildInvolved("child-1", 14, "Year 9", Set.of(ChildRole.PICTURED), Set.of());
        ChildInvolved after = new ChildInvolved("child-1", 12, "Year 7", Set.of(ChildRole.PICTURED), Set.of());
        ChildInvolved found = new ChildInvolved("child-2", 13, "Year 8", Set.of(ChildRole.RECEIVED), Set.of());
        ChildAmendedEvent amended = new ChildAmendedEvent(
                caseId, "137001", dsl, referredAt.plusSeconds(60), "child-1", before, after, SECRET + "age checked");
        ChildAddedEvent added =
                new ChildAddedEvent(caseId, "137001", dsl, referredAt.plusSeconds(60), found, SECRET + "came forward");

        assertThat(mapping.map(amended)).isEmpty();
        assertThat(mapping.map(added)).isEmpty();

        eventStore.publish(new GenericDomainEventMessage<>(
                "SafeguardingCase",
                caseId.toString(),
                0,
                new CaseReferredEvent(
                        caseId,
                        "137001",
                        dsl,
                        referredAt,
                        Set.of(Agency.POLICE),
                        Set.of(Criterion.ADULT_INVOLVED),
                        "E09000012",
                        "MPS",
                        List.of(before),
                        "Adult involved")));

        var publishedAmendment = (org.casebridge.events.school.ChildAmendedEvent)
                mapping.map(amended).orElseThrow();
        assertThat(publishedAmendment.before().age()).isEqualTo(14);
        assertThat(publishedAmendment.after().age()).isEqualTo(12);
        assertThat(new String(codec.json(publishedAmendment), StandardCharsets.UTF_8))
                .doesNotContain(SECRET);
        var publishedChild = (org.casebridge.events.school.ChildAddedEvent)
                mapping.map(added).orElseThrow();
        assertThat(publishedChild.child().ref()).isEqualTo("child-2");
        assertThat(publishedChild.child().roles()).containsExactly("RECEIVED");
        assertThat(new String(codec.json(publishedChild), StandardCharsets.UTF_8))
                .doesNotContain(SECRET);
    }

    @Example
    void aReportAndAClosureGoOutWithTheSchoolsAreaAndNothingOfWhatHappened() {
        Instant reportedAt = Instant.parse("2026-12-01T09:00:00Z");
        IncidentReportedEvent report = report(CaseId.of(UUID.randomUUID().toString()), reportedAt);
        CaseClosedEvent closure = new CaseClosedEvent(
                report.caseId(),
                "137001",
                DSL,
                reportedAt.plusSeconds(3600),
                CaseStatus.HANDLED_IN_SCHOOL,
                null,
                SECRET + "summary");

        var reported = (org.casebridge.events.school.IncidentReportedEvent)
                mapping.map(report).orElseThrow();
        var closed = mapping.publications(closure, UUID.randomUUID().toString());

        assertThat(reported)
                .isEqualTo(new org.casebridge.events.school.IncidentReportedEvent(
                        report.caseId().toString(), "137001", "E09000012", reportedAt));
        assertThat(new String(codec.json(reported), StandardCharsets.UTF_8))
                .doesNotContain(SECRET, "child-1", "CPA-2026-0042");
        assertThat(closed).hasSize(2);
        assertThat(closed.get(1).event())
                .isEqualTo(new CaseClosedEventV2(
                        report.caseId().toString(), "137001", "E09000012", "HANDLED_IN_SCHOOL", false, closure.at()));
        assertThat(mapping.map(report(CaseId.of(UUID.randomUUID().toString()), reportedAt, "999999")))
                .as("a school the directory does not know has no area to count in")
                .isEmpty();
    }

    @Example
    void theInitialReviewClockGoesOutOnceMetOrMissed() {
        Instant reportedAt = Instant.parse("2026-12-01T09:00:00Z");
        Instant dueAt = reportedAt.plusSeconds(86_400);
        IncidentReportedEvent onTime = stored(report(CaseId.of(UUID.randomUUID().toString()), reportedAt));
        IncidentReportedEvent late = stored(report(CaseId.of(UUID.randomUUID().toString()), reportedAt));
        IncidentReportedEvent overdue =
                stored(report(CaseId.of(UUID.randomUUID().toString()), reportedAt));
        InitialReviewOverdueEvent deadline = new InitialReviewOverdueEvent(
                overdue.caseId(), "137001", ActedBy.casebridge(), dueAt.plusSeconds(5), dueAt, "not in time");
        eventStore.publish(new GenericDomainEventMessage<>(
                "SafeguardingCase", overdue.caseId().toString(), 1, deadline));

        assertThat(mapping.map(review(onTime, dueAt)))
                .contains(new InitialReviewClockResultEvent(
                        onTime.caseId().toString(), "137001", "E09000012", "MET", dueAt, dueAt));
        assertThat(mapping.map(review(late, dueAt.plusSeconds(1))))
                .as("recorded late before the deadline fired")
                .contains(new InitialReviewClockResultEvent(
                        late.caseId().toString(), "137001", "E09000012", "MISSED", dueAt, dueAt.plusSeconds(1)));
        assertThat(mapping.map(deadline))
                .contains(new InitialReviewClockResultEvent(
                        overdue.caseId().toString(), "137001", "E09000012", "MISSED", dueAt, deadline.at()));
        assertThat(mapping.map(review(overdue, dueAt.plusSeconds(60))))
                .as("the deadline already said missed")
                .isEmpty();
    }

    private IncidentReportedEvent stored(IncidentReportedEvent report) {
        eventStore.publish(new GenericDomainEventMessage<>(
                "SafeguardingCase", report.caseId().toString(), 0, report));
        return report;
    }

    private static InitialReviewRecordedEvent review(IncidentReportedEvent report, Instant at) {
        return new InitialReviewRecordedEvent(
                report.caseId(), "137001", DSL, at, at, List.of(), Map.of(), Set.of(), null, SECRET + "notes");
    }

    private static IncidentReportedEvent report(CaseId caseId, Instant at) {
        return report(caseId, at, "137001");
    }

    private static IncidentReportedEvent report(CaseId caseId, Instant at, String urn) {
        return new IncidentReportedEvent(
                caseId,
                urn,
                DSL,
                at,
                HowCameToLight.DISCLOSURE_BY_CHILD_INVOLVED,
                at,
                Set.of(),
                SECRET + "notes",
                Set.of(),
                Spread.ONE_RECIPIENT,
                false,
                false,
                List.of(new ChildInvolved("child-1", 14, "Year 9", Set.of(ChildRole.PICTURED), Set.of())),
                at.plusSeconds(86_400),
                SECRET + "rationale",
                "CPA-2026-0042");
    }

    @Example
    void eachReferralAndEscalationIsAlsoPublishedWithTheCasesReferenceAndNothingMore() {
        CaseId caseId = CaseId.of(UUID.randomUUID().toString());
        ActedBy dsl = new ActedBy("dsl.okafor", CaseActors.SCHOOL_DSL, "137001");
        Instant reportedAt = Instant.parse("2026-12-01T09:00:00Z");
        ChildInvolved child = new ChildInvolved("child-1", 14, "Year 9", Set.of(ChildRole.PICTURED), Set.of());
        CaseReferredEvent referral = new CaseReferredEvent(
                caseId,
                "137001",
                dsl,
                reportedAt.plusSeconds(600),
                Set.of(Agency.POLICE),
                Set.of(Criterion.ADULT_INVOLVED),
                "E09000012",
                "MPS",
                List.of(child),
                SECRET + "adult involved");

        assertThat(mapping.publications(referral, UUID.randomUUID().toString()))
                .as("a case with no report in the store is published without a reference")
                .hasSize(1);

        eventStore.publish(new GenericDomainEventMessage<>(
                "SafeguardingCase",
                caseId.toString(),
                0,
                new IncidentReportedEvent(
                        caseId,
                        "137001",
                        dsl,
                        reportedAt,
                        HowCameToLight.DISCLOSURE_BY_CHILD_INVOLVED,
                        reportedAt,
                        Set.of(),
                        SECRET + "notes",
                        Set.of(),
                        Spread.ONE_RECIPIENT,
                        false,
                        false,
                        List.of(child),
                        reportedAt.plusSeconds(86_400),
                        SECRET + "rationale",
                        "CPA-2026-0042")));

        var publications = mapping.publications(referral, UUID.randomUUID().toString());
        assertThat(publications).hasSize(2);
        assertThat(publications.get(0).event()).isInstanceOf(ReferralMadeEvent.class);
        CaseReferencedEvent referenced =
                (CaseReferencedEvent) publications.get(1).event();
        assertThat(referenced.caseReference()).isEqualTo("CPA-2026-0042");
        assertThat(referenced.referredTo()).containsExactly("POLICE");
        assertThat(new String(codec.json(referenced), StandardCharsets.UTF_8))
                .doesNotContain(SECRET)
                .doesNotContain("child-1");

        CaseEscalatedEvent escalation = new CaseEscalatedEvent(
                caseId,
                "137001",
                dsl,
                reportedAt.plusSeconds(1200),
                Set.of(Agency.POLICE, Agency.CHILDRENS_SOCIAL_CARE),
                Set.of(Criterion.ADULT_INVOLVED),
                "E09000012",
                "MPS",
                List.of(child),
                false,
                false,
                SECRET + "more");
        assertThat(mapping.publications(escalation, UUID.randomUUID().toString()))
                .extracting(p -> (Object) p.event().getClass())
                .containsExactly(EscalationMadeEvent.class, CaseReferencedEvent.class);
    }

    @Provide
    Arbitrary<CaseReferredEvent> referrals() {
        return Combinators.combine(
                        CaseArbitraries.caseIds(),
                        CaseArbitraries.actors(),
                        CaseArbitraries.instants(),
                        CaseArbitraries.agencies(),
                        CaseArbitraries.criteriaMet(),
                        CaseArbitraries.children(),
                        secretText())
                .as((caseId, by, at, to, criteria, children, reasons) -> new CaseReferredEvent(
                        caseId, by.organisation(), by, at, to, criteria, "E09000012", "MPS", children, reasons));
    }

    @Provide
    Arbitrary<CaseEscalatedEvent> escalations() {
        return Combinators.combine(referrals(), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((r, first, reopened) -> new CaseEscalatedEvent(
                        r.caseId(),
                        r.schoolUrn(),
                        r.by(),
                        r.at(),
                        r.referredTo(),
                        r.criteriaMet(),
                        r.localAuthorityCode(),
                        r.forceCode(),
                        r.children(),
                        first,
                        reopened,
                        r.rationale()));
    }

    @Provide
    Arbitrary<CaseClosedEvent> closures() {
        return Combinators.combine(
                        CaseArbitraries.caseIds(),
                        CaseArbitraries.actors(),
                        CaseArbitraries.instants(),
                        Arbitraries.of(CaseStatus.HANDLED_IN_SCHOOL, CaseStatus.REFERRED),
                        secretText(),
                        secretText().injectNull(0.5))
                .as((caseId, by, at, route, summary, notAwaited) ->
                        new CaseClosedEvent(caseId, by.organisation(), by, at, route, notAwaited, summary));
    }

    private static Arbitrary<String> secretText() {
        return CaseArbitraries.freeText().map(text -> text + " " + SECRET + text.length());
    }
}
