package org.casebridge.cases.sar.disclosure;

import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.command.DslOnlyException;
import org.casebridge.cases.incident.command.UnknownChildException;
import org.casebridge.cases.incident.query.CaseDetailView;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.incident.query.CaseViewQueries;
import org.casebridge.cases.personaldetails.PersonalDetailsVault;
import org.casebridge.cases.sar.api.SubjectAccessCommand.AddSubjectAccessRedactionCommand;
import org.casebridge.cases.sar.api.SubjectAccessCommand.ReleaseSubjectAccessDisclosureCommand;
import org.casebridge.cases.sar.api.SubjectAccessCommand.StartSubjectAccessRequestCommand;
import org.casebridge.cases.sar.command.SubjectAccessViolations.DisclosureErasedException;
import org.casebridge.cases.sar.command.SubjectAccessViolations.ShareRecordsUnavailableException;
import org.casebridge.cases.sar.command.SubjectAccessViolations.SubjectIdentitiesErasedException;
import org.casebridge.cases.sar.query.SubjectAccessQueries;
import org.casebridge.cases.sar.query.SubjectAccessQueries.RequestView;
import org.casebridge.platform.disclosure.DisclosureFile;
import org.casebridge.platform.disclosure.DisclosureFile.Format;
import org.casebridge.platform.disclosure.DisclosureFiles;
import org.casebridge.platform.disclosure.DisclosureRelease;
import org.casebridge.platform.disclosure.DisclosureViolations.DisclosureNotReleasedException;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subject access requests of a school's DSL (ADR 0057): start one for a child of a case, read the draft with what it
 * withholds, withhold more, release it, and download what was released. Only the school's DSL: anyone else is refused
 * 403 {@code dsl-only} before any record is looked up, and another school's request or case is 404.
 */
@Service
public class SubjectAccessRequests {

    private final CommandGateway commands;
    private final CaseViewQueries cases;
    private final SubjectAccessQueries requests;
    private final SubjectAccessBundles bundles;
    private final PersonalDetailsVault vault;

    public SubjectAccessRequests(
            CommandGateway commands,
            CaseViewQueries cases,
            SubjectAccessQueries requests,
            SubjectAccessBundles bundles,
            PersonalDetailsVault vault) {
        this.commands = commands;
        this.cases = cases;
        this.requests = requests;
        this.bundles = bundles;
        this.vault = vault;
    }

    /** Starts a request for one child of a case of the DSL's school and answers its id. */
    public UUID start(ActedBy by, UUID caseId, String childRef, String requester, String reason) {
        CaseScope scope = dsl(by);
        CaseDetailView detail = cases.detail(caseId, scope);
        if (detail.childrenInvolved().stream().noneMatch(child -> child.ref().equals(childRef))) {
            throw new UnknownChildException(new CaseId(caseId), childRef);
        }
        if (detail.personalDetailsErased()) {
            throw new SubjectIdentitiesErasedException(detail.reference());
        }
        UUID requestId = UUID.randomUUID();
        commands.sendAndWait(new StartSubjectAccessRequestCommand(
                requestId,
                by,
                new CaseId(caseId),
                detail.reference(),
                detail.schoolUrn(),
                childRef,
                requester,
                reason));
        return requestId;
    }

    /** The request as the school's DSL reads it; 404 for another school's. */
    public RequestView request(ActedBy by, UUID requestId) {
        return requests.request(requestId, dsl(by));
    }

    /** The draft: what would be released now, with every redaction listed. */
    public SubjectAccessBundle draft(ActedBy by, UUID requestId) {
        return bundles.build(request(by, requestId));
    }

    /** Withholds a phrase wherever the disclosure shows it; false when it was already withheld. */
    public boolean addRedaction(ActedBy by, UUID requestId, String phrase, String reason) {
        request(by, requestId);
        return send(requestId, new AddSubjectAccessRedactionCommand(requestId, by, phrase, reason));
    }

    /**
     * Releases the disclosure as it stands: builds the JSON bundle and the PDF, records their hashes on the disclosure
     * event and keeps both under the case key, in one transaction. A second release answers the first.
     */
    @Transactional
    public DisclosureRelease release(ActedBy by, UUID requestId, String rationale) {
        RequestView request = request(by, requestId);
        if (request.released()) {
            return new DisclosureRelease(request.releasedAt(), true, request.pdfSha256(), request.jsonSha256());
        }
        SubjectAccessBundle bundle = bundles.build(request);
        if (!bundle.shares().complete()) {
            throw new ShareRecordsUnavailableException();
        }
        DisclosureFiles files = DisclosureFiles.of(bundle, SubjectAccessDocument.of(bundle));
        DisclosureRelease release = send(
                requestId,
                new ReleaseSubjectAccessDisclosureCommand(
                        requestId,
                        by,
                        rationale,
                        SubjectAccessDocument.SECTIONS,
                        bundle.redactions(),
                        files.pdfSha256(),
                        files.jsonSha256()));
        if (!release.alreadyReleased()) {
            CaseId caseId = CaseId.of(request.caseId());
            vault.storeDocument(caseId, requestId, Format.PDF.extension, files.content(Format.PDF));
            vault.storeDocument(caseId, requestId, Format.JSON.extension, files.content(Format.JSON));
        }
        return release;
    }

    /** A released file, exactly as released. */
    public DisclosureFile download(ActedBy by, UUID requestId, Format format) {
        RequestView request = request(by, requestId);
        // The files are stored in the release's own transaction, so they answer even before the read model shows the
        // release; without them, they were never released or were erased with the case's key, which the vault knows
        // whether or not the read model has caught up with the release.
        CaseId caseId = CaseId.of(request.caseId());
        byte[] content = vault.readDocument(caseId, requestId, format.extension)
                .orElseThrow(() -> request.released() || !vault.hasKey(caseId)
                        ? new DisclosureErasedException()
                        : new DisclosureNotReleasedException());
        return DisclosureFile.of(
                "subject-access-" + request.caseReference() + "-" + request.childRef(), format, content);
    }

    /** 403 {@code dsl-only} for anyone but a school's DSL, before any record is read. */
    public void requireDsl(ActedBy by) {
        dsl(by);
    }

    private static CaseScope dsl(ActedBy by) {
        if (!CaseActors.actsAsSchoolDsl(by)) {
            throw new DslOnlyException(by.role());
        }
        return new CaseScope.OneSchool(by.organisation());
    }

    private <R> R send(UUID requestId, Object command) {
        try {
            return commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new NotFoundException("subject access request", requestId.toString());
        }
    }
}
