package org.casebridge.police.sar.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.disclosure.DisclosureFile;
import org.casebridge.platform.disclosure.DisclosureFile.Format;
import org.casebridge.platform.disclosure.DisclosureFiles;
import org.casebridge.platform.disclosure.DisclosureRelease;
import org.casebridge.platform.disclosure.DisclosureViolations.DisclosureNotReleasedException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.UnknownChildException;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.escalation.query.EscalationViews.EscalationDetailView;
import org.casebridge.police.escalation.review.PersonalDetailsErasure;
import org.casebridge.police.sar.command.SubjectAccessCommand.AddSubjectAccessRedactionCommand;
import org.casebridge.police.sar.command.SubjectAccessCommand.ReleaseSubjectAccessDisclosureCommand;
import org.casebridge.police.sar.command.SubjectAccessCommand.StartSubjectAccessRequestCommand;
import org.casebridge.police.sar.command.SubjectAccessViolations.SubjectAccessSupervisorRequiredException;
import org.casebridge.police.sar.command.SubjectAccessViolations.SubjectIdentitiesErasedException;
import org.casebridge.police.sar.query.SubjectAccessQueries;
import org.casebridge.police.sar.query.SubjectAccessQueries.RequestView;
import org.casebridge.police.shared.PoliceRoles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A force's subject access requests (ADR 0066): a supervisor of the escalation's force starts one for a child of the
 * escalation, reads the draft with what it withholds, withholds more, releases it once, and downloads what was
 * released. Anyone but a supervisor is refused 403 before any record is looked up; another force's escalation, or a
 * request of another escalation, is 404.
 */
@Service
public class SubjectAccessRequests {

    private final CommandGateway commands;
    private final EscalationQueries escalations;
    private final SubjectAccessQueries requests;
    private final SubjectAccessBundles bundles;
    private final JdbcTemplate jdbc;
    private final PersonalDetailsErasure erasure;
    private final Clock clock;

    public SubjectAccessRequests(
            CommandGateway commands,
            EscalationQueries escalations,
            SubjectAccessQueries requests,
            SubjectAccessBundles bundles,
            JdbcTemplate jdbc,
            PersonalDetailsErasure erasure,
            Clock clock) {
        this.erasure = erasure;
        this.commands = commands;
        this.escalations = escalations;
        this.requests = requests;
        this.bundles = bundles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Starts a request for one child of an escalation of the supervisor's force and answers its id. */
    public String start(Actor actor, String caseId, String childRef, String requester, String reason) {
        String force = force(actor, caseId);
        EscalationDetailView escalation = escalations.detail(caseId, actor);
        if (personalDataErased(caseId)) {
            throw new SubjectIdentitiesErasedException(escalation.caseReference());
        }
        if (escalation.children().stream().noneMatch(child -> child.ref().equals(childRef))) {
            throw new UnknownChildException(childRef);
        }
        String requestId = UUID.randomUUID().toString();
        commands.sendAndWait(new StartSubjectAccessRequestCommand(
                requestId, actor.actedBy(), caseId, escalation.caseReference(), force, childRef, requester, reason));
        return requestId;
    }

    /**
     * Whether the escalation's personal data was erased on its review (ADR 0064): its key is destroyed, for good. No
     * request can be started then (ADR 0069); the requests made before stay listed.
     */
    public boolean personalDataErased(String caseId) {
        return erasure.erased(caseId);
    }

    /** The escalation's requests made by the supervisor's force, newest first. */
    public List<RequestView> ofCase(Actor actor, String caseId) {
        return requests.ofCase(caseId, force(actor, caseId));
    }

    /** A request of the escalation; 404 for one of another escalation or force. */
    public RequestView request(Actor actor, String caseId, String requestId) {
        return requests.request(caseId, force(actor, caseId), requestId);
    }

    /** The draft: what would be released now, with every redaction listed. */
    public SubjectAccessBundle draft(Actor actor, String caseId, String requestId) {
        return bundles.build(request(actor, caseId, requestId), actor);
    }

    /** Withholds a phrase wherever the disclosure shows it; false when it was already withheld. */
    public boolean addRedaction(Actor actor, String caseId, String requestId, String phrase, String reason) {
        request(actor, caseId, requestId);
        return commands.sendAndWait(new AddSubjectAccessRedactionCommand(requestId, actor.actedBy(), phrase, reason));
    }

    /**
     * Releases the disclosure as it stands: builds the JSON bundle and the PDF, records their hashes on the disclosure
     * event and keeps both files, in one transaction. A second release answers the first, with {@code alreadyReleased},
     * and records and stores nothing (ADR 0090).
     */
    @Transactional
    public DisclosureRelease release(Actor actor, String caseId, String requestId, String rationale) {
        RequestView request = request(actor, caseId, requestId);
        if (request.released()) {
            return new DisclosureRelease(request.releasedAt(), true, request.pdfSha256(), request.jsonSha256());
        }
        SubjectAccessBundle bundle = bundles.build(request, actor);
        DisclosureFiles files = DisclosureFiles.of(bundle, SubjectAccessDocument.of(bundle));
        DisclosureRelease release = commands.sendAndWait(new ReleaseSubjectAccessDisclosureCommand(
                requestId,
                actor.actedBy(),
                rationale,
                SubjectAccessDocument.SECTIONS,
                bundle.redactions(),
                files.pdfSha256(),
                files.jsonSha256()));
        if (!release.alreadyReleased()) {
            store(requestId, Format.PDF, files.content(Format.PDF));
            store(requestId, Format.JSON, files.content(Format.JSON));
        }
        return release;
    }

    /** A released file, exactly as released; 409 before the release. */
    public DisclosureFile download(Actor actor, String caseId, String requestId, Format format) {
        RequestView request = request(actor, caseId, requestId);
        // The files are stored in the release's own transaction, so they answer even before the read model shows it.
        byte[] content = jdbc
                .query(
                        "SELECT content FROM police_disclosure_file WHERE request_id = ? AND kind = ?",
                        (rs, row) -> rs.getBytes("content"),
                        requestId,
                        format.extension)
                .stream()
                .findFirst()
                .orElseThrow(DisclosureNotReleasedException::new);
        String name = request.caseReference() == null ? caseId.substring(0, 8) : request.caseReference();
        return DisclosureFile.of("subject-access-" + name + "-" + request.childRef(), format, content);
    }

    /**
     * The force of the escalation for a supervisor of it: 403 for anyone but a supervisor, before any record is read;
     * 404 for an escalation of another force, as for one that does not exist.
     */
    public String force(Actor actor, String caseId) {
        if (!PoliceRoles.isSupervisor(actor.actedBy())) {
            throw new SubjectAccessSupervisorRequiredException();
        }
        return escalations.actingForce(caseId, actor);
    }

    private void store(String requestId, Format format, byte[] content) {
        jdbc.update(
                "INSERT INTO police_disclosure_file (request_id, kind, content, stored_at) VALUES (?, ?, ?, ?)",
                requestId,
                format.extension,
                content,
                Timestamp.from(clock.instant()));
    }
}
