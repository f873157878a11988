package org.casebridge.platform.text;

import java.util.Arrays;
import org.casebridge.platform.text.EmbeddedContent.Finding;
import org.casebridge.platform.text.EmbeddedContent.View;
import org.jspecify.annotations.Nullable;

/**
 * Base64 in either alphabet (standard and url-safe, each read in turn), however split. All base64 characters of the
 * text are joined, across every separator, into one stream that is decoded at each of the four alignments and searched for file
 * headers, so wrapping, padding, separators and leading junk change nothing. A header-less run is judged when it has
 * the shape of encoded data (one unbroken token, or lines of one width) and its letters mix cases as encoded data does.
 */
final class Base64Runs {

    private Base64Runs() {}

    /** Standard base64 (where '-' and '_' may separate lines) and url-safe base64 (where '+' and '/' may). */
    private static final int[][] ALPHABETS = {table("+/"), table("-_")};

    private static int[] table(String lastTwo) {
        int[] table = new int[128];
        Arrays.fill(table, -1);
        for (int i = 0; i < 26; i++) {
            table['A' + i] = i;
            table['a' + i] = 26 + i;
        }
        for (int i = 0; i < 10; i++) {
            table['0' + i] = 52 + i;
        }
        table[lastTwo.charAt(0)] = 62;
        table[lastTwo.charAt(1)] = 63;
        return table;
    }

    static @Nullable Finding find(View view) {
        for (int[] alphabet : ALPHABETS) {
            Finding finding = find(view, alphabet);
            if (finding != null) {
                return finding;
            }
        }
        return null;
    }

    private static @Nullable Finding find(View view, int[] alphabet) {
        int[] in = view.units();
        int length = view.length();
        int[] values = new int[length];
        int[] segmentStart = new int[16];
        int[] segmentLength = new int[16];
        boolean[] padded = new boolean[16];
        int segments = 0;
        int count = 0;
        boolean inSegment = false;
        for (int i = 0; i < length; i++) {
            int value = in[i] < 128 ? alphabet[in[i]] : -1;
            if (value >= 0) {
                if (!inSegment) {
                    if (segments == segmentStart.length) {
                        segmentStart = Arrays.copyOf(segmentStart, segments * 2);
                        segmentLength = Arrays.copyOf(segmentLength, segments * 2);
                        padded = Arrays.copyOf(padded, segments * 2);
                    }
                    segmentStart[segments] = count;
                    segmentLength[segments] = 0;
                    segments++;
                    inSegment = true;
                }
                values[count++] = value;
                segmentLength[segments - 1]++;
            } else {
                if (inSegment && in[i] == '=') {
                    padded[segments - 1] = true;
                }
                inSegment = false;
            }
        }
        if (count < 4) {
            return null;
        }
        int[] decoded = new int[count * 3 / 4 + 1];
        for (int alignment = 0; alignment < 4; alignment++) {
            int bytes = decode(values, alignment, count, decoded);
            String header = Signatures.find(decoded, 0, bytes, true);
            if (header != null) {
                return new Finding(header, "base64");
            }
        }
        for (int s = 0; s < segments; s++) {
            if (segmentLength[s] >= EmbeddedContent.MIN_BASE64_RUN
                    && share(values, segmentStart[s], segmentLength[s], 0, 25) >= EmbeddedContent.MIN_CLASS_SHARE
                    && binary(values, segmentStart[s], segmentStart[s] + segmentLength[s], decoded)) {
                return new Finding("binary data", "base64");
            }
        }
        int s = 0;
        while (s < segments) {
            int width = segmentLength[s];
            int end = s + 1;
            while (end < segments && !padded[end - 1] && segmentLength[end] == width) {
                end++;
            }
            int lines = end;
            if (end < segments && !padded[end - 1] && segmentLength[end] < width) {
                end++;
            }
            int from = segmentStart[s];
            int to = segmentStart[end - 1] + segmentLength[end - 1];
            if (end - s >= 2
                    && to - from >= EmbeddedContent.MIN_BASE64_RUN
                    && share(values, from, to - from, 0, 25) >= EmbeddedContent.MIN_CLASS_SHARE
                    && share(values, from, to - from, 26, 51) >= EmbeddedContent.MIN_CLASS_SHARE
                    && binary(values, from, to, decoded)) {
                return new Finding("binary data", "wrapped base64");
            }
            s = lines;
        }
        return null;
    }

    private static boolean binary(int[] values, int from, int to, int[] decoded) {
        int bytes = decode(values, from, to, decoded);
        return bytes >= EmbeddedContent.MIN_BINARY_BYTES
                && EmbeddedContent.binary(decoded, 0, bytes, true, EmbeddedContent.WINDOW, EmbeddedContent.SUSPICIOUS);
    }

    /** The share (percent) of values in [low, high]: 0-25 upper case, 26-51 lower case, 52-61 digits. */
    private static int share(int[] values, int from, int length, int low, int high) {
        int inClass = 0;
        for (int i = from; i < from + length; i++) {
            if (values[i] >= low && values[i] <= high) {
                inClass++;
            }
        }
        return inClass * 100 / length;
    }

    private static int decode(int[] values, int from, int to, int[] out) {
        int bits = 0;
        int held = 0;
        int o = 0;
        for (int i = from; i < to; i++) {
            bits = bits << 6 | values[i];
            held += 6;
            if (held >= 8) {
                held -= 8;
                out[o++] = bits >>> held & 0xFF;
                bits &= (1 << held) - 1;
            }
        }
        return o;
    }
}
