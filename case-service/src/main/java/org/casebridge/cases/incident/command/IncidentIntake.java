package org.casebridge.cases.incident.command;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.cases.incident.api.ReportIncidentCommand;
import org.casebridge.cases.personaldetails.PersonalDetails;
import org.casebridge.cases.personaldetails.PersonalDetailsVault;
import org.casebridge.cases.retention.RetentionSchedule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in a report: the children's personal details go into the vault, encrypted under a new case key, and the
 * pseudonymous report goes to the aggregate, in one transaction, so a refused report leaves nothing behind. The
 * date to keep the details until (ADR 0053) is stored beside the key: the youngest child's year of birth + the
 * retention period, from the date of birth on file or else, never earlier, from the child's age when it came to light.
 */
@Service
public class IncidentIntake {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final PersonalDetailsVault vault;
    private final CommandGateway commands;
    private final CaseReferences references;
    private final RetentionSchedule retention;

    public IncidentIntake(
            PersonalDetailsVault vault,
            CommandGateway commands,
            CaseReferences references,
            RetentionSchedule retention) {
        this.vault = vault;
        this.commands = commands;
        this.references = references;
        this.retention = retention;
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
        int yearAgesWereTaken = command.cameToLightAt().atZone(UK).getYear();
        List<Integer> yearsOfBirth = command.children().stream()
                .map(child -> {
                    PersonalDetails details = personalDetails.get(child.ref());
                    return details != null && details.dateOfBirth() != null
                            ? details.dateOfBirth().getYear()
                            : RetentionSchedule.latestYearOfBirth(child.age(), yearAgesWereTaken);
                })
                .toList();
        vault.keepUntil(command.caseId(), retention.keepUntil(yearsOfBirth));
        return references
                .of(command.caseId())
                .orElseThrow(() -> new IllegalStateException("A report was stored without a reference"));
    }
}
