package org.casebridge.police.sar.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.disclosure.Redaction;
import org.casebridge.platform.domain.ActedBy;

/** The commands of a force's subject access request; each names the request first and who acted. */
public sealed interface SubjectAccessCommand {

    String requestId();

    ActedBy by();

    /**
     * Starts a request for one child of an escalation of the supervisor's force; the escalation, its force and the
     * child were checked against the escalation's read model by the caller ({@code SubjectAccessRequests}).
     */
    record StartSubjectAccessRequestCommand(
            @TargetAggregateIdentifier String requestId,
            ActedBy by,
            String caseId,
            String caseReference,
            String forceCode,
            String childRef,
            String requester,
            String reason)
            implements SubjectAccessCommand {}

    /** Withholds a phrase of free text (a third party named in it) wherever the disclosure shows it. */
    record AddSubjectAccessRedactionCommand(
            @TargetAggregateIdentifier String requestId, ActedBy by, String phrase, String reason)
            implements SubjectAccessCommand {}

    /** Releases the disclosure as reviewed: what it held, what was withheld, and the hashes of its two files. */
    record ReleaseSubjectAccessDisclosureCommand(
            @TargetAggregateIdentifier String requestId,
            ActedBy by,
            String rationale,
            List<String> released,
            List<Redaction> redactions,
            String pdfSha256,
            String jsonSha256)
            implements SubjectAccessCommand {}
}
