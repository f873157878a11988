package org.casebridge.cases.transfer.handover;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.ChildFlag;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.cases.incident.api.ChildRole;
import org.casebridge.cases.incident.api.RecordChildRecordReceiptCommand;
import org.casebridge.cases.incident.api.StartChildRecordTransferCommand;
import org.casebridge.cases.incident.command.CaseCommands;
import org.casebridge.cases.incident.command.SchoolDays;
import org.casebridge.cases.incident.query.CaseDetailView;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.incident.query.CaseViewQueries;
import org.casebridge.cases.incident.query.TimelineEntryView;
import org.casebridge.cases.personaldetails.PersonalDetails;
import org.casebridge.cases.personaldetails.PersonalDetailsVault;
import org.casebridge.cases.retention.RetentionSchedule;
import org.casebridge.cases.transfer.api.ChildRecordReceipt;
import org.casebridge.cases.transfer.api.ConfirmChildRecordReceiptCommand;
import org.casebridge.cases.transfer.api.EraseReceivedChildRecordCommand;
import org.casebridge.cases.transfer.api.ReceiveChildRecordCommand;
import org.casebridge.cases.transfer.api.TransferredRecordContent;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.portal.PortalDrafts;
import org.casebridge.platform.portal.ReadSide;
import org.casebridge.platform.problem.NotFoundException;
import org.casebridge.platform.reference.WorkingDays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves one child's record from the case of the school the child left to the school the child moved to, in one
 * transaction (ADR 0054): the sending case records the transfer (its rules refuse what must be refused), the child's
 * identity is decrypted from the case's key and encrypted again under a new key of the receiving record, and the
 * receiving school's record is opened with the content of the case as its read model shows it. A refusal anywhere
 * leaves nothing behind.
 */
@Service
public class ChildRecordTransfers {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CaseCommands cases;
    private final CommandGateway commands;
    private final CaseViewQueries queries;
    private final PersonalDetailsVault vault;
    private final RetentionSchedule retention;
    private final ObjectProvider<PortalDrafts> drafts;
    private final Clock clock;
    private final WorkingDays workingDays;

    public ChildRecordTransfers(
            CaseCommands cases,
            CommandGateway commands,
            CaseViewQueries queries,
            PersonalDetailsVault vault,
            RetentionSchedule retention,
            ObjectProvider<PortalDrafts> drafts,
            Clock clock,
            WorkingDays workingDays) {
        this.clock = clock;
        this.workingDays = workingDays;
        this.drafts = drafts;
        this.retention = retention;
        this.cases = cases;
        this.commands = commands;
        this.queries = queries;
        this.vault = vault;
    }

    /**
     * Erases a received child's record whose retention ended (ADR 0069): records the erasure on the record, destroys
     * its key (the child's identity and every sealed word of the record go with it) and deletes any portal draft about
     * it, in one transaction, as a case's erasure does. Only the retention job of the receiving school may.
     */
    @Transactional
    public void eraseReceived(UUID transferId, ActedBy by, String rationale) {
        commands.sendAndWait(new EraseReceivedChildRecordCommand(transferId, by, rationale));
        vault.shred(new CaseId(transferId));
        drafts.ifAvailable(portalDrafts -> portalDrafts.discardCase(transferId));
    }

    /** Starts the transfer and answers with its id. */
    @Transactional
    public UUID start(
            CaseId caseId, ActedBy by, String childRef, String toSchoolUrn, LocalDate childStartedOn, String reason) {
        UUID transferId = UUID.randomUUID();
        cases.send(new StartChildRecordTransferCommand(
                caseId, by, transferId, childRef, toSchoolUrn, childStartedOn, reason));
        CaseScope sender = new CaseScope.OneSchool(by.organisation());
        CaseDetailView detail = readable(caseId, sender, childRef);
        CaseId record = new CaseId(transferId);
        vault.createKey(record, toSchoolUrn);
        Optional<PersonalDetails> identity = vault.read(caseId, sender, childRef);
        identity.ifPresent(details -> vault.store(record, childRef, details));
        vault.keepUntil(record, retention.keepUntil(List.of(yearOfBirth(detail, childRef, identity))));
        LocalDate startedOn = childStartedOn == null ? SchoolDays.today(clock.instant()) : childStartedOn;
        commands.sendAndWait(new ReceiveChildRecordCommand(
                transferId,
                toSchoolUrn,
                by.organisation(),
                caseId,
                detail.reference(),
                by,
                startedOn,
                SchoolDays.receiptDue(workingDays, startedOn),
                reason,
                content(
                        detail,
                        childRef,
                        queries.timeline(caseId.value(), sender).entries())));
        return transferId;
    }

