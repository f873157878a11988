package org.casebridge.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casebridge.platform.text.Corpus.Base64Alphabet;
import org.casebridge.platform.text.Corpus.HexStyle;

/**
 * The detector finds every image and file however it is written, and lets every ordinary note pass: zero misses over
 * generated files in every encoding, zero false refusals over the generated corpus of safeguarding notes.
 */
class EmbeddedContentProperties {

    /** How a file is written into a text field: an encoding, a layout, maybe a data URI, maybe escapes, in prose. */
    record Writing(
            String encoding,
            int width,
            String separator,
            long seed,
            String container,
            String escape,
            String before,
            String after) {

        String write(byte[] file) {
            String text = switch (encoding) {
                case "percent" -> Corpus.percentEncodedBytes(file);
                default ->
                    encoding.startsWith("hex:")
                            ? HexStyle.valueOf(encoding.substring(4)).encode(file)
                            : Base64Alphabet.valueOf(encoding.substring(7)).encode(file);
            };
            boolean continuous =
                    encoding.startsWith("base64:") || encoding.equals("hex:CONTINUOUS") || encoding.equals("hex:UPPER");
            String alphabet = encoding.startsWith("base64:URL") ? "-_" : encoding.startsWith("base64:") ? "+/=" : "";
            if (continuous && width > 0) {
                text = Corpus.wrap(text, width, Corpus.usable(separator, alphabet) ? separator : "\n");
            } else if (continuous && width < 0) {
                text = Corpus.split(text, seed, alphabet);
            }
            if (!container.isEmpty()) {
                text = container + text;
            }
            text = switch (escape) {
                case "json-all" -> Corpus.jsonEscaped(text, seed, true);
                case "json-some" -> Corpus.jsonEscaped(text, seed, false);
                case "percent-all" -> Corpus.percentEncoded(text, true);
                case "percent-some" -> Corpus.percentEncoded(text, false);
                default -> text;
            };
            return before + text + after;
        }
    }

    @Provide
    Arbitrary<byte[]> files() {
        return Corpus.files();
    }

    @Provide
    Arbitrary<Writing> writings() {
        Arbitrary<String> encoding = Arbitraries.oneOf(
                Arbitraries.of(Base64Alphabet.class).map(a -> "base64:" + a.name()),
                Arbitraries.of(HexStyle.class).map(s -> "hex:" + s.name()),
                Arbitraries.just("percent"));
        Arbitrary<Integer> width = Arbitraries.oneOf(
                Arbitraries.just(0),
                Arbitraries.just(76),
                Arbitraries.just(64),
                Arbitraries.integers().between(1, 120),
                Arbitraries.just(-1));
        Arbitrary<String> container = Combinators.combine(
                        Arbitraries.of(Corpus.IMAGE_TYPES),
                        Arbitraries.of(Corpus.DATA_PARAMETERS),
                        Arbitraries.of("data:", "DATA:", "Data:"))
                .as((type, parameters, scheme) -> scheme + type + parameters + ";base64,");
        Arbitrary<String> context = Arbitraries.of(
                "",
                "See ",
                "Pasted from the phone: ",
                "note\n",
                "\"",
                "(",
                "The DSL wrote: photo=",
                "https://example.org/upload?img=");
        return Combinators.combine(
                        encoding,
                        width,
                        Arbitraries.of(Corpus.SEPARATORS),
                        Arbitraries.longs(),
                        Arbitraries.oneOf(Arbitraries.just(""), container),
                        Arbitraries.of("", "", "json-all", "json-some", "percent-all", "percent-some"),
                        context,
                        Arbitraries.of("", " and nothing else.", "\"", ")", "\nEnd of note."))
                .as((e, w, s, seed, c, esc, before, after) -> new Writing(
                        e,
                        w,
                        s,
                        seed,
                        e.startsWith("base64:")
                                ? c
                                : e.equals("percent") && !c.isEmpty() ? c.replace(";base64,", ",") : "",
                        esc,
                        before,
                        after));
    }

    @Property(tries = 1000)
    void findsEveryImageOrFileHoweverItIsWritten(@ForAll("files") byte[] file, @ForAll("writings") Writing writing) {
        String text = writing.write(file);
        assertThat(EmbeddedContent.find(text)).as(writing.toString()).isNotNull();
    }

