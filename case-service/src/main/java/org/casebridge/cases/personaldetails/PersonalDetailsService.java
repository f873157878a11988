package org.casebridge.cases.personaldetails;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.cases.incident.api.ActedBy;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.ErasePersonalDetailsCommand;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and erasing a case's personal details, each decision recorded on the case. */
@Service
public class PersonalDetailsService {

    private final PersonalDetailsVault vault;
    private final CommandGateway commands;

    public PersonalDetailsService(PersonalDetailsVault vault, CommandGateway commands) {
        this.vault = vault;
        this.commands = commands;
    }

    /**
     * A child's details for the DSL of the case's school; 404 otherwise, or once the key is destroyed. The web layer
     * records each read in the platform's access log.
     */
    @Transactional(readOnly = true)
    public PersonalDetails read(CaseId caseId, ActedBy by, String childRef) {
        return vault.read(caseId, by.organisation(), childRef)
                .orElseThrow(() -> new NotFoundException("personal details for", caseId + "/" + childRef));
    }

    /** Records the erasure on the case and destroys the key in the same transaction. */
    @Transactional
    public void erase(CaseId caseId, ActedBy by, String reason) {
        if (!vault.belongsTo(caseId, by.organisation())) {
            throw new NotFoundException("case", caseId.toString());
        }
        commands.sendAndWait(new ErasePersonalDetailsCommand(caseId, by, reason));
        vault.shred(caseId);
    }
}
