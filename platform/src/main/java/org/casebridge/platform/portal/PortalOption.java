package org.casebridge.platform.portal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One radio or checkbox option.
 *
 * @param value what the form submits
 * @param text  the label the user reads
 * @param hint  an optional hint under the label, or null
 */
public record PortalOption(
        String value, String text, @Nullable String hint) {

    /** The options of every yes/no question, read with {@link PortalForm#yesNo}. */
    public static final List<PortalOption> YES_NO =
            List.of(new PortalOption("yes", "Yes"), new PortalOption("no", "No"));

    public PortalOption(String value, String text) {
        this(value, text, null);
    }

    /** One option per value of the enum, labelled with its name as words ({@link #label}). */
    public static <E extends Enum<E>> List<PortalOption> options(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(value -> new PortalOption(value.name(), label(value.name())))
                .toList();
    }

    /**
     * The enum value a form or a link names ("graded", "GRADED", "no-further-action"), or {@code otherwise}: a page
     * never fails on a value it does not know.
     */
    public static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value, @Nullable E otherwise) {
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
     * social care"; empty for none.
     */
    public static String label(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ').replace("childrens ", "children's ");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