    @Property(tries = 300)
    void findsFilesWithoutTheirHeaderWhenWrittenAsOneRunOrInLines(
            @ForAll("headerless") byte[] data, @ForAll("layouts") String layout) {
        String text = switch (layout) {
            case "base64" -> Base64.getEncoder().encodeToString(data);
            case "url-safe" -> Base64.getUrlEncoder().withoutPadding().encodeToString(data);
            case "mime" -> Base64.getMimeEncoder().encodeToString(data);
            case "pem" -> Corpus.wrap(Base64.getEncoder().encodeToString(data), 64, "\n");
            case "hex" -> HexFormat.of().formatHex(data);
            case "hex-lines" -> Corpus.wrap(HexFormat.of().formatHex(data), 60, "\n");
            default -> Corpus.percentEncodedBytes(data);
        };
        assertThat(EmbeddedContent.find("Note: " + text)).as(layout).isNotNull();
    }

    @Provide
    Arbitrary<byte[]> headerless() {
        return Corpus.headerless();
    }

    @Provide
    Arbitrary<String> layouts() {
        return Arbitraries.of("base64", "url-safe", "mime", "pem", "hex", "hex-lines", "percent");
    }

    @Property(tries = 1000)
    void letsOrdinaryNotesPass(@ForAll("prose") String note) {
        assertThat(EmbeddedContent.find(note)).as(note).isNull();
    }

    @Provide
    Arbitrary<String> prose() {
        return Corpus.prose();
    }

    @Example
    void shortSignaturesInsideRandomTokensOrHashListsAreNotFiles() {
        assertThat(EmbeddedContent.find("https://example.org/?token=XfLaCq9&id=1"))
                .isNull();
        assertThat(EmbeddedContent.find(
                        "matches: 5f99b98b1b4435a19c2268916c457f4879b0ec4b24f4baacf641424d0a1b2c3d, " + "0".repeat(64)))
                .isNull();
    }

    @Example
    void refusesEveryDataUriThatIsNotText() {
        assertThat(EmbeddedContent.find("see data:image/png;base64,AAAA")).isNotNull();
        assertThat(EmbeddedContent.find("data:image/svg+xml,%3Csvg%3E")).isNotNull();
        assertThat(EmbeddedContent.find("data:application/octet-stream;name=x,abc"))
                .isNotNull();
        assertThat(EmbeddedContent.find("data:text/plain;charset=utf-8,hello%20there"))
                .isNull();
        assertThat(EmbeddedContent.find("Personal data: none. metadata:image/png"))
                .isNull();
    }

    @Example
    void aFileHiddenInsideEscapesInsidePercentEncodingIsFound() {
        String escaped = Corpus.jsonEscaped(Base64.getEncoder().encodeToString(Corpus.Format.PNG.header), 1, true);
        assertThat(EmbeddedContent.find(Corpus.percentEncoded(escaped, true)).describe())
                .isEqualTo("a PNG image in base64 behind JSON or HTML escapes inside percent-encoding");
        assertThat(EmbeddedContent.find("&#47;9j&#47;4AAQSkZJRg")).isNotNull();
    }

    @Example
    void namesWhatItFoundWithoutQuotingIt() {
        EmbeddedContent.Finding finding = EmbeddedContent.find("photo: " + "/9j/4AAQSkZJRgABAQ");
        assertThat(finding.describe()).isEqualTo("a JPEG image in base64").doesNotContain("/9j/");
    }

    @Example
    void theInputThatCostTheOldRegexTenMillionStepsIsAnsweredInOnePass() {
        String crafted = ("A".repeat(199) + "!").repeat(1300);
        assertThat(EmbeddedContent.find(crafted))
                .as("runs of zeros are no file")
                .isNull();
        String jpeg = Base64.getEncoder().encodeToString(Corpus.Format.JPEG_JFIF.header);
        assertThat(EmbeddedContent.find(crafted + jpeg)).isNotNull();
        String words = ("abcdefghij".repeat(19) + "x ").repeat(1300);
        assertThat(EmbeddedContent.find(words)).isNull();
    }
}
