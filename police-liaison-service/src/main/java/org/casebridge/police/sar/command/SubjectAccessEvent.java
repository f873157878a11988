package org.casebridge.police.sar.command;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.disclosure.Redaction;
import org.casebridge.platform.domain.ActedBy;

/**
 * Everything decided about a force's subject access request; each names the request, the escalation and the force,
 * who acted and when. None is published on Kafka.
 */
public sealed interface SubjectAccessEvent {

    String requestId();

    String caseId();

    String forceCode();

    ActedBy by();

    Instant at();

    /** A supervisor started a request for one child, on behalf of {@code requester}, for {@code reason}. */
    @Revision("1")
    record SubjectAccessRequestStartedEvent(
            String requestId,
            String caseId,
            String caseReference,
            String forceCode,
            String childRef,
            String requester,
            String reason,
            ActedBy by,
            Instant at)
            implements SubjectAccessEvent {}

    /**
     * The supervisor withholds {@code phrase} (free text naming a third party) wherever the disclosure shows it. The
     * phrase is already in the force's own records, where the supervisor read it; it is kept here so that the
     * redaction is applied again to the same record.
     */
    @Revision("1")
    record SubjectAccessRedactionAddedEvent(
            String requestId, String caseId, String forceCode, String phrase, String reason, ActedBy by, Instant at)
            implements SubjectAccessEvent {}

    /**
     * The disclosure was released: who, when, the force and why; its sections, what was withheld and why (never the
     * withheld text), and the SHA-256 of the PDF and of the JSON bundle exactly as the requester receives them.
     */
    @Revision("1")
    record SubjectAccessDisclosureReleasedEvent(
            String requestId,
            String caseId,
            String forceCode,
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
