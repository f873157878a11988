package org.casebridge.platform.text;

import java.text.Normalizer;
import org.casebridge.platform.text.RefusedTextException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The one rule every string obeys before Casebridge stores it, from a request, a form, a draft or a Kafka event:
 * no C0 or C1 control character other than tab, line feed and carriage return (DEL counts as a control), no unpaired
 * surrogate, and Unicode NFC. PostgreSQL refuses NUL in {@code text} and {@code jsonb}, so one NUL in an event would
 * stop every projection that stores it; the other controls have no place in a case record either.
 */
public final class TextRule {

    private TextRule() {}

    /** Why the text breaks the rule, or null when it keeps it. */
    public static @Nullable Reason violation(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return Reason.CONTROL_CHARACTER;
                }
            } else if (c >= 0x7F && c <= 0x9F) {
                return Reason.CONTROL_CHARACTER;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return Reason.UNPAIRED_SURROGATE;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return Reason.UNPAIRED_SURROGATE;
            }
        }
        return null;
    }

    /** The text in NFC; the same instance when it already is. */
    public static String normalise(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The text of {@code field} in NFC.
     *
     * @throws RefusedTextException when it breaks the rule
     */
    public static @Nullable String clean(String field, @Nullable String text) {
        if (text == null) {
            return null;
        }
        Reason reason = violation(text);
        if (reason != null) {
            throw new RefusedTextException(field, reason, null);
        }
        return normalise(text);
    }

    /**
     * The text of {@code field} in NFC, refused when it breaks the rule or holds an image or file written as text
     * ({@link EmbeddedContent}): what the web edge applies to every string a handler will see.
     *
     * @throws RefusedTextException when it is refused
     */
    public static @Nullable String accept(String field, @Nullable String text) {
        String clean = clean(field, text);
        if (clean == null) {
            return null;
        }
        EmbeddedContent.Finding finding = EmbeddedContent.find(clean);
        if (finding != null) {
            throw new RefusedTextException(field, Reason.EMBEDDED_DATA, finding.describe());
        }
        return clean;
    }
}
