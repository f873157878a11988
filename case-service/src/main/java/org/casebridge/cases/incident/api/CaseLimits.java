package org.casebridge.cases.incident.api;

import java.time.Duration;

/** The limits of a safeguarding case, each with the reason for it. The command side and the web layer share them. */
public final class CaseLimits {

    /** A school incident rarely reaches beyond a year group's chat; a larger one is better split into cases. */
    public static final int MAX_CHILDREN = 40;

    /** Nursery classes in schools start at 3. */
    public static final int MIN_CHILD_AGE = 3;

    /** At 18 a person is an adult: that is adult involvement (a criterion), not a child in the case. */
    public static final int MAX_CHILD_AGE = 17;

    /** A rationale must say why; a word or two cannot, and KCSIE asks for the reasoning, not a tick. */
    public static final int MIN_RATIONALE_LENGTH = 20;

    /** Longer text belongs in a document on the child protection file, not in an event. */
    public static final int MAX_TEXT_LENGTH = 4000;

    /** Names of roles, platforms, places and references are short. */
    public static final int MAX_SHORT_TEXT_LENGTH = 200;

    /** Enough for every app and channel a message could travel through. */
    public static final int MAX_PLATFORMS = 20;

    /** An initial review is a small meeting of the DSL and appropriate staff. */
    public static final int MAX_ATTENDEES = 20;

    /** Refs are pseudonymous by construction: a name can never pass for one. */
    public static final String CHILD_REF_PATTERN = "child-[1-9][0-9]{0,2}";

    /** Year groups as schools name them; a fixed shape so that nothing else travels in the field. */
    public static final String YEAR_GROUP_PATTERN = "Nursery|Reception|Year ([1-9]|1[0-3])";

    /** Devices are numbered within the case the same way. */
    public static final String DEVICE_REF_PATTERN = "device-[1-9][0-9]{0,2}";

    /** A browser's clock and ours disagree by a little; a time further ahead than this is a mistake. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private CaseLimits() {}
}
