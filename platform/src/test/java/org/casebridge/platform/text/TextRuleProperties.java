package org.casebridge.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.casebridge.platform.text.RefusedTextException.Reason;

/** The text rule: no control characters but tab, LF and CR, no unpaired surrogates, and NFC. */
class TextRuleProperties {

    @Property
    void refusesEveryControlCharacterButTabLineFeedAndCarriageReturn(
            @ForAll("controls") char control, @ForAll("prose") String before, @ForAll("prose") String after) {
        String text = before + control + after;
        assertThat(TextRule.violation(text)).isEqualTo(Reason.CONTROL_CHARACTER);
        assertThatThrownBy(() -> TextRule.clean("summary", text))
                .isInstanceOfSatisfying(RefusedTextException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("summary");
                    assertThat(refused.reason().status()).isEqualTo(400);
                    assertThat(refused.getMessage()).contains("summary").doesNotContain(String.valueOf(control));
                });
    }

    @Provide
    Arbitrary<Character> controls() {
        return Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u001f').filter(c -> c != '\t' && c != '\n' && c != '\r'),
                Arbitraries.chars().range('\u007f', '\u009f'));
    }

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.oneOf(Arbitraries.just(""), Corpus.prose());
    }

    @Property
    void refusesAnUnpairedSurrogate(
            @ForAll @IntRange(min = 0xD800, max = 0xDFFF) int surrogate, @ForAll("prose") String before) {
        assertThat(TextRule.violation(before + (char) surrogate + "x")).isEqualTo(Reason.UNPAIRED_SURROGATE);
        assertThat(TextRule.violation(before + (char) surrogate)).isEqualTo(Reason.UNPAIRED_SURROGATE);
    }

    @Property
    void acceptsPairedSurrogatesTabsAndLineBreaks(@ForAll @IntRange(min = 0x10000, max = 0x10FFFF) int codePoint) {
        String text = "Line one\tcol\r\nLine two " + Character.toString(codePoint) + "\n";
        assertThat(TextRule.violation(text)).isNull();
    }

    @Property
    void passesEveryOrdinaryNoteAndLeavesItInNfc(@ForAll("prose") String note) {
        assertThat(TextRule.violation(note)).isNull();
        String clean = TextRule.clean("note", note);
        assertThat(Normalizer.isNormalized(clean, Normalizer.Form.NFC)).isTrue();
        assertThat(clean).isEqualTo(Normalizer.normalize(note, Normalizer.Form.NFC));
    }

    @Property
    void normalisesAnyCleanTextToNfc(@ForAll("decomposed") String text) {
        String clean = TextRule.clean("name", text);
        assertThat(clean).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
        assertThat(TextRule.clean("name", clean)).isSameAs(clean);
    }

    @Provide
    Arbitrary<String> decomposed() {
        return Arbitraries.strings()
                .withChars("aeiouAEIOUnc \u0301\u0300\u0308\u0327\u0303")
                .ofMaxLength(40)
                .map(s -> Normalizer.normalize(s, Normalizer.Form.NFD));
    }

    @Example
    void acceptRefusesEmbeddedDataWith422AndCleanTextPasses() {
        assertThatThrownBy(() -> TextRule.accept("imageryNotes", "see /9j/4AAQSkZJRgABAQ"))
                .isInstanceOfSatisfying(
                        RefusedTextException.class,
                        refused -> assertThat(refused.reason().status()).isEqualTo(422));
        assertThat(TextRule.accept("summary", "Cafe\u0301 at break")).isEqualTo("Caf\u00e9 at break");
        assertThat(TextRule.accept("summary", null)).isNull();
    }
}
