package org.casebridge.cases.incident.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.casebridge.cases.FixtureTextKeys;
import org.casebridge.cases.incident.CaseArbitraries;
import org.casebridge.platform.domain.ActedBy;

/**
 * Every case event comes back from the event store's serializer exactly as it went in, its free text sealed under the
 * case's key on the way (ADR 0058).
 */
class CaseEventSerializationProperties {

    private final Serializer serializer = FixtureTextKeys.serializer();

    @Property
    void caseEventsSurviveTheEventStoresSerializer(@ForAll("events") CaseEvent event) {
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);

        String revision = switch (event) {
            case IncidentReportedEvent e -> "3";
            case PoliceUpdateReceivedEvent e -> "3";
            case InitialReviewOverdueEvent e -> "1";
            case PersonalDetailsErasedEvent e -> "1";
            case ChildRecordTransferReceiptConfirmedEvent e -> "1";
            case ChildRecordTransferOverdueEvent e -> "1";
            default -> "2";
        };
        assertThat(serialized.getType().getRevision()).isEqualTo(revision);
        Object read = serializer.deserialize(serialized);
        assertThat(read).isEqualTo(event);
    }

    @Provide
    Arbitrary<CaseEvent> events() {
        Arbitrary<CaseId> ids = CaseArbitraries.caseIds();
        Arbitrary<ActedBy> actors = CaseArbitraries.actors();
        Arbitrary<Instant> times = CaseArbitraries.instants();
        Arbitrary<String> text = CaseArbitraries.freeText().injectNull(0.2);
        return Arbitraries.oneOf(
                Combinators.combine(
                                ids,
                                actors,
                                times,
                                Arbitraries.of(HowCameToLight.class),
                                Arbitraries.subsetOf(ImageryCategory.values()),
                                Arbitraries.of(Spread.class),
                                CaseArbitraries.children(),
                                text)
                        .as((id, by, at, how, imagery, spread, children, summary) -> new IncidentReportedEvent(
                                id,
                                by.organisation(),
                                by,
                                at,
                                how,
                                at,
                                imagery,
                                summary,
                                Set.of("Snapchat"),
                                spread,
                                true,
                                false,
                                children,
                                at.plusSeconds(86_400),
                                summary,
                                "CPA-2026-0042")),
                Combinators.combine(ids, actors, times, CaseArbitraries.criteria(), text)
                        .as((id, by, at, criteria, notes) -> new InitialReviewRecordedEvent(
                                id,
                                by.organisation(),
                                by,
                                at,
                                at,
                                List.of(new ReviewAttendee("A. Kaur", "DSL")),
                                criteria,
                                EnumSet.noneOf(Criterion.class),
                                new ReviewConsiderations(notes, false, notes, notes, true, true),
                                notes)),
                Combinators.combine(
                                ids,
                                actors,
                                times,
                                CaseArbitraries.agencies(),
                                CaseArbitraries.criteriaMet(),
                                CaseArbitraries.children(),
                                text,
                                Arbitraries.of(true, false))
                        .as((id, by, at, to, criteria, children, why, first) -> new CaseEscalatedEvent(
                                id,
                                by.organisation(),
                                by,
                                at,
                                to,
                                criteria,
                                "E09000012",
                                "MPS",
                                children,
                                first,
                                !first,
                                why)),
                Combinators.combine(ids, actors, times, Arbitraries.of(PoliceUpdateKind.class), text)
                        .as((id, by, at, kind, summary) -> new PoliceUpdateReceivedEvent(
                                id,
                                by.organisation(),
                                CaseActors.policeForce("MPS"),
                                at,
                                "event-" + at.toEpochMilli(),
                                "org.casebridge.police.outcome-assigned.v1",
                                kind,
                                at,
                                summary,
                                at.toEpochMilli() % 2 == 0 ? null : "WMP")),
                Combinators.combine(ids, actors, times, Arbitraries.of(CaseStatus.class), text, text)
                        .as((id, by, at, route, notAwaited, summary) ->
                                new CaseClosedEvent(id, by.organisation(), by, at, route, notAwaited, summary)),
                Combinators.combine(ids, actors, times, text)
                        .as((id, by, at, reason) ->
                                new ParentsNotInformedEvent(id, by.organisation(), by, at, "child-1", reason)));
    }
}
