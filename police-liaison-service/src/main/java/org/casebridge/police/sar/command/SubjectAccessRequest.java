package org.casebridge.police.sar.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebridge.platform.disclosure.DisclosureRelease;
import org.casebridge.platform.disclosure.DisclosureViolations;
import org.casebridge.platform.disclosure.DisclosureViolations.RedactionPhraseInvalidException;
import org.casebridge.platform.disclosure.DisclosureViolations.RequesterRequiredException;
import org.casebridge.platform.disclosure.DisclosureViolations.SubjectAccessAlreadyReleasedException;
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
import org.jspecify.annotations.Nullable;

/**
 * One subject access request to a force for one child of one of its escalations (ADR 0066): started, reviewed with
 * redactions added, released once. Only a supervisor of the force acts on it (403 for any other role); for another
 * force it does not exist. A phrase already withheld changes nothing and says so; a second release by the force
 * changes nothing and answers the first (ADR 0090); a redaction after the release is refused 409.
 */
@Aggregate
public class SubjectAccessRequest {

    @AggregateIdentifier
    private String requestId;

    private String caseId;
    private String forceCode;
    private String childRef;
    private final Set<String> phrases = new HashSet<>();
    private @Nullable DisclosureRelease released;

    protected SubjectAccessRequest() {}

    @CommandHandler
    public SubjectAccessRequest(StartSubjectAccessRequestCommand command, Clock clock) {
        supervisorOf(command.by(), command.forceCode(), command.requestId());
        if (command.requester() == null || command.requester().isBlank()) {
            throw new RequesterRequiredException();
        }
        String reason = reasoned(command.reason(), "A subject access request");
        apply(new SubjectAccessRequestStartedEvent(
                command.requestId(),
                command.caseId(),
                command.caseReference(),
                command.forceCode(),
                command.childRef(),
                command.requester().strip(),
                reason,
                command.by(),
                clock.instant()));
    }

    /** Answers whether the phrase was added: false when it was already withheld (a second click). */
    @CommandHandler
    public boolean handle(AddSubjectAccessRedactionCommand command, Clock clock) {
        supervisorOf(command.by(), forceCode, requestId);
        if (released != null) {
            throw new SubjectAccessAlreadyReleasedException();
        }
        String phrase = command.phrase() == null ? "" : command.phrase().strip();
        if (phrase.length() < 2 || phrase.length() > DisclosureViolations.MAX_PHRASE) {
            throw new RedactionPhraseInvalidException();
        }
        String reason = reasoned(command.reason(), "A redaction");
        if (phrases.contains(phrase.toLowerCase(Locale.ROOT))) {
            return false;
        }
        apply(new SubjectAccessRedactionAddedEvent(
                requestId, caseId, forceCode, phrase, reason, command.by(), clock.instant()));
        return true;
    }

    /** Answers when it was released and the files' hashes; a second release answers the first and records nothing. */
    @CommandHandler
    public DisclosureRelease handle(ReleaseSubjectAccessDisclosureCommand command, Clock clock) {
        supervisorOf(command.by(), forceCode, requestId);
        if (released != null) {
            return new DisclosureRelease(released.releasedAt(), true, released.pdfSha256(), released.jsonSha256());
        }
        String rationale = reasoned(command.rationale(), "A release");
        Instant now = DisclosureRelease.timeOf(clock);
        apply(new SubjectAccessDisclosureReleasedEvent(
                requestId,
                caseId,
                forceCode,
                childRef,
                rationale,
                List.copyOf(command.released()),
                List.copyOf(command.redactions()),
                command.pdfSha256(),
                command.jsonSha256(),
                command.by(),
                now));
        return new DisclosureRelease(now, false, command.pdfSha256(), command.jsonSha256());
    }

    @EventSourcingHandler
    void on(SubjectAccessRequestStartedEvent event) {
        requestId = event.requestId();
        caseId = event.caseId();
        forceCode = event.forceCode();
        childRef = event.childRef();
    }

    @EventSourcingHandler
    void on(SubjectAccessRedactionAddedEvent event) {
        phrases.add(event.phrase().toLowerCase(Locale.ROOT));
    }

    @EventSourcingHandler
    void on(SubjectAccessDisclosureReleasedEvent event) {
        released = new DisclosureRelease(event.at(), false, event.pdfSha256(), event.jsonSha256());
    }

    /** 403 for anyone but a supervisor, before the force is looked at; 404 for a supervisor of another force. */
    private static void supervisorOf(ActedBy by, String forceCode, String requestId) {
        if (!PoliceRoles.isSupervisor(by)) {
            throw new SubjectAccessSupervisorRequiredException();
        }
        if (!by.organisation().equals(forceCode)) {
            throw new RecordNotFoundException(requestId);
        }
    }

    private static String reasoned(String reason, String what) {
        if (reason == null || reason.strip().length() < SubjectAccessViolations.MIN_REASON) {
            throw new SubjectAccessReasonRequiredException(what);
        }
        return reason.strip();
    }
}
