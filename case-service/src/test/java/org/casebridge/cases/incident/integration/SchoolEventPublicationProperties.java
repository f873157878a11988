package org.casebridge.cases.incident.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casebridge.cases.incident.CaseArbitraries;
import org.casebridge.cases.incident.api.CaseClosedEvent;
import org.casebridge.cases.incident.api.CaseEscalatedEvent;
import org.casebridge.cases.incident.api.CaseReferredEvent;
import org.casebridge.cases.incident.api.CaseStatus;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.school.EscalationMadeEvent;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.platform.kafka.CloudEventCodec;
import org.casebridge.platform.kafka.IntegrationEventMapping;

/** Whatever the DSL writes, none of it crosses to Kafka: only codes, refs, ages and year groups do. */
class SchoolEventPublicationProperties {

    private static final String SECRET = "Zxq-free-text-";
    private final IntegrationEventMapping mapping = new SchoolEventPublication().integrationEvents();
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
