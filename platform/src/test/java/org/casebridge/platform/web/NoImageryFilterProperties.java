package org.casebridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

/** The content-type and charset rules of the no-imagery guard, over arbitrary inputs. */
class NoImageryFilterProperties {

    @Property
    void refusesEveryImageVideoAudioAndMultipartType(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String sub) {
        for (String main : new String[] {"image", "video", "audio", "multipart", "IMAGE"}) {
            assertThat(NoImageryFilter.isRefusedMediaType(main + "/" + sub)).isTrue();
        }
    }

    @Example
    void acceptsJson() {
        assertThat(NoImageryFilter.isRefusedMediaType("application/json")).isFalse();
        assertThat(NoImageryFilter.isRefusedMediaType("application/problem+json"))
                .isFalse();
    }

    @Property
    void refusesJsonThatIsNotUtf8(
            @ForAll @StringLength(min = 1, max = 40) String json, @ForAll("otherEncodings") String encoding) {
        byte[] bytes = ("{\"note\":\"" + json + "\"}").getBytes(Charset.forName(encoding));
        assertThat(NoImageryFilter.startsAsUtf8(Arrays.copyOf(bytes, 4))).isFalse();
        assertThat(NoImageryFilter.startsAsUtf8(
                        Arrays.copyOf(("{\"note\":\"" + json).getBytes(StandardCharsets.UTF_8), 4)))
                .isTrue();
    }

    @Provide
    Arbitrary<String> otherEncodings() {
        return Arbitraries.of("UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE", "UTF-32BE");
    }
}
