package org.casebridge.events.police;

/**
 * What a strategy-meeting action is, as a code (Working Together to Safeguard Children 2023; the UKCIS guidance on
 * sharing nudes and semi-nudes; the NPCC briefing). The meeting's own words about an action are free text and stay with
 * the police; the code is what crosses. {@link #OTHER} is an action no code fits, and every action recorded before the
 * codes existed.
 */
public enum StrategyActionType {
    SECTION_47_ENQUIRY("Section 47 enquiries"),
    SAFETY_PLAN("Put a safety plan in place for the child"),
    PARENTS_INFORMED("Inform the parents or carers"),
    CHILD_INTERVIEW("Speak with or interview the child"),
    DEVICE_EXAMINATION("Examine a device"),
    IMAGERY_REMOVAL("Get the imagery reported and removed online"),
    EDUCATION_SUPPORT("Support the child in school"),
    HEALTH_ASSESSMENT("Health or CAMHS assessment"),
    LADO_REFERRAL("Refer to the LADO"),
    INFORMATION_SHARING("Share information with another school or agency"),
    OTHER("Another action (the meeting's minutes say what)");

    private final String title;

    StrategyActionType(String title) {
        this.title = title;
    }

    /** What the action is, in a few words a school or an agency can read. */
    public String title() {
        return title;
    }

    /** The type of a code, {@link #OTHER} for null or a code this version does not know. */
    public static StrategyActionType ofCode(String code) {
        if (code != null) {
            for (StrategyActionType type : values()) {
                if (type.name().equals(code)) {
                    return type;
                }
            }
        }
        return OTHER;
    }
}
