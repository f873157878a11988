package org.casebridge.platform.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds an image or file written as text, however it is wrapped: base64 (standard or url-safe, padded or not, split by
 * newlines, spaces or any other separators), hex dumps (continuous, grouped, with {@code 0x} or {@code \x}), raw bytes,
 * {@code data:} URIs (any parameters, percent-encoded payloads), and JSON, HTML or percent escapes of any of these.
 *
 * <p>It decodes rather than pattern-matches. Every way of reading the text (as it is, unescaped, percent-decoded; up
 * to {@value #MAX_ROUNDS} layers deep) is scanned three ways: its base64 characters joined across every separator and
 * decoded at all four alignments, its hex digits joined across dump separators and decoded at both nibble alignments,
 * and its characters as bytes. Content is refused when the decoded bytes hold a known file header anywhere (JPEG, PNG,
 * GIF, WebP, HEIC/AVIF/MP4, PDF, ZIP, ...: an image is an image at any size), or when a long run decodes to data that
 * is not text (a file without its header). Runs of ordinary prose are told apart from encoded runs by their shape
 * (one unbroken token, or lines of one width) and their letters (encoded data mixes upper and lower case and digits),
 * so notes, URLs, crime references, exhibit numbers and hashes pass.
 *
 * <p>Every step is one pass over the text (no backtracking), so the cost is linear in its length. This is a safeguard
 * against accidents and casual smuggling, not against a determined insider (see ADR 0011).
 */
public final class EmbeddedContent {

    /** What was found and how it was written, in words that never quote the text. */
    public record Finding(String content, String encoding) {

        public String describe() {
            return content + " in " + encoding;
        }
    }

    /** Decoded data at least this long that is not text is refused even without a known header. */
    static final int MIN_BINARY_BYTES = 192;
    /** A base64 run this long (one token or lines of one width) is decoded and judged. */
    static final int MIN_BASE64_RUN = MIN_BINARY_BYTES * 4 / 3;
    /** A hex run this long is decoded and judged; hashes are 32 to 128 digits. */
    static final int MIN_HEX_RUN = MIN_BINARY_BYTES * 2;
    /** Bytes judged at a time: data is binary when this many hold {@link #SUSPICIOUS} bytes that text never has. */
    static final int WINDOW = 192;

    static final int SUSPICIOUS = 24;
    /** Raw characters judged at a time, and how many of them may be control characters. */
    static final int RAW_WINDOW = 128;

    static final int RAW_SUSPICIOUS = 16;
    /** Encoded data mixes cases and digits: each class holds at least this share (percent) of a run. */
    static final int MIN_CLASS_SHARE = 15;

    static final int MIN_HEX_CLASS_SHARE = 10;
    /** Hash lengths in hex digits (MD5, SHA-1, SHA-256, SHA-384, SHA-512): lists of hashes are not dumps. */
    private static final int[] HASH_LENGTHS = {32, 40, 64, 96, 128};

    private static final int MAX_ROUNDS = 3;
    private static final int MAX_VIEWS = 8;
    /** A value that is a character, not a byte: it never matches a header and is text. */
    static final int TEXT_MARK = 0x100;

    private EmbeddedContent() {}

    /** Whether the text holds an image or file, however written. */
    public static boolean isIn(CharSequence text) {
        return find(text) != null;
    }

    /** What the text holds, or null when it holds no image or file. */
    public static @Nullable Finding find(@Nullable CharSequence text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        int[] units = new int[text.length()];
        for (int i = 0; i < units.length; i++) {
            units[i] = text.charAt(i);
        }
        List<View> views = new ArrayList<>();
        views.add(new View(units, units.length, false, ""));
        int from = 0;
        for (int round = 0; round < MAX_ROUNDS && from < views.size(); round++) {
            int to = views.size();
            for (int i = from; i < to && views.size() < MAX_VIEWS; i++) {
                View view = views.get(i);
                addIfNew(views, Views.unescaped(view));
                if (views.size() < MAX_VIEWS) {
                    addIfNew(views, Views.percentDecoded(view));
                }
            }
            from = to;
        }
        for (View view : views) {
            Finding finding = scan(view);
            if (finding != null) {
                return finding;
            }
        }
        return null;
    }

    private static void addIfNew(List<View> views, @Nullable View candidate) {
        if (candidate == null) {
            return;
        }
        for (View view : views) {
            if (view.sameAs(candidate)) {
                return;
            }
        }
        views.add(candidate);
    }

    private static @Nullable Finding scan(View view) {
        Finding finding = DataUris.find(view);
        if (finding == null) {
            finding = raw(view);
        }
        if (finding == null) {
            finding = Base64Runs.find(view);
        }
        if (finding == null) {
            finding = HexRuns.find(view);
        }
        return finding == null
                ? null
                : view.label().isEmpty()
                        ? finding
                        : new Finding(finding.content(), finding.encoding() + " behind " + view.label());
    }

    private static @Nullable Finding raw(View view) {
        String header = Signatures.find(view.units(), 0, view.length(), false);
        if (header != null) {
            return new Finding(header, view.bytes() ? "percent-encoded bytes" : "raw bytes");
        }
        if (binary(view.units(), 0, view.length(), view.bytes(), RAW_WINDOW, RAW_SUSPICIOUS)) {
            return new Finding("binary data", view.bytes() ? "percent-encoded bytes" : "raw bytes");
        }
        return null;
    }

    /**
     * Whether some window of the values holds at least {@code threshold} values that text never has: control
     * characters other than tab, line feed and carriage return and, read as UTF-8 bytes, invalid sequences; read as
     * characters, C1 controls. Values of {@link #TEXT_MARK} or above are characters and count as text.
     */
    static boolean binary(int[] values, int from, int to, boolean utf8, int window, int threshold) {
        boolean[] ring = new boolean[window];
        int count = 0;
        int pending = 0;
        for (int i = from; i < to; i++) {
            int b = values[i];
            boolean suspicious;
            if (utf8 && pending > 0 && b >= 0x80 && b <= 0xBF) {
                pending--;
                suspicious = false;
            } else if (utf8 && pending > 0) {
                pending = 0;
                suspicious = true;
            } else if (b >= TEXT_MARK) {
                suspicious = false;
            } else if (b < 0x20) {
                suspicious = b != '\t' && b != '\n' && b != '\r';
            } else if (b < 0x7F) {
                suspicious = false;
            } else if (b == 0x7F) {
                suspicious = true;
            } else if (!utf8) {
                suspicious = b <= 0x9F;
            } else if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
                suspicious = false;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                suspicious = false;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                suspicious = false;
            } else {
                suspicious = true;
            }
            int slot = (i - from) % window;
            if (ring[slot]) {
                count--;
            }
            ring[slot] = suspicious;
            if (suspicious && ++count >= threshold) {
                return true;
            }
        }
        return false;
    }

    static boolean isHashLength(int digits) {
        for (int length : HASH_LENGTHS) {
            if (digits == length) {
                return true;
            }
        }
        return false;
    }

    /** One way of reading the text: its characters (or bytes, after percent-decoding) and how it was unwrapped. */
    record View(int[] units, int length, boolean bytes, String label) {

        boolean sameAs(View other) {
            return length == other.length
                    && bytes == other.bytes
                    && Arrays.equals(units, 0, length, other.units, 0, other.length);
        }
    }
}
