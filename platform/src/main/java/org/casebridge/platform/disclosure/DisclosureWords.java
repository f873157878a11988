package org.casebridge.platform.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.casebridge.platform.portal.PortalDates;
import org.jspecify.annotations.Nullable;

/** How a disclosure's cells read: every value in words, and "Not recorded" or "None" rather than an empty cell. */
public final class DisclosureWords {

    private DisclosureWords() {}

    public static String text(@Nullable String text) {
        return text == null || text.isBlank() ? "Not recorded" : text;
    }

    public static String time(@Nullable Instant instant) {
        return instant == null ? "Not recorded" : PortalDates.shown(instant);
    }

    public static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    public static String join(@Nullable List<String> words) {
        return words == null || words.isEmpty() ? "None" : String.join(", ", words);
    }

    /** The words of an access log entry's "what", a slug such as {@code case-timeline}: "Case timeline". */
    public static String readWords(@Nullable String what) {
        if (what == null || what.isBlank()) {
            return "";
        }
        String spaced = what.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
