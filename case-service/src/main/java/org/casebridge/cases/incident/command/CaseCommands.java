package org.casebridge.cases.incident.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Sends a command to a case and waits for the answer: the one way the API and the portal change a case. A command for
 * a case that does not exist is refused word for word as one for another school's case (which the aggregate refuses
 * with {@link NotFoundException}), so nobody can tell the two apart.
 */
@Service
public class CaseCommands {

    private final CommandGateway commands;

    public CaseCommands(CommandGateway commands) {
        this.commands = commands;
    }

    public void send(Object command) {
        answer(command);
    }

    /** Whether the command found its decision already recorded: a second click changes nothing (ADR 0090). */
    public boolean alreadyDone(Object command) {
        return Boolean.TRUE.equals(answer(command));
    }

    private Object answer(Object command) {
        try {
            return commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new NotFoundException("case", String.valueOf(e.getAggregateIdentifier()));
        }
    }
}
