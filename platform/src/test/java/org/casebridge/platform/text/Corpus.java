package org.casebridge.platform.text;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

/**
 * Generators for the guard's property tests: real image and file bytes written in every way the guard must see
 * through, and the ordinary text of safeguarding notes that it must let pass.
 */
final class Corpus {

    private Corpus() {}

    // ---- files ----

    enum Format {
        JPEG_JFIF(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1}),
        JPEG_EXIF(
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x1C, 0x45, 'E', 'x', 'i', 'f', 0, 0}),
        JPEG_RAW(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDB, 0, 0x43, 0}),
        PNG(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'}),
        GIF87(new byte[] {'G', 'I', 'F', '8', '7', 'a', 1, 0, 1, 0}),
        GIF89(new byte[] {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, (byte) 0x80, 0, 0}),
        WEBP(new byte[] {'R', 'I', 'F', 'F', 0x24, 0x10, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '}),
        HEIC(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1'}),
        AVIF(new byte[] {0, 0, 0, 0x1C, 'f', 't', 'y', 'p', 'a', 'v', 'i', 'f', 0, 0, 0, 0}),
        MP4(new byte[] {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0}),
        PDF("%PDF-1.7\n%".getBytes(StandardCharsets.ISO_8859_1)),
        ZIP(new byte[] {'P', 'K', 3, 4, 0x14, 0, 0, 0, 8, 0});

        final byte[] header;

        Format(byte[] header) {
            this.header = header;
        }
    }

    /** A file: its format's header then a random body, from nothing to tens of kilobytes. */
    static Arbitrary<byte[]> files() {
        Arbitrary<byte[]> bodies = Arbitraries.bytes()
                .array(byte[].class)
                .ofMinSize(0)
                .ofMaxSize(40_000)
                .withSizeDistribution(RandomDistribution.biased());
        return Combinators.combine(Arbitraries.of(Format.class), bodies).as((format, body) -> {
            byte[] file = new byte[format.header.length + body.length];
            System.arraycopy(format.header, 0, file, 0, format.header.length);
            System.arraycopy(body, 0, file, format.header.length, body.length);
            return file;
        });
    }

    /** Bytes that are no known format, long enough to be judged as data: a file without its header. */
    static Arbitrary<byte[]> headerless() {
        return Arbitraries.bytes()
                .array(byte[].class)
                .ofMinSize(EmbeddedContent.MIN_BINARY_BYTES)
                .ofMaxSize(20_000)
                .withSizeDistribution(RandomDistribution.biased());
    }

    // ---- encodings ----

    /** Separators; those holding a character of the data's own alphabet are not used for it (see {@link #usable}). */
    static final List<String> SEPARATORS = List.of(
            " ", "\n", "\r\n", "\t", ", ", " | ", ".", ";", ":", "\\n", "\u200b", "  ", "\n\n", "\" + \"", "~", "*",
            "\u00a0", "·", "',\n'", "#", "-", "_", "\\/");

    /** Whether a separator can split data written in an alphabet without becoming part of the data. */
    static boolean usable(String separator, String alphabet) {
        return separator.chars().noneMatch(c -> alphabet.indexOf(c) >= 0);
    }

    enum Base64Alphabet {
        STANDARD,
        STANDARD_UNPADDED,
        URL_SAFE,
        URL_SAFE_UNPADDED;

        String encode(byte[] bytes) {
            return switch (this) {
                case STANDARD -> Base64.getEncoder().encodeToString(bytes);
                case STANDARD_UNPADDED -> Base64.getEncoder().withoutPadding().encodeToString(bytes);
                case URL_SAFE -> Base64.getUrlEncoder().encodeToString(bytes);
                case URL_SAFE_UNPADDED ->
                    Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            };
        }
    }

    enum HexStyle {
        CONTINUOUS,
        UPPER,
        SPACED,
        COMMA_0X,
        BACKSLASH_X,
        XXD,
        COLONS;

        String encode(byte[] bytes) {
            String hex = HexFormat.of().formatHex(bytes);
            return switch (this) {
                case CONTINUOUS -> hex;
                case UPPER -> hex.toUpperCase();
                case SPACED -> HexFormat.ofDelimiter(" ").formatHex(bytes);
                case COMMA_0X -> HexFormat.ofDelimiter(", ").withPrefix("0x").formatHex(bytes);
                case BACKSLASH_X -> HexFormat.of().withPrefix("\\x").formatHex(bytes);
                case COLONS -> HexFormat.ofDelimiter(":").withUpperCase().formatHex(bytes);
                case XXD -> xxd(hex);
            };
        }

        private static String xxd(String hex) {
            StringBuilder dump = new StringBuilder();
            for (int line = 0; line * 32 < hex.length(); line++) {
                dump.append(String.format("%08x:", line * 16));
                for (int k = line * 32; k < Math.min(hex.length(), line * 32 + 32); k += 4) {
                    dump.append(' ').append(hex, k, Math.min(hex.length(), k + 4));
                }
                dump.append('\n');
            }
            return dump.toString();
        }
    }

    /** Splits text into lines of one width joined by one separator (as MIME, PEM or a pasted dump does). */
    static String wrap(String text, int width, String separator) {
        StringBuilder wrapped = new StringBuilder(text.length() + text.length() / width * separator.length() + 4);
        for (int k = 0; k < text.length(); k += width) {
            if (k > 0) {
                wrapped.append(separator);
            }
            wrapped.append(text, k, Math.min(text.length(), k + width));
        }
        return wrapped.toString();
    }

    /** Splits text at random places with random separators. */
    static String split(String text, long seed, String alphabet) {
        Random random = new Random(seed);
        List<String> separators =
                SEPARATORS.stream().filter(s -> usable(s, alphabet)).toList();
        StringBuilder split = new StringBuilder();
        int k = 0;
        while (k < text.length()) {
            int chunk = 1 + random.nextInt(random.nextBoolean() ? 8 : 120);
            split.append(text, k, Math.min(text.length(), k + chunk));
            k += chunk;
            if (k < text.length()) {
                split.append(separators.get(random.nextInt(separators.size())));
            }
        }
        return split.toString();
    }

    /** Every character, or a random share of them, as a JSON {@code \\uXXXX} escape. */
    static String jsonEscaped(String text, long seed, boolean all) {
        Random random = new Random(seed);
        StringBuilder escaped = new StringBuilder(text.length() * 3);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (all || random.nextInt(3) == 0 || c == '\\' || c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Every character, or only those a URL must escape, percent-encoded (as UTF-8). */
    static String percentEncoded(String text, boolean all) {
        StringBuilder encoded = new StringBuilder(text.length() * 3);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int u = b & 0xFF;
            if (!all && (Character.isLetterOrDigit(u) && u < 128 || u == '-' || u == '_' || u == '.')) {
                encoded.append((char) u);
            } else {
                encoded.append('%').append(String.format("%02X", u));
            }
        }
        return encoded.toString();
    }

    /** Raw bytes percent-encoded, as in {@code data:image/png,%89PNG%0D%0A...}. */
    static String percentEncodedBytes(byte[] bytes) {
        StringBuilder encoded = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int u = b & 0xFF;
            if (u < 128 && Character.isLetterOrDigit(u)) {
                encoded.append((char) u);
            } else {
                encoded.append('%').append(String.format("%02X", u));
            }
        }
        return encoded.toString();
    }

    static final List<String> IMAGE_TYPES = List.of(
            "image/jpeg",
            "image/png",
            "image/gif",
            "image/webp",
            "image/heic",
            "IMAGE/JPEG",
            "application/octet-stream",
            "video/mp4",
            "application/pdf");
    static final List<String> DATA_PARAMETERS =
            List.of("", ";name=photo.jpg", ";charset=utf-8", ";name=a;filename=b.png", ";x-foo=bar%20baz");

    // ---- prose ----

    private static final List<String> OPENINGS = List.of(
            "Disclosed at break that",
            "The pupil told the DSL that",
            "Parent phoned at 08:40 and said",
            "Form tutor reports that",
            "On review,",
            "Following the call with MASH,",
            "Spoke with the child in the presence of a trusted adult;",
            "PC Ahmed confirmed that",
            "Strategy meeting agreed that",
            "Note for file:",
            "Update 28/11/2026 14:05 -",
            "Per KCSIE 2025 guidance,");
    private static final List<String> MIDDLES = List.of(
            "an image was shared on Snapchat between Year 9 pupils",
            "the phone was confiscated and kept in the safe, not viewed",
            "no adult is believed to be involved",
            "the image was deleted by both children in front of staff",
            "the report was made to CEOP and the IWF",
            "parents were informed and agreed to support",
            "the device was handed to police under exhibit JB/1",
            "a hash-set reference was recorded instead of the image",
            "the child is anxious and has been offered counselling",
            "Outcome 21 was recorded by the force",
            "the school will not view the imagery under any circumstances",
            "the girl's older brother (aged 19) may have received it",
            "café staff saw nothing — she’s fine now",
            "the group chat \"Y10 lads\" had 34 members",
            "the account @jay_b_2011 sent the request at 23:14",
            "the referral to children's social care was accepted by MASH",
            "this was a one-off and not coercive");
    private static final List<String> CLOSINGS = List.of(
            "Next review in 2 weeks.",
            "No further action at this stage.",
            "DSL to follow up on Monday.",
            "See attached chronology (no images).",
            "Action: speak to the PSHE lead.",
            "Logged on CPOMS too.",
            "Case closed by the DSL after sign-off.",
            "Risk assessed as low (3/10).");

    private static Arbitrary<String> crimeReference() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 999_999).map(n -> String.format("MPS-2026-%06d", n)),
                Combinators.combine(
                                Arbitraries.integers().between(1, 99),
                                Arbitraries.integers().between(0, 99_999))
                        .as((a, b) -> String.format("CRN %02d/%05d/26", a, b)),
                Arbitraries.strings()
                        .withCharRange('A', 'Z')
                        .ofLength(2)
                        .flatMap(initials ->
                                Arbitraries.integers().between(1, 40).map(n -> "exhibit " + initials + "/" + n)),
                Arbitraries.integers().between(1, 9999).map(n -> "Exhibit No. " + n),
                Arbitraries.strings().numeric().ofLength(12).map(n -> "UPN A" + n),
                Arbitraries.strings().numeric().ofLength(6).map(n -> "07700 " + n),
                Arbitraries.of("SW1A 1AA", "E8 1DY", "M14 5RB", "LS6 2QH"),
                Arbitraries.integers().between(1, 100).map(n -> n + "% of the group"));
    }

    private static Arbitrary<String> hash() {
        Arbitrary<String> sha256 =
                Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
        return Arbitraries.oneOf(
                sha256.map(h -> "SHA-256 " + h),
                sha256.map(String::toUpperCase),
                sha256.map(h -> "hash-set ref " + h),
                Arbitraries.strings().withChars("0123456789abcdef").ofLength(32).map(h -> "MD5 " + h),
                sha256.list().ofMinSize(2).ofMaxSize(8).map(list -> "matches: " + String.join(", ", list)),
                sha256.list().ofMinSize(2).ofMaxSize(8).map(list -> String.join("\n", list)));
    }

    private static Arbitrary<String> url() {
        Arbitrary<String> word = Arbitraries.of(
                "news",
                "article",
                "safeguarding",
                "policy",
                "2026",
                "school",
                "report-remove",
                "kcsie",
                "guidance",
                "sexting",
                "nudes",
                "help",
                "en-gb",
                "p",
                "watch",
                "story");
        Arbitrary<String> value = Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars('-', '_')
                .ofMinLength(1)
                .ofMaxLength(24);
        Arbitrary<String> path = word.list().ofMinSize(0).ofMaxSize(6).map(list -> String.join("/", list));
        Arbitrary<String> query = Combinators.combine(
                        Arbitraries.of("q", "id", "ref", "utm_source", "fbclid", "page", "v", "s", "token", "gclid"),
                        value)
                .as((k, v) -> k + "=" + v)
                .list()
                .ofMaxSize(5)
                .map(list -> list.isEmpty() ? "" : "?" + String.join("&", list));
        Arbitrary<String> host = Arbitraries.of(
                "www.gov.uk",
                "www.nspcc.org.uk",
                "www.iwf.org.uk",
                "youtu.be",
                "www.tiktok.com",
                "www.snapchat.com",
                "ceop.police.uk",
                "docs.google.com");
        return Combinators.combine(host, path, query, Arbitraries.of("", "#section-2"))
                .as((h, p, q, f) -> "https://" + h + "/" + p + q + f);
    }

    private static Arbitrary<String> sentence() {
        Arbitrary<String> plain = Combinators.combine(
                        Arbitraries.of(OPENINGS), Arbitraries.of(MIDDLES), Arbitraries.of(CLOSINGS))
                .as((a, b, c) -> a + " " + b + ". " + c);
        return Arbitraries.oneOf(
                plain,
                plain,
                plain,
                Combinators.combine(plain, crimeReference()).as((p, r) -> p + " Ref " + r + "."),
                Combinators.combine(plain, url()).as((p, u) -> p + " Source: " + u + " ."),
                Combinators.combine(plain, hash()).as((p, h) -> p + " " + h),
                crimeReference().list().ofMinSize(2).ofMaxSize(30).map(list -> "Refs: " + String.join(", ", list)),
                url().list().ofMinSize(2).ofMaxSize(12).map(list -> String.join("\n", list)),
                Arbitraries.of(
                        "Personal data: none shared.",
                        "metadata: stripped before the referral",
                        "Data: see the chronology",
                        "Year 9/10 and/or Year 11",
                        "Session 1/9 with the DSL",
                        "Tel 0800 1111 / 0808 800 5000",
                        "ISBN 978-0-14-312755-0",
                        "12 34 56 78 90 12 34 56",
                        "R v. Smith [2025] EWCA Crim 1234",
                        "Agreed: A=yes; B=no; C=n/a",
                        "😟 she said ‘it’s fine’"));
    }

    /** Notes as safeguarding staff write them: from one line to long paragraphs. */
    static Arbitrary<String> prose() {
        return sentence()
                .list()
                .ofMinSize(1)
                .ofMaxSize(60)
                .withSizeDistribution(RandomDistribution.biased())
                .flatMap(sentences ->
                        Arbitraries.of(" ", "\n", "\n\n", "\r\n").map(separator -> String.join(separator, sentences)));
    }
}
