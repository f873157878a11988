package org.casebridge.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.casebridge.platform.test.SmuggledImagery.Encoding;
import org.casebridge.platform.test.SmuggledImagery.Format;
import org.casebridge.platform.test.SmuggledImagery.Sample;
import org.junit.jupiter.api.Test;

/**
 * The smuggling tests are only as good as their samples: each sample decodes, the way its encoding says, back to
 * the very bytes of its image, and the images are real files.
 */
class SmuggledImageryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jpegPngAndGifAreImagesAnyReaderOpensAndWebpAndHeicCarryTheirHeaders() throws Exception {
        for (Format format : List.of(Format.JPEG, Format.PNG, Format.GIF)) {
            assertThat(ImageIO.read(new ByteArrayInputStream(format.bytes())))
                    .as(format.name())
                    .isNotNull();
        }
        byte[] webp = Format.WEBP.bytes();
        assertThat(new String(webp, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(webp, 8, 8, StandardCharsets.US_ASCII)).isEqualTo("WEBPVP8 ");
        assertThat(new String(Format.HEIC.bytes(), 4, 8, StandardCharsets.US_ASCII))
                .isEqualTo("ftypheic");
        for (Format format : Format.values()) {
            assertThat(format.bytes().length).as(format.name()).isBetween(200, 2000);
        }
    }

    @Test
    void everySampleDecodesBackToItsImage() throws Exception {
        for (Sample sample : SmuggledImagery.all(true)) {
            assertThat(decode(sample))
                    .as(sample.toString())
                    .isEqualTo(sample.format().bytes());
            assertThat(JSON.readValue(sample.jsonLiteral(), String.class))
                    .as(sample.toString())
                    .isEqualTo(sample.text());
        }
    }

    @Test
    void theEncodingsAreShapedAsTheirNamesSay() {
        Sample mime = new Sample(Format.JPEG, Encoding.MIME_BASE64_76_CRLF);
        assertThat(mime.text().split("\r\n")[0]).hasSize(76);
        Sample urlSafe = new Sample(Format.JPEG, Encoding.URL_SAFE_BASE64_UNPADDED);
        assertThat(urlSafe.text()).doesNotContain("+", "/", "=");
        Sample split = new Sample(Format.PNG, Encoding.BASE64_SPLIT_BY_SPACES);
        for (String piece : split.text().split(" ")) {
            assertThat(piece.length()).isBetween(1, 60);
        }
        assertThat(split.text().split(" ").length).isGreaterThan(5);
        assertThat(new Sample(Format.PNG, Encoding.JSON_ESCAPED_BASE64).jsonLiteral())
                .startsWith("\"\\u0069\\u0056");
        assertThat(new Sample(Format.GIF, Encoding.DATA_URI_WITH_PARAMETERS).text())
                .startsWith("data:image/gif;name=evidence.gif;charset=binary;base64,R0lGOD");
        assertThat(SmuggledImagery.fingerprints())
                .hasSize(Format.values().length * Encoding.values().length)
                .allSatisfy(piece -> assertThat(piece).hasSize(24));
    }

    private static byte[] decode(Sample sample) {
        String text = sample.text();
        return switch (sample.encoding()) {
            case STANDARD_BASE64, JSON_ESCAPED_BASE64 -> Base64.getDecoder().decode(text);
            case URL_SAFE_BASE64_UNPADDED -> Base64.getUrlDecoder().decode(text);
            case MIME_BASE64_76_CRLF -> Base64.getMimeDecoder().decode(text);
            case BASE64_SPLIT_BY_SPACES -> Base64.getDecoder().decode(text.replace(" ", ""));
            case DATA_URI_WITH_PARAMETERS -> Base64.getDecoder().decode(text.substring(text.indexOf(",") + 1));
            case PERCENT_ENCODED_DATA_URI -> percentDecoded(text.substring(text.indexOf(",") + 1));
            case HEX_DUMP -> HexFormat.of().parseHex(text.replace("\n", ""));
        };
    }

    private static byte[] percentDecoded(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
