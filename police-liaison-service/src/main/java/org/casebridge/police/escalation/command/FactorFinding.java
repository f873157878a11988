package org.casebridge.police.escalation.command;

import org.casebridge.platform.sealing.Sealed;

/**
 * An aggravating factor the officer found, with their notes.
 *
 * @param factor the factor
 * @param notes  what established it; sealed under the case's key in the event store (ADR 0064)
 */
public record FactorFinding(
        AggravatingFactor factor, @Sealed String notes) {}
