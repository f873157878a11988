package org.casebridge.platform.text;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The first bytes of image, video, audio, document and archive files. A decoded run holding one of them anywhere is a
 * file, whatever its size. Each signature is long or specific enough that ordinary text, decoded as base64 or hex,
 * practically never produces it.
 */
final class Signatures {

    private record Signature(String name, int[] low, int[] high, boolean inRawText) {}

    @SuppressWarnings("unchecked")
    private static final List<Signature>[] BY_FIRST_BYTE = new List[256];

    static {
        // JPEG: SOI, then the first segment's marker and the high byte of its length. Exif, ICC and Photoshop
        // segments can be long; JFIF, DQT, DHT, SOF, Adobe and comment segments start under 512 bytes.
        for (int marker : new int[] {0xE1, 0xE2, 0xED}) {
            add("a JPEG image", true, bytes(0xFF, 0xD8, 0xFF, marker));
        }
        for (int marker : new int[] {0xE0, 0xDB, 0xC4, 0xC0, 0xC2, 0xEE, 0xFE}) {
            add("a JPEG image", true, new int[] {0xFF, 0xD8, 0xFF, marker, 0}, new int[] {0xFF, 0xD8, 0xFF, marker, 1});
        }
        add("a PNG image", true, bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A));
        add("a GIF image", true, new int[] {'G', 'I', 'F', '8', '7', 'a'}, new int[] {'G', 'I', 'F', '8', '9', 'a'});
        add("a WebP image", true, bytes('R', 'I', 'F', 'F', -1, -1, -1, -1, 'W', 'E', 'B', 'P'));
        add("an AVI video", true, bytes('R', 'I', 'F', 'F', -1, -1, -1, -1, 'A', 'V', 'I', ' '));
        add("a WAV recording", true, bytes('R', 'I', 'F', 'F', -1, -1, -1, -1, 'W', 'A', 'V', 'E'));
        // ISO media (HEIC, HEIF, AVIF, MP4, MOV, 3GP): a small ftyp box first.
        add("a HEIC, AVIF or MP4 file", true, bytes(0, 0, 0, -1, 'f', 't', 'y', 'p'));
        add("a JPEG 2000 image", true, bytes(0, 0, 0, 0x0C, 'j', 'P', ' ', ' ', 0x0D, 0x0A, 0x87, 0x0A));
        add("a JPEG XL image", true, bytes(0, 0, 0, 0x0C, 'J', 'X', 'L', ' ', 0x0D, 0x0A, 0x87, 0x0A));
        add("a TIFF image", true, bytes('I', 'I', 0x2A, 0));
        add("a TIFF image", true, bytes('M', 'M', 0, 0x2A));
        // BMP: file size, four zero bytes, the pixel offset (under 1 MiB), then the DIB header's size (12 to 124).
        add("a BMP image", true, new int[] {'B', 'M', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x0C, 0, 0, 0}, new int[] {
            'B', 'M', 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0xFF, 0xFF, 0x0F, 0, 0x7C, 0, 0, 0
        });
        add("a Photoshop image", true, bytes('8', 'B', 'P', 'S', 0, 1));
        add("a WebM or Matroska video", true, bytes(0x1A, 0x45, 0xDF, 0xA3));
        add("an Ogg file", true, bytes('O', 'g', 'g', 'S', 0));
        add("a FLAC recording", true, bytes('f', 'L', 'a', 'C', 0));
        add("a FLAC recording", true, bytes('f', 'L', 'a', 'C', 0x80));
        add("an MP3 recording", true, new int[] {'I', 'D', '3', 2, 0}, new int[] {'I', 'D', '3', 4, 0});
        add("a PDF document", true, bytes('%', 'P', 'D', 'F', '-'));
        add("a ZIP archive or Office document", true, bytes('P', 'K', 3, 4));
        add("an Office document", true, bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1));
        // gzip: deflate, flags, four bytes of time, then the compression level byte (0, 2 or 4).
        add("a gzip archive", true, new int[] {0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0}, new int[] {
            0x1F, 0x8B, 0x08, 0x1F, 0xFF, 0xFF, 0xFF, 0xFF, 0x04
        });
        add("a 7-Zip archive", true, bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C));
        add("a RAR archive", true, bytes('R', 'a', 'r', '!', 0x1A, 0x07));
        // SVG is an image written as XML: refused when decoded from base64 or hex, not when typed as text.
        add("an SVG image", false, bytes('<', 's', 'v', 'g'));
    }

    private Signatures() {}

    private static int[] bytes(int... values) {
        return values;
    }

    private static void add(String name, boolean inRawText, int[] exact) {
        int[] low = new int[exact.length];
        int[] high = new int[exact.length];
        for (int i = 0; i < exact.length; i++) {
            low[i] = exact[i] < 0 ? 0 : exact[i];
            high[i] = exact[i] < 0 ? 0xFF : exact[i];
        }
        add(name, inRawText, low, high);
    }

    private static void add(String name, boolean inRawText, int[] low, int[] high) {
        Signature signature = new Signature(name, low, high, inRawText);
        for (int first = low[0]; first <= high[0]; first++) {
            if (BY_FIRST_BYTE[first] == null) {
                BY_FIRST_BYTE[first] = new ArrayList<>();
            }
            BY_FIRST_BYTE[first].add(signature);
        }
    }

    /**
     * The name of the first file whose signature starts anywhere in {@code values[from, to)}, or null.
     *
     * @param decoded whether the values were decoded from base64 or hex (every signature applies) rather than read
     *                as characters or percent-encoded bytes (signatures of formats that are text, such as SVG, do not)
     */
    static @Nullable String find(int[] values, int from, int to, boolean decoded) {
        for (int p = from; p < to; p++) {
            int first = values[p];
            if (first > 0xFF || BY_FIRST_BYTE[first] == null) {
                continue;
            }
            for (Signature signature : BY_FIRST_BYTE[first]) {
                if ((decoded || signature.inRawText()) && matchesAt(signature, values, p, to)) {
                    return signature.name();
                }
            }
        }
        return null;
    }

    private static boolean matchesAt(Signature signature, int[] values, int at, int to) {
        int length = signature.low().length;
        if (at + length > to) {
            return false;
        }
        for (int k = 1; k < length; k++) {
            int b = values[at + k];
            if (b < signature.low()[k] || b > signature.high()[k]) {
                return false;
            }
        }
        return true;
    }
}
