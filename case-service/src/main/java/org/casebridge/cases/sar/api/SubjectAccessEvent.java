package org.casebridge.cases.sar.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.disclosure.Redaction;
import org.casebridge.platform.domain.ActedBy;

/** Everything decided about a subject access request; each names the request, its case and the school. */
public sealed interface SubjectAccessEvent {

    UUID requestId();

    CaseId caseId();

    String schoolUrn();

    ActedBy by();

    Instant at();

    /** A DSL started a request for one child, on behalf of {@code requester}, for {@code reason}. */
    @Revision("1")
    record SubjectAccessRequestStartedEvent(
            UUID requestId,
            CaseId caseId,
            String caseReference,
            String schoolUrn,
            String childRef,
            String requester,
            String reason,
            ActedBy by,
            Instant at)
            implements SubjectAccessEvent {}

    /**
     * The DSL withholds {@code phrase} (free text naming a third party) wherever the disclosure shows it. The phrase
     * is already in the case's own events, where the DSL read it; it is kept here so that the redaction is applied
     * again to the same record.
     */
    @Revision("1")
    record SubjectAccessRedactionAddedEvent(
            UUID requestId, CaseId caseId, String schoolUrn, String phrase, String reason, ActedBy by, Instant at)
            implements SubjectAccessEvent {}

    /**
     * The disclosure was released: its sections, what was withheld and why (never the withheld text), and the SHA-256
     * of the PDF and of the JSON bundle exactly as the requester receives them.
     */
    @Revision("1")
    record SubjectAccessDisclosureReleasedEvent(
            UUID requestId,
            CaseId caseId,
            String schoolUrn,
            String childRef,
            String rationale,
            List<String> released,
            List<Redaction> redactions,
            String pdfSha256,
            String jsonSha256,
            ActedBy by,
            Instant at)
            implements SubjectAccessEvent {}
}
