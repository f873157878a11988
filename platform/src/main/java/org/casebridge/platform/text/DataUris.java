package org.casebridge.platform.text;

import java.util.Locale;
import org.casebridge.platform.text.EmbeddedContent.Finding;
import org.casebridge.platform.text.EmbeddedContent.View;
import org.jspecify.annotations.Nullable;

/**
 * {@code data:} URIs ({@code data:[<type>/<subtype>][;<parameter>]*[;base64],<payload>}, RFC 2397). One that says it
 * is base64, or whose type is not text, is a file written as text whatever its payload; a text one's percent-encoded
 * payload is decoded and scanned with the rest.
 */
final class DataUris {

    /** Parameters longer than this are not a data URI a browser would make; bounds the work per "data:". */
    private static final int MAX_HEADER = 256;

    private DataUris() {}

    static @Nullable Finding find(View view) {
        int[] in = view.units();
        int length = view.length();
        for (int i = 0; i + 5 <= length; i++) {
            if (!startsDataUri(in, i, length)) {
                continue;
            }
            Finding finding = header(in, i + 5, Math.min(length, i + 5 + MAX_HEADER));
            if (finding != null) {
                return finding;
            }
        }
        return null;
    }

    private static boolean startsDataUri(int[] in, int at, int length) {
        if (at > 0 && Character.isLetterOrDigit(in[at - 1])) {
            return false;
        }
        String word = "data:";
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(in[at + k]) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Finding header(int[] in, int from, int to) {
        StringBuilder type = new StringBuilder();
        int i = from;
        while (i < to && (token(in[i]) || in[i] == '/')) {
            type.append((char) Character.toLowerCase(in[i]));
            i++;
        }
        boolean base64 = false;
        while (i < to && in[i] == ';') {
            int start = ++i;
            while (i < to && in[i] != ';' && in[i] != ',' && in[i] != '\n' && in[i] != '\r') {
                i++;
            }
            base64 |= i - start == 6 && "base64".equalsIgnoreCase(string(in, start, i));
        }
        if (i >= to || in[i] != ',') {
            return null;
        }
        String mediaType = type.toString();
        if (!mediaType.isEmpty() && mediaType.indexOf('/') < 0) {
            return null;
        }
        if (base64 || !textual(mediaType)) {
            return new Finding(
                    mediaType.isEmpty() ? "a file" : "a file of type " + mediaType.toLowerCase(Locale.ROOT),
                    "a data: URI");
        }
        return null;
    }

    private static boolean textual(String mediaType) {
        return mediaType.isEmpty()
                || mediaType.startsWith("text/") && !mediaType.equals("text/html")
                || mediaType.equals("application/json");
    }

    private static boolean token(int u) {
        return u < 128 && (Character.isLetterOrDigit(u) || "!#$&^_.+-".indexOf(u) >= 0);
    }

    private static String string(int[] in, int from, int to) {
        StringBuilder text = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            text.append((char) in[k]);
        }
        return text.toString();
    }
}
