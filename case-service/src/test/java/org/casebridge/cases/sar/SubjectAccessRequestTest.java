package org.casebridge.cases.sar;

import static org.casebridge.cases.sar.SubjectAccessEventFixturesTest.CASE;
import static org.casebridge.cases.sar.SubjectAccessEventFixturesTest.DSL;
import static org.casebridge.cases.sar.SubjectAccessEventFixturesTest.JSON_SHA;
import static org.casebridge.cases.sar.SubjectAccessEventFixturesTest.OTHER_CHILD;
import static org.casebridge.cases.sar.SubjectAccessEventFixturesTest.PDF_SHA;
import static org.casebridge.cases.sar.SubjectAccessEventFixturesTest.REASON;
import static org.casebridge.cases.sar.SubjectAccessEventFixturesTest.REQUEST;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.command.DslOnlyException;
import org.casebridge.cases.incident.command.RationaleRequiredException;
import org.casebridge.cases.sar.api.SubjectAccessCommand.AddSubjectAccessRedactionCommand;
import org.casebridge.cases.sar.api.SubjectAccessCommand.ReleaseSubjectAccessDisclosureCommand;
import org.casebridge.cases.sar.api.SubjectAccessCommand.StartSubjectAccessRequestCommand;
import org.casebridge.cases.sar.api.SubjectAccessEvent.SubjectAccessDisclosureReleasedEvent;
import org.casebridge.cases.sar.api.SubjectAccessEvent.SubjectAccessRedactionAddedEvent;
import org.casebridge.cases.sar.api.SubjectAccessEvent.SubjectAccessRequestStartedEvent;
import org.casebridge.cases.sar.command.SubjectAccessRequest;
import org.casebridge.platform.disclosure.DisclosureRelease;
import org.casebridge.platform.disclosure.DisclosureViolations.RedactionPhraseInvalidException;
import org.casebridge.platform.disclosure.DisclosureViolations.RequesterRequiredException;
import org.casebridge.platform.disclosure.DisclosureViolations.SubjectAccessAlreadyReleasedException;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A subject access request is the school DSL's, is released once, and nothing is added after its release. */
class SubjectAccessRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final ActedBy OTHER_SCHOOL = new ActedBy("dsl.hollybank", CaseActors.SCHOOL_DSL, "103456");
    private static final ActedBy AUDITOR = new ActedBy("auditor", CaseActors.AUDITOR, "100001");
    private static final String RELEASE_WHY = "Reviewed with the headteacher: every third party is withheld";

    private FixtureConfiguration<SubjectAccessRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SubjectAccessRequest.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static StartSubjectAccessRequestCommand start(ActedBy by, String requester, String reason) {
        return new StartSubjectAccessRequestCommand(
                REQUEST, by, CASE, "CPA-2026-0042", "100001", "child-1", requester, reason);
    }

    private static SubjectAccessRequestStartedEvent started() {
        return new SubjectAccessRequestStartedEvent(
                REQUEST, CASE, "CPA-2026-0042", "100001", "child-1", "The child's mother", REASON, DSL, NOW);
    }

    private static ReleaseSubjectAccessDisclosureCommand release(ActedBy by, String rationale) {
        return new ReleaseSubjectAccessDisclosureCommand(
                REQUEST, by, rationale, List.of("The child", "Timeline"), List.of(OTHER_CHILD), PDF_SHA, JSON_SHA);
    }

    private static SubjectAccessDisclosureReleasedEvent released() {
        return new SubjectAccessDisclosureReleasedEvent(
                REQUEST,
                CASE,
                "100001",
                "child-1",
                RELEASE_WHY,
                List.of("The child", "Timeline"),
                List.of(OTHER_CHILD),
                PDF_SHA,
                JSON_SHA,
                DSL,
                NOW);
    }

    @Test
    void theSchoolsDslStartsARequestWithWhoAskedAndWhy() {
        fixture.givenNoPriorActivity()
                .when(start(DSL, " The child's mother ", REASON))
                .expectEvents(started());
    }

    @Test
    void onlyADslStartsARequest() {
        fixture.givenNoPriorActivity()
                .when(start(AUDITOR, "The child's mother", REASON))
                .expectException(DslOnlyException.class)
                .expectNoEvents();
    }

    @Test
    void aDslOfAnotherSchoolFindsNoSuchCase() {
        fixture.givenNoPriorActivity()
                .when(start(OTHER_SCHOOL, "The child's mother", REASON))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aRequestNamesWhoMadeIt() {
        fixture.givenNoPriorActivity()
                .when(start(DSL, " ", REASON))
                .expectException(RequesterRequiredException.class)
                .expectNoEvents();
    }

    @Test
    void aRequestNeedsAReasonOfAtLeastTwentyCharacters() {
        fixture.givenNoPriorActivity()
                .when(start(DSL, "The child's mother", "Asked by letter"))
                .expectException(RationaleRequiredException.class)
                .expectNoEvents();
    }

    @Test
    void theDslWithholdsAPhraseWithAReason() {
        fixture.given(started())
                .when(new AddSubjectAccessRedactionCommand(
                        REQUEST, DSL, " Mr Evans ", "A neighbour named in a rationale: a third party"))
                .expectEvents(new SubjectAccessRedactionAddedEvent(
                        REQUEST,
                        CASE,
                        "100001",
                        "Mr Evans",
                        "A neighbour named in a rationale: a third party",
                        DSL,
                        NOW))
                .expectResultMessagePayload(true);
    }

    @Test
    void aPhraseAlreadyWithheldIsNotAddedAgainWhateverItsCase() {
        fixture.given(
                        started(),
                        new SubjectAccessRedactionAddedEvent(
                                REQUEST, CASE, "100001", "Mr Evans", "A neighbour named in a rationale", DSL, NOW))
                .when(new AddSubjectAccessRedactionCommand(
                        REQUEST, DSL, "MR EVANS", "A neighbour named in a rationale again"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void aPhraseOfOneCharacterIsRefused() {
        fixture.given(started())
                .when(new AddSubjectAccessRedactionCommand(REQUEST, DSL, "E", "An initial that names a third party"))
                .expectException(RedactionPhraseInvalidException.class)
                .expectNoEvents();
    }

    @Test
    void aDslOfAnotherSchoolFindsNoSuchRequest() {
        fixture.given(started())
                .when(new AddSubjectAccessRedactionCommand(
                        REQUEST, OTHER_SCHOOL, "Mr Evans", "A neighbour named in a rationale"))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void theReleaseRecordsWhatWasReleasedWithheldAndTheHashesOfBothFiles() {
        fixture.given(started())
                .when(release(DSL, RELEASE_WHY))
                .expectEvents(released())
                .expectResultMessagePayload(new DisclosureRelease(NOW, false, PDF_SHA, JSON_SHA));
    }

    @Test
    void theReleaseIsTimedToTheMicrosecondThatTheReadModelKeeps() {
        FixtureConfiguration<SubjectAccessRequest> nanosecondClock =
                new AggregateTestFixture<>(SubjectAccessRequest.class);
        nanosecondClock.registerInjectableResource(Clock.fixed(NOW.plusNanos(400_873_278), ZoneOffset.UTC));
        nanosecondClock
                .given(started())
                .when(release(DSL, RELEASE_WHY))
                .expectResultMessagePayload(
                        new DisclosureRelease(NOW.plusNanos(400_873_000), false, PDF_SHA, JSON_SHA));
    }

    @Test
    void aReleaseNeedsAReason() {
        fixture.given(started())
                .when(release(DSL, "Fine"))
                .expectException(RationaleRequiredException.class)
                .expectNoEvents();
    }

    @Test
    void aSecondReleaseChangesNothingAndAnswersTheFirst() {
        fixture.given(started(), released())
                .when(new ReleaseSubjectAccessDisclosureCommand(
                        REQUEST,
                        DSL,
                        RELEASE_WHY + " (clicked again)",
                        List.of("The child", "Timeline"),
                        List.of(OTHER_CHILD),
                        "a PDF built again",
                        "a JSON built again"))
                .expectNoEvents()
                .expectResultMessagePayload(new DisclosureRelease(NOW, true, PDF_SHA, JSON_SHA));
    }

    @Test
    void nothingIsWithheldAfterTheRelease() {
        fixture.given(started(), released())
                .when(new AddSubjectAccessRedactionCommand(
                        REQUEST, DSL, "Mr Evans", "A neighbour named in a rationale"))
                .expectException(SubjectAccessAlreadyReleasedException.class)
                .expectNoEvents();
    }
}
