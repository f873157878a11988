package org.casebridge.cases.incident.command;

import java.util.List;
import java.util.Map;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.platform.problem.DomainRuleViolation;

/**
 * The children's identities cannot be erased while the police or a strategy meeting may still need them, or while a
 * legal hold, the school's or the force's (ADR 0089), suspends disposal.
 */
public class ErasureBlockedException extends DomainRuleViolation {

    /** What blocks an erasure. */
    public enum Block {
        POLICE_REFERRAL,
        STRATEGY_MEETING,
        OPEN_ACTION,
        LEGAL_HOLD,
        /** The force holding the escalation placed it under a legal hold (ADR 0089). */
        FORCE_LEGAL_HOLD
    }

    private final List<Block> blockedBy;

    public ErasureBlockedException(CaseId caseId, List<Block> blockedBy) {
        super(
                409,
                "erasure-blocked",
                "The personal details of this case cannot be erased while " + describe(blockedBy) + ".");
        this.blockedBy = List.copyOf(blockedBy);
    }

    /** What blocks the erasure, at least one. */
    public List<Block> blockedBy() {
        return blockedBy;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("blockedBy", blockedBy.stream().map(Enum::name).toList());
    }

    private static String describe(List<Block> blocks) {
        return String.join(
                " and ",
                blocks.stream()
                        .map(block -> switch (block) {
                            case POLICE_REFERRAL -> "a police referral is open";
                            case STRATEGY_MEETING -> "a strategy meeting is live";
                            case OPEN_ACTION -> "a strategy-meeting action is open";
                            case LEGAL_HOLD -> "a legal hold is set";
                            case FORCE_LEGAL_HOLD -> "the police hold their record of it under a legal hold";
                        })
                        .toList());
    }
}
