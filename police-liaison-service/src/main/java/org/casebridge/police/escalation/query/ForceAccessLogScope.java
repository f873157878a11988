package org.casebridge.police.escalation.query;

import org.casebridge.platform.access.AccessLogScope;
import org.casebridge.platform.actor.Actor;
import org.springframework.stereotype.Component;

/**
 * Who reads the police service's access log: the platform's auditors every case's; an auditor of a force only that of
 * its own force's escalations, as it reads only those (ADR 0089); officers and supervisors none.
 */
@Component
class ForceAccessLogScope implements AccessLogScope {

    private final EscalationQueries escalations;

    ForceAccessLogScope(EscalationQueries escalations) {
        this.escalations = escalations;
    }

    @Override
    public boolean mayReadAccessTo(Actor reader, String caseId) {
        return reader.role() == Actor.Role.AUDITOR && escalations.mayRead(caseId, reader);
    }

    @Override
    public boolean auditorReadsEveryCase(Actor auditor) {
        return escalations.readsEveryForce(auditor);
    }
}
