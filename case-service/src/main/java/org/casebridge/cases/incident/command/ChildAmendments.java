package org.casebridge.cases.incident.command;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.casebridge.cases.incident.api.AddChildCommand;
import org.casebridge.cases.personaldetails.PersonalDetails;
import org.casebridge.cases.personaldetails.PersonalDetailsVault;
import org.casebridge.cases.retention.RetentionSchedule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a child found after the report: the pseudonymous child goes to the aggregate and their personal details into
 * the vault under the case key, like the children of the report, in one transaction, so a refused addition stores
 * nothing. Once the case key is destroyed no identity can be added. A child younger than the others lengthens the
 * case's retention (ADR 0053): from the date of birth on file, or else from the age given, taken as this year's.
 */
@Service
public class ChildAmendments {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final PersonalDetailsVault vault;
    private final CaseCommands commands;
    private final RetentionSchedule retention;
    private final Clock clock;

    public ChildAmendments(
            PersonalDetailsVault vault, CaseCommands commands, RetentionSchedule retention, Clock clock) {
        this.vault = vault;
        this.commands = commands;
        this.retention = retention;
        this.clock = clock;
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
        int yearOfBirth = personalDetails != null && personalDetails.dateOfBirth() != null
                ? personalDetails.dateOfBirth().getYear()
                : RetentionSchedule.latestYearOfBirth(
                        command.child().age(), clock.instant().atZone(UK).getYear());
        vault.keepUntil(command.caseId(), retention.keepUntil(List.of(yearOfBirth)));
    }
}
