package org.casebridge.police.portal;

import java.util.Locale;

/** Radios and links on portal pages name enum values; a page never fails on a value it does not know. */
public final class PortalChoices {

    private PortalChoices() {}

    /** The value a form or link chose, or {@code otherwise} when it names none. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, E otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }

    /**
     * An enum name as words: COERCION_OR_BLACKMAIL becomes "Coercion or blackmail", CHILDRENS_SOCIAL_CARE "Children's
     * social care".
     */
    public static String label(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ').replace("childrens ", "children's ");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
