package org.casebridge.police.escalation.command;

/**
 * An aggravating factor the officer found, with their notes.
 *
 * @param factor the factor
 * @param notes  what established it
 */
public record FactorFinding(AggravatingFactor factor, String notes) {}
