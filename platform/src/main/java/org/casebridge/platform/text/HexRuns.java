package org.casebridge.platform.text;

import java.util.Arrays;
import org.casebridge.platform.text.EmbeddedContent.Finding;
import org.casebridge.platform.text.EmbeddedContent.View;
import org.jspecify.annotations.Nullable;

/**
 * Hex dumps: continuous, grouped ({@code ffd8 ffe0}, {@code ff d8}), with {@code 0x} or {@code \x}, on one line or
 * many. The hex groups between two words that are not hex are joined into a stream, decoded at both nibble alignments
 * and searched for file headers. A header-less run is judged when it is one long token or lines of one width, and mixes
 * letters and digits as encoded data does; lists of hashes (groups of 32, 40, 64, 96 or 128 digits) are not dumps.
 */
final class HexRuns {

    private HexRuns() {}

    static @Nullable Finding find(View view) {
        int[] in = view.units();
        int length = view.length();
        int[] nibbles = new int[length];
        int[] groupStart = new int[16];
        int[] groupLength = new int[16];
        int groups = 0;
        int count = 0;
        int streamGroup = 0;
        int[] decoded = new int[length / 2 + 1];
        int i = 0;
        while (i <= length) {
            if (i == length || !alphanumeric(in[i])) {
                i++;
                continue;
            }
            int end = i;
            while (end < length && alphanumeric(in[end])) {
                end++;
            }
            int from = i;
            if (end - from > 2 && in[from] == '0' && (in[from + 1] == 'x' || in[from + 1] == 'X')) {
                from += 2;
            } else if (end - from > 1 && (in[from] == 'x' || in[from] == 'X') && from > 0 && in[from - 1] == '\\') {
                from += 1;
            }
            boolean hex = true;
            for (int k = from; k < end && hex; k++) {
                hex = Views.hexDigit(in[k]) >= 0;
            }
            if (hex) {
                if (groups == groupStart.length) {
                    groupStart = Arrays.copyOf(groupStart, groups * 2);
                    groupLength = Arrays.copyOf(groupLength, groups * 2);
                }
                groupStart[groups] = count;
                groupLength[groups] = end - from;
                groups++;
                for (int k = from; k < end; k++) {
                    nibbles[count++] = Views.hexDigit(in[k]);
                }
            } else {
                Finding finding = stream(nibbles, groupStart, groupLength, streamGroup, groups, decoded);
                if (finding != null) {
                    return finding;
                }
                streamGroup = groups;
            }
            i = end;
        }
        return stream(nibbles, groupStart, groupLength, streamGroup, groups, decoded);
    }

    private static @Nullable Finding stream(
            int[] nibbles, int[] groupStart, int[] groupLength, int first, int end, int[] decoded) {
        if (end == first) {
            return null;
        }
        int from = groupStart[first];
        int to = groupStart[end - 1] + groupLength[end - 1];
        for (int alignment = 0; alignment < 2; alignment++) {
            int bytes = decode(nibbles, from + alignment, to, decoded);
            String header = Signatures.find(decoded, 0, bytes, true);
            if (header != null) {
                return new Finding(header, "hex");
            }
        }
        for (int g = first; g < end; g++) {
            if (groupLength[g] >= EmbeddedContent.MIN_HEX_RUN
                    && binary(nibbles, groupStart[g], groupStart[g] + groupLength[g], decoded)) {
                return new Finding("binary data", "hex");
            }
        }
        int g = first;
        while (g < end) {
            int width = groupLength[g];
            int stop = g + 1;
            while (stop < end && groupLength[stop] == width) {
                stop++;
            }
            int lines = stop;
            if (stop < end && groupLength[stop] < width) {
                stop++;
            }
            int runFrom = groupStart[g];
            int runTo = groupStart[stop - 1] + groupLength[stop - 1];
            if (stop - g >= 2
                    && !EmbeddedContent.isHashLength(width)
                    && runTo - runFrom >= EmbeddedContent.MIN_HEX_RUN
                    && binary(nibbles, runFrom, runTo, decoded)) {
                return new Finding("binary data", "a hex dump");
            }
            g = lines;
        }
        return null;
    }

    /** Whether the run mixes letters and digits as encoded data does and decodes to data that is not text. */
    private static boolean binary(int[] nibbles, int from, int to, int[] decoded) {
        int letters = 0;
        for (int k = from; k < to; k++) {
            if (nibbles[k] >= 10) {
                letters++;
            }
        }
        int share = letters * 100 / (to - from);
        if (share < EmbeddedContent.MIN_HEX_CLASS_SHARE || share > 100 - EmbeddedContent.MIN_HEX_CLASS_SHARE) {
            return false;
        }
        int bytes = decode(nibbles, from, to, decoded);
        return bytes >= EmbeddedContent.MIN_BINARY_BYTES
                && EmbeddedContent.binary(decoded, 0, bytes, true, EmbeddedContent.WINDOW, EmbeddedContent.SUSPICIOUS);
    }

    private static int decode(int[] nibbles, int from, int to, int[] out) {
        int o = 0;
        for (int k = from; k + 1 < to; k += 2) {
            out[o++] = nibbles[k] << 4 | nibbles[k + 1];
        }
        return o;
    }

    private static boolean alphanumeric(int u) {
        return u < 128 && Character.isLetterOrDigit(u);
    }
}
