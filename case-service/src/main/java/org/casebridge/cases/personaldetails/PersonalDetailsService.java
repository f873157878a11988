package org.casebridge.cases.personaldetails;

import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.ErasePersonalDetailsCommand;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.portal.PortalDrafts;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and erasing a case's personal details, each decision recorded on the case. */
@Service
public class PersonalDetailsService {

    private final PersonalDetailsVault vault;
    private final CommandGateway commands;
    private final ObjectProvider<PortalDrafts> drafts;

    public PersonalDetailsService(
            PersonalDetailsVault vault, CommandGateway commands, ObjectProvider<PortalDrafts> drafts) {
        this.vault = vault;
        this.commands = commands;
        this.drafts = drafts;
    }

    /**
     * A child's details for a reader whose scope includes the case (the DSL of its school, an auditor); 404
     * otherwise, or once the key is destroyed. The web layer records each read in the platform's access log.
     */
    @Transactional(readOnly = true)
    public PersonalDetails read(CaseId caseId, CaseScope scope, String childRef) {
        return find(caseId, scope, childRef)
                .orElseThrow(() -> new NotFoundException("personal details for", caseId + "/" + childRef));
    }

    /** A child's details, as {@link #read}; empty where none are on file, erased, or outside the scope. */
    @Transactional(readOnly = true)
    public Optional<PersonalDetails> find(CaseId caseId, CaseScope scope, String childRef) {
        return vault.read(caseId, scope, childRef);
    }

    /**
     * Records the erasure on the case, destroys the key and deletes every user's portal drafts of forms about the
     * case (which may hold what was typed about the children) in the same transaction.
     */
    @Transactional
    public void erase(CaseId caseId, ActedBy by, String reason) {
        if (vault.schoolOf(caseId).filter(by.organisation()::equals).isEmpty()) {
            throw new NotFoundException("case", caseId.toString());
        }
        commands.sendAndWait(new ErasePersonalDetailsCommand(caseId, by, reason));
        vault.shred(caseId);
        drafts.ifAvailable(portalDrafts -> portalDrafts.discardCase(caseId.value()));
    }
}
