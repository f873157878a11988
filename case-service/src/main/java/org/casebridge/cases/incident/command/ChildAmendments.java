package org.casebridge.cases.incident.command;

import org.casebridge.cases.incident.api.AddChildCommand;
import org.casebridge.cases.personaldetails.PersonalDetails;
import org.casebridge.cases.personaldetails.PersonalDetailsVault;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a child found after the report: the pseudonymous child goes to the aggregate and their personal details into
 * the vault under the case key, like the children of the report, in one transaction, so a refused addition stores
 * nothing. Once the case key is destroyed no identity can be added.
 */
@Service
public class ChildAmendments {

    private final PersonalDetailsVault vault;
    private final CaseCommands commands;

    public ChildAmendments(PersonalDetailsVault vault, CaseCommands commands) {
        this.vault = vault;
        this.commands = commands;
    }

    /** @param personalDetails the child's identity, or null when none is on file */
    @Transactional
    public void add(AddChildCommand command, PersonalDetails personalDetails) {
        commands.send(command);
        if (personalDetails != null) {
            if (!vault.hasKey(command.caseId())) {
                throw new PersonalDetailsAlreadyErasedException(command.caseId());
            }
            vault.store(command.caseId(), command.child().ref(), personalDetails);
        }
    }
}
