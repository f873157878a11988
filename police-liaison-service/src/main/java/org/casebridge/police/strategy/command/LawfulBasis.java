package org.casebridge.police.strategy.command;

import org.casebridge.events.lawful.Article6Basis;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.events.lawful.Schedule8Condition;

/**
 * The lawful basis recorded with every piece of information shared at a strategy meeting. Each choice names its
 * Article 6 basis and its condition for special category data from DPA 2018 Schedule 1 (or, for the police's law
 * enforcement processing under Part 3, Schedule 8), never free text (ADR 0024). Stored by name, so a stored share
 * reads with today's citation.
 */
public enum LawfulBasis {

    /** UK GDPR Art 6(1)(e) public task with Art 9(2)(g) and DPA 2018 Sch 1 para 18 (safeguarding). */
    PUBLIC_TASK_SAFEGUARDING(org.casebridge.events.lawful.LawfulBasis.ukGdpr(
            Article6Basis.PUBLIC_TASK, Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK)),

    /** Processing by the police for a law enforcement purpose: DPA 2018 Part 3, sensitive processing on Sch 8 para 4. */
    LAW_ENFORCEMENT(org.casebridge.events.lawful.LawfulBasis.lawEnforcement(
            Schedule8Condition.PARA_4_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK)),

    /**
     * A statutory duty, for example enquiries under Children Act 1989 s.47: UK GDPR Art 6(1)(c), with Art 9(2)(g) and
     * DPA 2018 Sch 1 para 6 (a function conferred by an enactment).
     */
    LEGAL_OBLIGATION(org.casebridge.events.lawful.LawfulBasis.ukGdpr(
            Article6Basis.LEGAL_OBLIGATION, Schedule1Condition.PARA_6_STATUTORY_AND_GOVERNMENT_PURPOSES)),

    /**
     * To protect someone's life: UK GDPR Art 6(1)(d), with DPA 2018 Sch 1 para 18, which covers a child at risk of harm
     * whether or not they could consent (Art 9(2)(c) alone would not).
     */
    VITAL_INTERESTS(org.casebridge.events.lawful.LawfulBasis.ukGdpr(
            Article6Basis.VITAL_INTERESTS,
            Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK));

    private final org.casebridge.events.lawful.LawfulBasis basis;

    LawfulBasis(org.casebridge.events.lawful.LawfulBasis basis) {
        this.basis = basis;
    }

    /** The regime, Article 6 basis and Schedule 1 (or 8) condition of this choice. */
    public org.casebridge.events.lawful.LawfulBasis basis() {
        return basis;
    }

    /** The citation shown with the share, for example {@code UK GDPR Art 6(1)(c); Art 9(2)(g) with DPA 2018 ...}. */
    public String legislation() {
        return basis.citation();
    }
}