    /**
     * The receiving school's DSL confirms receipt: on its own record, and (the first time) on the sending case, which
     * cancels the sender's reminder. 404 for anyone but the receiving school's DSL.
     */
    @Transactional
    public ChildRecordReceipt confirmReceipt(UUID transferId, ActedBy by) {
        ChildRecordReceipt receipt;
        try {
            receipt = commands.sendAndWait(new ConfirmChildRecordReceiptCommand(transferId, by));
        } catch (AggregateNotFoundException e) {
            throw new NotFoundException("transfer", transferId.toString());
        }
        if (!receipt.alreadyConfirmed()) {
            cases.send(new RecordChildRecordReceiptCommand(receipt.fromCaseId(), by, transferId));
        }
        return receipt;
    }

    /**
     * The case as its read model shows it. The sending case has just accepted the transfer, so the case exists and is
     * this school's; a case reported a moment ago may not be in the read model yet, so wait for it briefly rather
     * than answer that it does not exist.
     */
    private CaseDetailView readable(CaseId caseId, CaseScope scope, String childRef) {
        AtomicReference<CaseDetailView> seen = new AtomicReference<>();
        boolean visible = ReadSide.awaitVisible(() -> queries.find(caseId.value(), scope)
                .map(detail -> {
                    seen.set(detail);
                    return true;
                })
                .orElse(false));
        if (!visible) {
            throw new CaseNotYetReadableException(childRef);
        }
        return seen.get();
    }

    /**
     * The child's year of birth for the receiving record's own retention (ADR 0058): from the date of birth on file,
     * else the latest year the age recorded on the case allows in the year the incident came to light, as the case's
     * own dating does (ADR 0053), so the record is never erased early.
     */
    private static int yearOfBirth(CaseDetailView detail, String childRef, Optional<PersonalDetails> identity) {
        if (identity.isPresent() && identity.get().dateOfBirth() != null) {
            return identity.get().dateOfBirth().getYear();
        }
        int age = detail.childrenInvolved().stream()
                .filter(c -> c.ref().equals(childRef))
                .findFirst()
                .orElseThrow(() -> new CaseNotYetReadableException(childRef))
                .age();
        return RetentionSchedule.latestYearOfBirth(
                age, detail.cameToLightAt().atZone(UK).getYear());
    }

    private static TransferredRecordContent content(
            CaseDetailView detail, String childRef, List<TimelineEntryView> timeline) {
        CaseDetailView.Child child = detail.childrenInvolved().stream()
                .filter(c -> c.ref().equals(childRef))
                .findFirst()
                .orElseThrow(() -> new CaseNotYetReadableException(childRef));
        return new TransferredRecordContent(
                new ChildInvolved(
                        child.ref(),
                        child.age(),
                        child.yearGroup(),
                        child.roles().stream().map(ChildRole::valueOf).collect(Collectors.toSet()),
                        child.flags().stream().map(ChildFlag::valueOf).collect(Collectors.toSet())),
                detail.childrenInvolved().stream()
                        .map(CaseDetailView.Child::ref)
                        .filter(ref -> !ref.equals(childRef))
                        .toList(),
                detail.howCameToLight(),
                detail.cameToLightAt(),
                detail.imagery(),
                detail.platforms(),
                detail.spread(),
                detail.mayHaveReachedInternet(),
                detail.onSchoolDeviceOrNetwork(),
                detail.summary().status(),
                detail.summary().reportedAt(),
                detail.initialReviewAt(),
                detail.summary().criteriaMet(),
                detail.summary().referredTo(),
                detail.policeOutcomeWords(),
                detail.summary().closedAt(),
                timeline.stream()
                        .map(entry -> new TransferredRecordContent.Entry(
                                entry.at(),
                                entry.type(),
                                entry.actorId(),
                                entry.actorRole(),
                                entry.actorOrganisation(),
                                entry.what(),
                                entry.why()))
                        .toList());
    }
}
