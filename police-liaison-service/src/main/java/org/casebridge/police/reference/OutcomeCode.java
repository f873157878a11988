package org.casebridge.police.reference;

import java.util.Optional;

/**
 * The outcomes an officer may propose for a youth-produced imagery crime, with what each one needs. Home Office
 * codes from the outcome framework; CAUTION is the youth caution because the people involved are children.
 */
public enum OutcomeCode {

    /** Further investigation is not in the public interest (police decision), January 2016. */
    OUTCOME_21("21", Needs.RATIONALE, false, true),

    /** Diversionary, educational or intervention activity undertaken; no further action in the public interest. */
    OUTCOME_22("22", Needs.DIVERSIONARY_ACTIVITY, false, false),

    /** Charge or summons. */
    CHARGE("1", Needs.NOTHING_MORE, true, false),

    /** Youth caution: a child recorded as suspect. */
    CAUTION("2", Needs.NOTHING_MORE, true, false),

    /** Adult caution: the involved adult. */
    ADULT_CAUTION("3", Needs.NOTHING_MORE, true, false),

    /** Community resolution. */
    COMMUNITY_RESOLUTION("8", Needs.NOTHING_MORE, true, false),

    /** No further action; the Home Office code depends on the reason, so none is derived here. */
    NO_FURTHER_ACTION(null, Needs.RATIONALE, false, false);

    /** What a proposal of the outcome must carry besides the code. */
    public enum Needs {
        RATIONALE,
        DIVERSIONARY_ACTIVITY,
        NOTHING_MORE
    }

    private final String homeOfficeCode;
    private final Needs needs;
    private final boolean sanction;
    private final boolean refusedWithAggravatingFactors;

    OutcomeCode(String homeOfficeCode, Needs needs, boolean sanction, boolean refusedWithAggravatingFactors) {
        this.homeOfficeCode = homeOfficeCode;
        this.needs = needs;
        this.sanction = sanction;
        this.refusedWithAggravatingFactors = refusedWithAggravatingFactors;
    }

    public Optional<String> homeOfficeCode() {
        return Optional.ofNullable(homeOfficeCode);
    }

    public Needs needs() {
        return needs;
    }

    /** A sanction is taken against a suspect, so a child must be recorded as one. */
    public boolean isSanction() {
        return sanction;
    }

    /**
     * Outcome 21 applies only where there is no exploitation, grooming, coercion, profit motive, malice or
     * persistence: it is refused while one of those factors is recorded (see {@code AggravatingFactor.barsOutcome21}).
     */
    public boolean refusedWithAggravatingFactors() {
        return refusedWithAggravatingFactors;
    }
}
