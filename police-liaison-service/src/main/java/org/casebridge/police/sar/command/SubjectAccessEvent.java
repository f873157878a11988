package org.casebridge.police.sar.command;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.disclosure.Redaction;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;
import org.casebridge.police.shared.PoliceCaseEvent;

/**
 * Everything decided about a force's subject access request; each names the request, the escalation and the force,
 * who acted and when. None is published on Kafka. Their free text (who asked and why, the words withheld and why, the
 * release's rationale) is {@code @Sealed} under the escalation's key (ADR 0064), so the MoPI review's erasure erases it
 * too; revision 1 stored it in clear and still reads.
 */
public sealed interface SubjectAccessEvent extends PoliceCaseEvent {

    String requestId();

    ActedBy by();

    /** A supervisor started a request for one child, on behalf of {@code requester}, for {@code reason}. */
    @Revision("2")
    record SubjectAccessRequestStartedEvent(
            String requestId,
            String caseId,
            String caseReference,
            String forceCode,
            String childRef,
            @Sealed String requester,
            @Sealed String reason,
            ActedBy by,
            Instant at)
            implements SubjectAccessEvent {}

    /**
     * The supervisor withholds {@code phrase} (free text naming a third party) wherever the disclosure shows it. The
     * phrase is already in the force's own records, where the supervisor read it; it is kept here so that the
     * redaction is applied again to the same record.
     */
    @Revision("2")
    record SubjectAccessRedactionAddedEvent(
            String requestId,
            String caseId,
            String forceCode,
            @Sealed String phrase,
            @Sealed String reason,
            ActedBy by,
            Instant at)
            implements SubjectAccessEvent {}

    /**
     * The disclosure was released: who, when, the force and why; its sections, what was withheld and why (never the
     * withheld text), and the SHA-256 of the PDF and of the JSON bundle exactly as the requester receives them.
     */
    @Revision("2")
    record SubjectAccessDisclosureReleasedEvent(
            String requestId,
            String caseId,
            String forceCode,
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
