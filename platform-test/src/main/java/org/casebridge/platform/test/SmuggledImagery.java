package org.casebridge.platform.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Real image bytes in each of the encodings someone could use to smuggle them through a free-text field, for the
 * tests that prove the no-imagery guard holds on every path. JPEG, PNG and GIF are written by {@link ImageIO} from a
 * 16 by 16 image of noise, so they are files any viewer opens; WebP and HEIC are their real container headers
 * (RIFF/VP8 and an ISO BMFF {@code ftyp heic} box) in front of the same noise. Each encoding gives the text a handler
 * would see after decoding ({@link Sample#text()}) and, for JSON, the literal as it is written in the raw body
 * ({@link Sample#jsonLiteral()}), so the JSON-escape encoding travels as {@code \\u} escapes.
 */
public final class SmuggledImagery {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The image formats, each with its media type. */
    public enum Format {
        JPEG("image/jpeg"),
        PNG("image/png"),
        GIF("image/gif"),
        WEBP("image/webp"),
        HEIC("image/heic");

        private final String mediaType;
        private byte[] bytes;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The file, the same bytes every time. */
        public synchronized byte[] bytes() {
            if (bytes == null) {
                bytes = switch (this) {
                    case JPEG -> imageIo("jpeg");
                    case PNG -> imageIo("png");
                    case GIF -> imageIo("gif");
                    case WEBP -> webp();
                    case HEIC -> heic();
                };
            }
            return bytes.clone();
        }
    }

    /** The ways of writing bytes as text. */
    public enum Encoding {
        STANDARD_BASE64,
        URL_SAFE_BASE64_UNPADDED,
        MIME_BASE64_76_CRLF,
        BASE64_SPLIT_BY_SPACES,
        DATA_URI_WITH_PARAMETERS,
        PERCENT_ENCODED_DATA_URI,
        HEX_DUMP,
        /** Standard base64 whose every character is written as a JSON {@code \\u} escape: JSON bodies only. */
        JSON_ESCAPED_BASE64;

        /** Whether the encoding exists only in a JSON body (a form field has no escapes of its own). */
        public boolean jsonOnly() {
            return this == JSON_ESCAPED_BASE64;
        }

        String text(Format format) {
            byte[] bytes = format.bytes();
            String base64 = Base64.getEncoder().encodeToString(bytes);
            return switch (this) {
                case STANDARD_BASE64, JSON_ESCAPED_BASE64 -> base64;
                case URL_SAFE_BASE64_UNPADDED ->
                    Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                case MIME_BASE64_76_CRLF -> Base64.getMimeEncoder().encodeToString(bytes);
                case BASE64_SPLIT_BY_SPACES -> splitBySpaces(base64, new Random(format.ordinal()));
                case DATA_URI_WITH_PARAMETERS ->
                    "data:" + format.mediaType() + ";name=evidence."
                            + format.name().toLowerCase(Locale.ROOT) + ";charset=binary;base64," + base64;
                case PERCENT_ENCODED_DATA_URI -> "data:" + format.mediaType() + "," + percentEncoded(bytes);
                case HEX_DUMP -> hexDump(bytes);
            };
        }
    }

    /** One image in one encoding. */
    public record Sample(Format format, Encoding encoding) {

        /** The string a handler sees once the JSON, form or query string is decoded. */
        public String text() {
            return encoding.text(format);
        }

        /** The JSON string literal, quotes included, as written in the raw body. */
        public String jsonLiteral() {
            return encoding == Encoding.JSON_ESCAPED_BASE64
                    ? escapedLiteral(text())
                    : SmuggledImagery.jsonLiteral(text());
        }

        @Override
        public String toString() {
            return format + " as " + encoding;
        }
    }

    /** Characters a stored string must never hold: NUL, a C0 control, two C1 controls and an unpaired surrogate. */
    public static final List<String> CONTROL_CHARACTERS = List.of("\u0000", "\u0007", "\u0085", "\u009B", "\uD800");

    private SmuggledImagery() {}

    /** Every encoding, each with the format that turns with the index so that a sweep meets every format. */
    public static List<Sample> encodings(int turn, boolean json) {
        List<Sample> samples = new ArrayList<>();
        Format[] formats = Format.values();
        for (Encoding encoding : Encoding.values()) {
            if (json || !encoding.jsonOnly()) {
                samples.add(new Sample(formats[Math.floorMod(turn + encoding.ordinal(), formats.length)], encoding));
            }
        }
        return samples;
    }

    /** Every format in every encoding. */
    public static List<Sample> all(boolean json) {
        List<Sample> samples = new ArrayList<>();
        for (Format format : Format.values()) {
            for (Encoding encoding : Encoding.values()) {
                if (json || !encoding.jsonOnly()) {
                    samples.add(new Sample(format, encoding));
                }
            }
        }
        return samples;
    }

    /** The sample the index picks, turning through every format and encoding. */
    public static Sample pick(int index, boolean json) {
        List<Sample> samples = all(json);
        return samples.get(Math.floorMod(index, samples.size()));
    }

    /**
     * A piece from the middle of every sample, 24 characters long: a log, a page or a stored row that holds one of
     * these holds smuggled content.
     */
    public static List<String> fingerprints() {
        List<String> pieces = new ArrayList<>();
        for (Sample sample : all(true)) {
            String text = sample.text();
            pieces.add(text.substring(text.length() / 2, text.length() / 2 + 24));
        }
        return pieces;
    }

    /** Ordinary text with a control character in the middle, as a JSON literal would carry it. */
    public static String withControlCharacter(String control) {
        return "Seen by the DSL at 10:00" + control + " and recorded";
    }

    /**
     * The JSON string literal of a text, quotes included, escaped as Jackson escapes it, and a surrogate written as a
     * {@code \\u} escape, since an unpaired one has no UTF-8 form.
     */
    public static String jsonLiteral(String text) {
        String literal;
        try {
            literal = JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder escaped = new StringBuilder();
        for (char c : literal.toCharArray()) {
            if (Character.isSurrogate(c)) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String escapedLiteral(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            literal.append(String.format("\\u%04x", (int) c));
        }
        return literal.append('"').toString();
    }

    private static String splitBySpaces(String base64, Random random) {
        StringBuilder split = new StringBuilder();
        int at = 0;
        while (at < base64.length()) {
            int next = Math.min(base64.length(), at + 10 + random.nextInt(51));
            if (at > 0) {
                split.append(' ');
            }
            split.append(base64, at, next);
            at = next;
        }
        return split.toString();
    }

    private static String percentEncoded(byte[] bytes) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }

    /** As {@code xxd -p} prints it: plain hex digits, 60 to a line. */
    private static String hexDump(byte[] bytes) {
        String hex = HexFormat.of().formatHex(bytes);
        StringBuilder dump = new StringBuilder();
        for (int at = 0; at < hex.length(); at += 60) {
            dump.append(hex, at, Math.min(hex.length(), at + 60)).append('\n');
        }
        return dump.toString();
    }

    private static BufferedImage noise() {
        Random random = new Random(20261202);
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static byte[] imageIo(String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(noise(), format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] noiseBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    /** A lossy WebP: {@code RIFF <size> WEBP VP8 <size>}, a key-frame header for 16 by 16, then data. */
    private static byte[] webp() {
        byte[] frame = noiseBytes(400);
        byte[] keyFrame = {(byte) 0x30, 0x01, 0x00, (byte) 0x9d, 0x01, 0x2a, 0x10, 0x00, 0x10, 0x00};
        System.arraycopy(keyFrame, 0, frame, 0, keyFrame.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(littleEndian(4 + 8 + frame.length));
        out.writeBytes("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(littleEndian(frame.length));
        out.writeBytes(frame);
        return out.toByteArray();
    }

    /** A HEIC file's start: the {@code ftyp} box with brand {@code heic}, a {@code meta} box, then data. */
    private static byte[] heic() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0, 0, 0x18});
        out.writeBytes("ftypheic".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0, 0, 0, 0});
        out.writeBytes("mif1heic".getBytes(StandardCharsets.US_ASCII));
        byte[] meta = noiseBytes(400);
        out.writeBytes(new byte[] {0, 0, (byte) ((meta.length + 8) >> 8), (byte) (meta.length + 8)});
        out.writeBytes("meta".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(meta);
        return out.toByteArray();
    }

    private static byte[] littleEndian(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)};
    }
}
