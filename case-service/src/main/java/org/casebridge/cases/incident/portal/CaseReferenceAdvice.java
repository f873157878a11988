package org.casebridge.cases.incident.portal;

import java.util.UUID;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.incident.query.CaseViewQueries;
import org.casebridge.platform.actor.Actor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Puts the case's reference ({@code CPA-2026-0042}, ADR 0048) in the model of every case page as {@code
 * caseReference}, so each page names the case as people do, never by its id. Read within the user's scope: a case
 * that is not theirs has none, and the page answers for it as before.
 */
@ControllerAdvice(basePackages = {"org.casebridge.cases.incident.portal", "org.casebridge.cases.agency.portal"})
class CaseReferenceAdvice {

    private final CaseViewQueries queries;

    CaseReferenceAdvice(CaseViewQueries queries) {
        this.queries = queries;
    }

    @ModelAttribute("caseReference")
    String caseReference(@PathVariable(name = "caseId", required = false) String caseId, Actor actor) {
        if (caseId == null) {
            return null;
        }
        try {
            return queries.reference(UUID.fromString(caseId), CaseScope.of(actor))
                    .orElse(null);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
