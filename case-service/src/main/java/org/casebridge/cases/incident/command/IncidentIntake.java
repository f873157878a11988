package org.casebridge.cases.incident.command;

import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.cases.incident.api.ReportIncidentCommand;
import org.casebridge.cases.personaldetails.PersonalDetails;
import org.casebridge.cases.personaldetails.PersonalDetailsVault;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in a report: the children's personal details go into the vault, encrypted under a new case key, and the
 * pseudonymous report goes to the aggregate, in one transaction, so a refused report leaves nothing behind.
 */
@Service
public class IncidentIntake {

    private final PersonalDetailsVault vault;
    private final CommandGateway commands;
    private final CaseReferences references;

    public IncidentIntake(PersonalDetailsVault vault, CommandGateway commands, CaseReferences references) {
        this.vault = vault;
        this.commands = commands;
        this.references = references;
    }

    /**
     * @param personalDetails by child ref; children without details on file are left out
     * @return the case's reference, allocated as the report was stored
     */
    @Transactional
    public String report(ReportIncidentCommand command, Map<String, PersonalDetails> personalDetails) {
        vault.createKey(command.caseId(), command.by().organisation());
        personalDetails.forEach((childRef, details) -> vault.store(command.caseId(), childRef, details));
        commands.sendAndWait(command);
        return references
                .of(command.caseId())
                .orElseThrow(() -> new IllegalStateException("A report was stored without a reference"));
    }
}
