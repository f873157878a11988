package org.casebridge.cases.incident;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.casebridge.cases.incident.api.Agency;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.ChildFlag;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.cases.incident.api.ChildRole;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.platform.domain.ActedBy;

/** Generators of the values case events carry, for property tests. */
public final class CaseArbitraries {

    private CaseArbitraries() {}

    public static Arbitrary<CaseId> caseIds() {
        return Arbitraries.create(UUID::randomUUID).map(CaseId::new);
    }

    public static Arbitrary<ActedBy> actors() {
        return Combinators.combine(
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
                        Arbitraries.of(CaseActors.SCHOOL_DSL, CaseActors.POLICE, ActedBy.SYSTEM),
                        Arbitraries.strings().numeric().ofLength(6))
                .as(ActedBy::new);
    }

    public static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, 4_102_444_800_000L).map(Instant::ofEpochMilli);
    }

    /** Free text as a person might type it, in any script, never empty. */
    public static Arbitrary<String> freeText() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(200).filter(text -> !text.isBlank());
    }

    public static Arbitrary<List<ChildInvolved>> children() {
        Arbitrary<ChildInvolved> child = Combinators.combine(
                        Arbitraries.integers().between(1, 40).map(n -> "child-" + n),
                        Arbitraries.integers().between(3, 17),
                        Arbitraries.integers().between(1, 13).map(n -> "Year " + n),
                        Arbitraries.subsetOf(ChildRole.values()).ofMinSize(1),
                        Arbitraries.subsetOf(ChildFlag.values()))
                .as(ChildInvolved::new);
        return child.list().ofMinSize(1).ofMaxSize(6).uniqueElements(ChildInvolved::ref);
    }

    public static Arbitrary<Map<Criterion, Boolean>> criteria() {
        return Arbitraries.of(true, false)
                .list()
                .ofSize(Criterion.values().length)
                .map(answers -> {
                    Map<Criterion, Boolean> map = new EnumMap<>(Criterion.class);
                    for (Criterion criterion : Criterion.values()) {
                        map.put(criterion, answers.get(criterion.ordinal()));
                    }
                    return map;
                });
    }

    public static Arbitrary<Set<Agency>> agencies() {
        return Arbitraries.subsetOf(Agency.values()).ofMinSize(1);
    }

    public static Arbitrary<Set<Criterion>> criteriaMet() {
        return Arbitraries.subsetOf(Criterion.values());
    }
}
