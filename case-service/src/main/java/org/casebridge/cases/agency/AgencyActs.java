package org.casebridge.cases.agency;

import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.cases.agency.command.SchoolStrategyActionCommand;
import org.casebridge.cases.agency.command.SchoolStrategyActionCommand.MarkActionDoneCommand;
import org.casebridge.cases.agency.query.AgencyActsQueries;
import org.casebridge.cases.agency.query.AgencyActsView;
import org.casebridge.cases.incident.command.DslOnlyException;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.incident.query.CaseViewQueries;
import org.casebridge.platform.actor.Actor;
import org.springframework.stereotype.Service;

/**
 * What the API and the portal both call for other agencies' acts in a case: the read, within the reader's case scope
 * (a case outside it answers 404 as one that does not exist), and the DSL marking one of the school's strategy actions
 * done (the aggregate checks the school owns it).
 */
@Service
public class AgencyActs {

    private final CaseViewQueries queries;
    private final CommandGateway commands;
    private final AgencyActsQueries acts;

    public AgencyActs(CaseViewQueries queries, CommandGateway commands, AgencyActsQueries acts) {
        this.queries = queries;
        this.commands = commands;
        this.acts = acts;
    }

    public AgencyActsView of(Actor actor, UUID caseId) {
        requireVisible(actor, caseId);
        return acts.of(caseId);
    }

    /** Whether the action was already done or completed: a second click changes nothing (ADR 0090). */
    public boolean markActionDone(Actor actor, UUID caseId, String actionId) {
        if (actor.role() != Actor.Role.SCHOOL_DSL) {
            throw new DslOnlyException(actor.role().name());
        }
        requireVisible(actor, caseId);
        return Boolean.TRUE.equals(commands.sendAndWait(new MarkActionDoneCommand(
                SchoolStrategyActionCommand.key(caseId.toString(), actionId), actor.actedBy())));
    }

    private void requireVisible(Actor actor, UUID caseId) {
        queries.detail(caseId, CaseScope.of(actor));
    }
}
