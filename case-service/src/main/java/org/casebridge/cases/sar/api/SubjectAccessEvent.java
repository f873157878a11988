package org.casebridge.cases.sar.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.CaseScopedEvent;
import org.casebridge.platform.disclosure.Redaction;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/**
 * Everything decided about a subject access request; each names the request, its case and the school. Their free text
 * (who asked and why, the words withheld and why, the release's rationale, each redaction's reason) is {@code @Sealed}
 * under the case's key (ADR 0058), so the case's erasure erases it too; revision 1 stored it in clear and still reads.
 */
public sealed interface SubjectAccessEvent extends CaseScopedEvent {

    UUID requestId();

    /** A DSL started a request for one child, on behalf of {@code requester}, for {@code reason}. */
    @Revision("2")
    record SubjectAccessRequestStartedEvent(
            UUID requestId,
            CaseId caseId,
            String caseReference,
            String schoolUrn,
            String childRef,
            @Sealed String requester,
            @Sealed String reason,
            ActedBy by,
            Instant at)
            implements SubjectAccessEvent {}

    /**
     * The DSL withholds {@code phrase} (free text naming a third party) wherever the disclosure shows it. The phrase
     * is already in the case's own events, where the DSL read it; it is kept here so that the redaction is applied
     * again to the same record.
     */
    @Revision("2")
    record SubjectAccessRedactionAddedEvent(
            UUID requestId,
            CaseId caseId,
            String schoolUrn,
            @Sealed String phrase,
            @Sealed String reason,
            ActedBy by,
            Instant at)
            implements SubjectAccessEvent {}

    /**
     * The disclosure was released: its sections, what was withheld and why (never the withheld text), and the SHA-256
     * of the PDF and of the JSON bundle exactly as the requester receives them.
     */
    @Revision("2")
    record SubjectAccessDisclosureReleasedEvent(
            UUID requestId,
            CaseId caseId,
            String schoolUrn,
            String childRef,
            @Sealed String rationale,
            List<String> released,
            List<Redaction> redactions,
            String pdfSha256,
            String jsonSha256,
            ActedBy by,
            Instant at)
            implements SubjectAccessEvent {}
}
