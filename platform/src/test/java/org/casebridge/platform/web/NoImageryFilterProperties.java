package org.casebridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The content-type rule of the no-imagery guard, over arbitrary inputs. */
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
        assertThat(NoImageryFilter.isRefusedMediaType("application/problem+json")).isFalse();
    }

    @Property
    void anyEncodedBlobOfImageSizeIsLongerThanTheLongestAllowedRun(@ForAll @Size(min = 150, max = 2000) byte[] bytes) {
        assertThat(Base64.getEncoder().encodeToString(bytes).length()).isGreaterThanOrEqualTo(NoImageryFilter.MAX_BASE64_RUN);
    }
}
