package org.casebridge.police.sar.command;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.platform.disclosure.DisclosureRelease;
import org.casebridge.platform.disclosure.DisclosureViolations.RedactionPhraseInvalidException;
import org.casebridge.platform.disclosure.DisclosureViolations.RequesterRequiredException;
import org.casebridge.platform.disclosure.DisclosureViolations.SubjectAccessAlreadyReleasedException;
import org.casebridge.platform.disclosure.Redaction;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.police.sar.command.SubjectAccessCommand.AddSubjectAccessRedactionCommand;
import org.casebridge.police.sar.command.SubjectAccessCommand.ReleaseSubjectAccessDisclosureCommand;
import org.casebridge.police.sar.command.SubjectAccessCommand.StartSubjectAccessRequestCommand;
import org.casebridge.police.sar.command.SubjectAccessEvent.SubjectAccessDisclosureReleasedEvent;
import org.casebridge.police.sar.command.SubjectAccessEvent.SubjectAccessRedactionAddedEvent;
import org.casebridge.police.sar.command.SubjectAccessEvent.SubjectAccessRequestStartedEvent;
import org.casebridge.police.sar.command.SubjectAccessViolations.SubjectAccessReasonRequiredException;
import org.casebridge.police.sar.command.SubjectAccessViolations.SubjectAccessSupervisorRequiredException;
import org.casebridge.police.shared.PoliceRoles;
import org.casebridge.police.shared.RecordNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubjectAccessRequestTest {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    static final String REQUEST = "7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b";
    static final String CASE = "case-7f3a";
    static final String FORCE = "WMP";
    static final ActedBy SUPERVISOR = new ActedBy("ps-1", PoliceRoles.POLICE_SUPERVISOR, FORCE);
    static final ActedBy OTHER_FORCES_SUPERVISOR = new ActedBy("ps-9", PoliceRoles.POLICE_SUPERVISOR, "MPS");
    static final ActedBy OFFICER = new ActedBy("pc-4411", PoliceRoles.POLICE_LIAISON, FORCE);
    static final String REASON = "Subject access request under UK GDPR Art 15, identity checked in person";
    static final String WHY_WITHHELD = "A neighbour named in a rationale: third-party information";
    static final String RELEASE = "Reviewed with the force's data protection officer: third parties withheld";
    static final Redaction OFFICER_NAME =
            new Redaction(1, "Decisions, entry 1, who", "A person's name", "[police officer]", "DPA 2018", 1);

    static final SubjectAccessRequestStartedEvent STARTED = new SubjectAccessRequestStartedEvent(
            REQUEST, CASE, "CPA-2026-0042", FORCE, "child-1", "The child's mother", REASON, SUPERVISOR, NOW);

    private FixtureConfiguration<SubjectAccessRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SubjectAccessRequest.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static StartSubjectAccessRequestCommand start(ActedBy by, String requester, String reason) {
        return new StartSubjectAccessRequestCommand(
                REQUEST, by, CASE, "CPA-2026-0042", FORCE, "child-1", requester, reason);
    }

    static final SubjectAccessDisclosureReleasedEvent RELEASED = new SubjectAccessDisclosureReleasedEvent(
            REQUEST,
            CASE,
            FORCE,
            "child-1",
            RELEASE,
            List.of("The child"),
            List.of(OFFICER_NAME),
            "a".repeat(64),
            "b".repeat(64),
            SUPERVISOR,
            NOW);

    static ReleaseSubjectAccessDisclosureCommand release(ActedBy by, String rationale) {
        return new ReleaseSubjectAccessDisclosureCommand(
                REQUEST, by, rationale, List.of("The child"), List.of(OFFICER_NAME), "a".repeat(64), "b".repeat(64));
    }

    @Test
    void aSupervisorOfTheForceStartsARequestSayingWhoAskedAndWhy() {
        fixture.givenNoPriorActivity()
                .when(start(SUPERVISOR, "  The child's mother ", REASON + "  "))
                .expectEvents(STARTED);
    }

    @Test
    void onlyASupervisorAnswersASubjectAccessRequest() {
        fixture.givenNoPriorActivity()
                .when(start(OFFICER, "The child's mother", REASON))
                .expectException(SubjectAccessSupervisorRequiredException.class)
                .expectNoEvents();
    }

    @Test
    void aSupervisorOfAnotherForceFindsNoSuchRecord() {
        fixture.givenNoPriorActivity()
                .when(start(OTHER_FORCES_SUPERVISOR, "The child's mother", REASON))
                .expectException(RecordNotFoundException.class)
                .expectNoEvents();
        fixture.given(STARTED)
                .when(new AddSubjectAccessRedactionCommand(REQUEST, OTHER_FORCES_SUPERVISOR, "Mr Evans", WHY_WITHHELD))
                .expectException(RecordNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void whoAskedIsRequired() {
        fixture.givenNoPriorActivity()
                .when(start(SUPERVISOR, " ", REASON))
                .expectException(RequesterRequiredException.class)
                .expectNoEvents();
    }

    @Test
    void aStartARedactionAndAReleaseEachNeedAReasonOfTwentyCharacters() {
        fixture.givenNoPriorActivity()
                .when(start(SUPERVISOR, "The child's mother", "Asked by letter"))
                .expectException(SubjectAccessReasonRequiredException.class);
        fixture.given(STARTED)
                .when(new AddSubjectAccessRedactionCommand(REQUEST, SUPERVISOR, "Mr Evans", "A neighbour"))
                .expectException(SubjectAccessReasonRequiredException.class);
        fixture.given(STARTED)
                .when(release(SUPERVISOR, "Looks right"))
                .expectException(SubjectAccessReasonRequiredException.class)
                .expectNoEvents();
    }

    @Test
    void aPhraseIsWithheldWithItsReasonAndASecondTimeChangesNothing() {
        SubjectAccessRedactionAddedEvent added =
                new SubjectAccessRedactionAddedEvent(REQUEST, CASE, FORCE, "Mr Evans", WHY_WITHHELD, SUPERVISOR, NOW);
        fixture.given(STARTED)
                .when(new AddSubjectAccessRedactionCommand(REQUEST, SUPERVISOR, " Mr Evans ", WHY_WITHHELD))
                .expectEvents(added)
                .expectResultMessagePayload(true);
        fixture.given(STARTED, added)
                .when(new AddSubjectAccessRedactionCommand(REQUEST, SUPERVISOR, "MR EVANS", WHY_WITHHELD))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void aPhraseIsTwoToTwoHundredCharacters() {
        fixture.given(STARTED)
                .when(new AddSubjectAccessRedactionCommand(REQUEST, SUPERVISOR, "E", WHY_WITHHELD))
                .expectException(RedactionPhraseInvalidException.class);
        fixture.given(STARTED)
                .when(new AddSubjectAccessRedactionCommand(REQUEST, SUPERVISOR, "x".repeat(201), WHY_WITHHELD))
                .expectException(RedactionPhraseInvalidException.class)
                .expectNoEvents();
    }

    @Test
    void theReleaseRecordsWhoWhenTheForceWhyWhatWasWithheldAndTheHashes() {
        fixture.given(STARTED)
                .when(release(SUPERVISOR, RELEASE))
                .expectEvents(RELEASED)
                .expectResultMessagePayload(new DisclosureRelease(NOW, false, "a".repeat(64), "b".repeat(64)));
    }

    @Test
    void theReleaseIsTimedToTheMicrosecondThatTheReadModelKeeps() {
        FixtureConfiguration<SubjectAccessRequest> nanosecondClock =
                new AggregateTestFixture<>(SubjectAccessRequest.class);
        nanosecondClock.registerInjectableResource(Clock.fixed(NOW.plusNanos(400_873_278), ZoneOffset.UTC));
        nanosecondClock
                .given(STARTED)
                .when(release(SUPERVISOR, RELEASE))
                .expectResultMessagePayload(
                        new DisclosureRelease(NOW.plusNanos(400_873_000), false, "a".repeat(64), "b".repeat(64)));
    }

    @Test
    void aSecondReleaseAnswersTheFirstAndRecordsNothing() {
        fixture.given(STARTED, RELEASED)
                .when(new ReleaseSubjectAccessDisclosureCommand(
                        REQUEST, SUPERVISOR, "Released again", List.of(), List.of(), "c".repeat(64), "d".repeat(64)))
                .expectNoEvents()
                .expectResultMessagePayload(new DisclosureRelease(NOW, true, "a".repeat(64), "b".repeat(64)));
    }

    @Test
    void aSecondReleaseByAnotherForceFindsNoSuchRecord() {
        fixture.given(STARTED, RELEASED)
                .when(release(OTHER_FORCES_SUPERVISOR, RELEASE))
                .expectException(RecordNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void nothingIsWithheldAfterTheRelease() {
        fixture.given(STARTED, RELEASED)
                .when(new AddSubjectAccessRedactionCommand(REQUEST, SUPERVISOR, "Mr Evans", WHY_WITHHELD))
                .expectException(SubjectAccessAlreadyReleasedException.class)
                .expectNoEvents();
    }

    @Test
    void anOfficerCannotReleaseEither() {
        fixture.given(STARTED)
                .when(release(OFFICER, RELEASE))
                .expectException(SubjectAccessSupervisorRequiredException.class)
                .expectNoEvents();
    }
}
