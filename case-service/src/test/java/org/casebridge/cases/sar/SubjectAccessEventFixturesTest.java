package org.casebridge.cases.sar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.casebridge.cases.FixtureTextKeys;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.sar.api.SubjectAccessEvent.SubjectAccessDisclosureReleasedEvent;
import org.casebridge.cases.sar.api.SubjectAccessEvent.SubjectAccessRedactionAddedEvent;
import org.casebridge.cases.sar.api.SubjectAccessEvent.SubjectAccessRequestStartedEvent;
import org.casebridge.platform.disclosure.Redaction;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.test.StoredEventFixtureChecks;
import org.casebridge.platform.test.StoredEventFixtures;
import org.junit.jupiter.api.Test;

/**
 * Every stored event of a subject access request still reads back and writes again as saved, its free text sealed
 * with the fixtures' fixed keys (ADR 0058).
 */
class SubjectAccessEventFixturesTest extends StoredEventFixtureChecks {

    static final UUID REQUEST = UUID.fromString("7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b");
    static final CaseId CASE = new CaseId(UUID.fromString("0b6f3f0e-2c1d-4a57-9d0e-5f7c1a2b3c4d"));
    static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");
    static final ActedBy DSL = new ActedBy("dsl.clapton", CaseActors.SCHOOL_DSL, "100001");
    static final String REASON = "Subject access request under UK GDPR Art 15, identity checked in person";
    static final Redaction OTHER_CHILD = new Redaction(
            1, "Timeline, entry 2, why", "Another child's identity", "[child-2]", "Another child is a third party", 2);
    static final String PDF_SHA = "a".repeat(64);
    static final String JSON_SHA = "b".repeat(64);

    static final List<Object> EXAMPLES = List.of(
            new SubjectAccessRequestStartedEvent(
                    REQUEST, CASE, "CPA-2026-0042", "100001", "child-1", "The child's mother", REASON, DSL, AT),
            new SubjectAccessRedactionAddedEvent(
                    REQUEST, CASE, "100001", "Mr Evans", "A neighbour named in a rationale: a third party", DSL, AT),
            new SubjectAccessDisclosureReleasedEvent(
                    REQUEST,
                    CASE,
                    "100001",
                    "child-1",
                    "Reviewed with the headteacher: every third party is withheld",
                    List.of("The child", "Timeline"),
                    List.of(OTHER_CHILD),
                    PDF_SHA,
                    JSON_SHA,
                    DSL,
                    AT));

    private static final StoredEventFixtures FIXTURES = StoredEventFixtures.of(
                    "org.casebridge.cases.sar", FixtureTextKeys.serializer(), EXAMPLES)
            .fixturesIn("event-fixtures-sar");

    @Test
    void theStoredEventTypesAreTheSubjectAccessRequestsEvents() {
        assertThat(FIXTURES.storedTypes())
                .containsExactlyInAnyOrder(
                        SubjectAccessRequestStartedEvent.class,
                        SubjectAccessRedactionAddedEvent.class,
                        SubjectAccessDisclosureReleasedEvent.class);
    }

    @Override
    protected StoredEventFixtures fixtures() {
        return FIXTURES;
    }
}
