package org.casebridge.cases.incident.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
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
import org.casebridge.cases.incident.api.Spread;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.school.CaseReferencedEvent;
import org.casebridge.events.school.EscalationMadeEvent;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.kafka.CloudEventCodec;
import org.casebridge.platform.kafka.IntegrationEventMapping;

/** Whatever the DSL writes, none of it crosses to Kafka: only codes, refs, ages and year groups do. */
class SchoolEventPublicationProperties {

    private static final String SECRET = "Zxq-free-text-";
    private final EventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final IntegrationEventMapping mapping = new SchoolEventPublication().integrationEvents(eventStore);
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
