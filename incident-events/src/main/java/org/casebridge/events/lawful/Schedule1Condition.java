package org.casebridge.events.lawful;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DPA 2018 Schedule 1 conditions under which a safeguarding partner may process special category data about a
 * child (UK GDPR Art 9(2)(b), (h) and (g) with s.10). Only the conditions that can fit a safeguarding share are listed;
 * the others (insurance, political parties, elected representatives, sport, ...) cannot. Part 2 conditions need the
 * controller's appropriate policy document (Sch 1 Part 4).
 */
public enum Schedule1Condition {
    PARA_1_EMPLOYMENT_SOCIAL_SECURITY_AND_SOCIAL_PROTECTION(1, 1, "employment, social security and social protection"),
    PARA_2_HEALTH_OR_SOCIAL_CARE_PURPOSES(1, 2, "health or social care purposes"),
    PARA_6_STATUTORY_AND_GOVERNMENT_PURPOSES(2, 6, "statutory and government purposes"),
    PARA_7_ADMINISTRATION_OF_JUSTICE(2, 7, "administration of justice"),
    PARA_10_PREVENTING_OR_DETECTING_UNLAWFUL_ACTS(2, 10, "preventing or detecting unlawful acts"),
    PARA_17_COUNSELLING(2, 17, "counselling"),
    PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK(
            2, 18, "safeguarding of children and of individuals at risk");

    /** "Sch 1 ... para 18", "Schedule 1 Part 2 paragraph 18": the paragraph named after Schedule 1. */
    private static final Pattern CITED =
            Pattern.compile("(?i)\\bsch(?:edule|\\.)?\\s*1\\b.*?\\bpara(?:graph)?\\.?\\s*(\\d{1,2})\\b");

    private final int part;
    private final int paragraph;
    private final String title;

    Schedule1Condition(int part, int paragraph, String title) {
        this.part = part;
        this.paragraph = paragraph;
        this.title = title;
    }

    public int part() {
        return part;
    }

    public int paragraph() {
        return paragraph;
    }

    public String title() {
        return title;
    }

    /** The point of UK GDPR Art 9(2) the condition meets: (b) employment, (h) health or social care, (g) the rest. */
    public String article9Point() {
        if (part == 2) {
            return "9(2)(g)";
        }
        return paragraph == 1 ? "9(2)(b)" : "9(2)(h)";
    }

    /** The citation, for example {@code DPA 2018 Sch 1 Part 2 para 18 (safeguarding of children ...)}. */
    public String citation() {
        return "DPA 2018 Sch 1 Part " + part + " para " + paragraph + " (" + title + ")";
    }

    /**
     * The condition a free-text citation of Schedule 1 names by its paragraph, as subscriptions recorded it before
     * the condition was chosen from this list; empty when the text names no listed paragraph of Schedule 1.
     */
    public static Optional<Schedule1Condition> cited(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = CITED.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int paragraph = Integer.parseInt(matcher.group(1));
        return Arrays.stream(values())
                .filter(condition -> condition.paragraph == paragraph)
                .findFirst();
    }
}
