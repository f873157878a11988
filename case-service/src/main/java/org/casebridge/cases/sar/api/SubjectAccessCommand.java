package org.casebridge.cases.sar.api;

import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.disclosure.Redaction;
import org.casebridge.platform.domain.ActedBy;

/** The commands of a subject access request; each names the request first and who acted. */
public sealed interface SubjectAccessCommand {

    UUID requestId();

    ActedBy by();

    /**
     * Starts a request for one child of a case of the DSL's school; the case, its school, its reference and the child
     * were checked against the case's read model by the caller ({@code SubjectAccessRequests}).
     */
    record StartSubjectAccessRequestCommand(
            @TargetAggregateIdentifier UUID requestId,
            ActedBy by,
            CaseId caseId,
            String caseReference,
            String schoolUrn,
            String childRef,
            String requester,
            String reason)
            implements SubjectAccessCommand {}

    /** Withholds a phrase of free text (a third party named in a rationale) wherever the disclosure shows it. */
    record AddSubjectAccessRedactionCommand(
            @TargetAggregateIdentifier UUID requestId, ActedBy by, String phrase, String reason)
            implements SubjectAccessCommand {}

    /** Releases the disclosure as reviewed: what it held, what was withheld, and the hashes of its two files. */
    record ReleaseSubjectAccessDisclosureCommand(
            @TargetAggregateIdentifier UUID requestId,
            ActedBy by,
            String rationale,
            List<String> released,
            List<Redaction> redactions,
            String pdfSha256,
            String jsonSha256)
            implements SubjectAccessCommand {}
}
