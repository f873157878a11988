package org.casebridge.police.escalation.command;

/**
 * Keeps crime references unique within a force across escalations, inside the command's transaction (a
 * set-based rule no single aggregate can check alone).
 */
public interface CrimeReferenceRegistry {

    /**
     * Claims {@code crimeReference} within {@code forceCode} for {@code caseId}.
     *
     * @return true when it is now (or already was) this case's; false when another case holds it
     */
    boolean claim(String forceCode, String crimeReference, String caseId);
}
