package org.casebridge.events.lawful;

/**
 * The DPA 2018 Schedule 8 conditions for sensitive processing by a competent authority under Part 3 (s.35(5)) that
 * can fit the police's part of a case.
 */
public enum Schedule8Condition {
    PARA_1_STATUTORY_PURPOSES(1, "statutory etc purposes"),
    PARA_2_ADMINISTRATION_OF_JUSTICE(2, "administration of justice"),
    PARA_3_PROTECTING_VITAL_INTERESTS(3, "protecting individual's vital interests"),
    PARA_4_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK(4, "safeguarding of children and of individuals at risk");

    private final int paragraph;
    private final String title;

    Schedule8Condition(int paragraph, String title) {
        this.paragraph = paragraph;
        this.title = title;
    }

    public int paragraph() {
        return paragraph;
    }

    public String title() {
        return title;
    }

    public String citation() {
        return "DPA 2018 Sch 8 para " + paragraph + " (" + title + ")";
    }
}
