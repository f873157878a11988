package org.casebridge.police.strategy.command;

/** The lawful basis recorded with every piece of information shared at a strategy meeting. */
public enum LawfulBasis {

    /** UK GDPR Art 6(1)(e) public task with Art 9(2)(g) and DPA 2018 Sch 1 para 18 (safeguarding). */
    PUBLIC_TASK_SAFEGUARDING("UK GDPR Art 6(1)(e); Art 9(2)(g) with DPA 2018 Sch 1 para 18"),

    /** Processing by the police for a law enforcement purpose. */
    LAW_ENFORCEMENT("DPA 2018 Part 3"),

    /** A statutory duty, for example enquiries under Children Act 1989 s.47. */
    LEGAL_OBLIGATION("UK GDPR Art 6(1)(c)"),

    /** To protect someone's life. */
    VITAL_INTERESTS("UK GDPR Art 6(1)(d); Art 9(2)(c)");

    private final String legislation;

    LawfulBasis(String legislation) {
        this.legislation = legislation;
    }

    public String legislation() {
        return legislation;
    }
}
