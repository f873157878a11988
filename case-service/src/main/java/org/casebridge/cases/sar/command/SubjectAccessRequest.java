package org.casebridge.cases.sar.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.CaseLimits;
import org.casebridge.cases.incident.command.DslOnlyException;
import org.casebridge.cases.incident.command.RationaleRequiredException;
import org.casebridge.cases.sar.api.SubjectAccessCommand.AddSubjectAccessRedactionCommand;
import org.casebridge.cases.sar.api.SubjectAccessCommand.ReleaseSubjectAccessDisclosureCommand;
import org.casebridge.cases.sar.api.SubjectAccessCommand.StartSubjectAccessRequestCommand;
import org.casebridge.cases.sar.api.SubjectAccessEvent.SubjectAccessDisclosureReleasedEvent;
import org.casebridge.cases.sar.api.SubjectAccessEvent.SubjectAccessRedactionAddedEvent;
import org.casebridge.cases.sar.api.SubjectAccessEvent.SubjectAccessRequestStartedEvent;
import org.casebridge.platform.disclosure.DisclosureRelease;
import org.casebridge.platform.disclosure.DisclosureViolations;
import org.casebridge.platform.disclosure.DisclosureViolations.RedactionPhraseInvalidException;
import org.casebridge.platform.disclosure.DisclosureViolations.RequesterRequiredException;
import org.casebridge.platform.disclosure.DisclosureViolations.SubjectAccessAlreadyReleasedException;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;

/**
 * One subject access request of one child of a school's case (ADR 0057): started, reviewed with redactions added,
 * released once. Only the school's DSL acts on it; for any other school it does not exist. A second release changes
 * nothing and says so; nothing is added to a released disclosure.
 */
@Aggregate
public class SubjectAccessRequest {

    @AggregateIdentifier
    private String id;

    private CaseId caseId;
    private String schoolUrn;
    private String childRef;
    private final Set<String> phrases = new HashSet<>();
    private Instant releasedAt;
    private String releasedPdfSha256;
    private String releasedJsonSha256;

    protected SubjectAccessRequest() {}

    @CommandHandler
    public SubjectAccessRequest(StartSubjectAccessRequestCommand command, Clock clock) {
        ActedBy by = command.by();
        dslOfTheSchool(by, command.schoolUrn(), "case", command.caseId().toString());
        if (command.requester() == null || command.requester().isBlank()) {
            throw new RequesterRequiredException();
        }
        reasoned(command.reason(), "A subject access request");
        apply(new SubjectAccessRequestStartedEvent(
                command.requestId(),
                command.caseId(),
                command.caseReference(),
                command.schoolUrn(),
                command.childRef(),
                command.requester().strip(),
                command.reason().strip(),
                by,
                clock.instant()));
    }

    /** Answers whether the phrase was added: false when it was already withheld (a second click). */
    @CommandHandler
    public boolean handle(AddSubjectAccessRedactionCommand command, Clock clock) {
        dslOfTheSchool(command.by(), schoolUrn, "subject access request", id);
        if (releasedAt != null) {
            throw new SubjectAccessAlreadyReleasedException();
        }
        String phrase = command.phrase() == null ? "" : command.phrase().strip();
        if (phrase.length() < 2 || phrase.length() > DisclosureViolations.MAX_PHRASE) {
            throw new RedactionPhraseInvalidException();
        }
        reasoned(command.reason(), "A redaction");
        if (phrases.contains(phrase.toLowerCase(Locale.ROOT))) {
            return false;
        }
        apply(new SubjectAccessRedactionAddedEvent(
                command.requestId(),
                caseId,
                schoolUrn,
                phrase,
                command.reason().strip(),
                command.by(),
                clock.instant()));
        return true;
    }

    @CommandHandler
    public DisclosureRelease handle(ReleaseSubjectAccessDisclosureCommand command, Clock clock) {
        dslOfTheSchool(command.by(), schoolUrn, "subject access request", id);
        if (releasedAt != null) {
            return new DisclosureRelease(releasedAt, true, releasedPdfSha256, releasedJsonSha256);
        }
        reasoned(command.rationale(), "A release");
        Instant now = DisclosureRelease.timeOf(clock);
        apply(new SubjectAccessDisclosureReleasedEvent(
                command.requestId(),
                caseId,
                schoolUrn,
                childRef,
                command.rationale().strip(),
                command.released(),
                command.redactions(),
                command.pdfSha256(),
                command.jsonSha256(),
                command.by(),
                now));
        return new DisclosureRelease(now, false, command.pdfSha256(), command.jsonSha256());
    }

    @EventSourcingHandler
    void on(SubjectAccessRequestStartedEvent event) {
        id = event.requestId().toString();
        caseId = event.caseId();
        schoolUrn = event.schoolUrn();
        childRef = event.childRef();
    }

    @EventSourcingHandler
    void on(SubjectAccessRedactionAddedEvent event) {
        phrases.add(event.phrase().toLowerCase(Locale.ROOT));
    }

    @EventSourcingHandler
    void on(SubjectAccessDisclosureReleasedEvent event) {
        releasedAt = event.at();
        releasedPdfSha256 = event.pdfSha256();
        releasedJsonSha256 = event.jsonSha256();
    }

    private static void dslOfTheSchool(ActedBy by, String schoolUrn, String kind, String what) {
        if (!CaseActors.actsAsSchoolDsl(by)) {
            throw new DslOnlyException(by.role());
        }
        if (!schoolUrn.equals(by.organisation())) {
            throw new NotFoundException(kind, what);
        }
    }

    private static void reasoned(String reason, String what) {
        if (reason == null || reason.strip().length() < CaseLimits.MIN_RATIONALE_LENGTH) {
            throw new RationaleRequiredException(what);
        }
    }
}
