package org.casebridge.cases.incident.command;

import java.util.List;
import org.casebridge.cases.incident.api.CaseId;

/**
 * The strategy-meeting actions a school owns on a case that its DSL has neither marked done nor seen the police
 * complete. They live in their own aggregates ({@code agency.command.SchoolStrategyAction}), so the case reads them
 * through this port when it closes, as the police's device and meeting rules read the escalation (ADR 0021).
 */
public interface SchoolActionsOpen {

    /** The ids of the school's open actions on the case, oldest first; empty when none is open. */
    List<String> of(CaseId caseId, String schoolUrn);
}
