package org.casebridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalDrafts;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.casebridge.platform.test.PortalSignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each way of smuggling an image through text that the security review (M1, M3, H4) found open, sent as a client
 * would send it, over real HTTP where the container matters: every one is refused with a problem that names the field,
 * and nothing is written, neither an event nor a draft.
 */
@CasebridgeIntegrationTest
@AutoConfigureMockMvc
class SmuggledTextIT {

    private static final byte[] JPEG = jpeg(3000);
    private static final String BASE64 = Base64.getEncoder().encodeToString(JPEG);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    PortalDrafts drafts;

    private final HttpClient http = HttpClient.newHttpClient();
    private long eventsBefore;

    @BeforeEach
    void countEvents() {
        eventsBefore = storedEvents();
    }

    private static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        new Random(11).nextBytes(bytes);
        System.arraycopy(
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'},
                0,
                bytes,
                0,
                10);
        return bytes;
    }

    @Test
    void refusesBase64WrittenWithJsonEscapes() throws Exception {
        StringBuilder escaped = new StringBuilder();
        for (char c : BASE64.substring(0, 120).toCharArray()) {
            escaped.append(String.format("\\u%04x", (int) c));
        }
        assertRefused(send("/api/probes", json("{\"note\":\"" + escaped + "\"}")), 422, "note");
    }

    @Test
    void refusesMimeWrappedBase64() throws Exception {
        String mime = Base64.getMimeEncoder().encodeToString(JPEG).replace("\r\n", "\\r\\n");
        assertRefused(send("/api/probes", json("{\"note\":\"" + mime + "\"}")), 422, "note");
    }

    @Test
    void refusesUrlSafeBase64SplitBySpaces() throws Exception {
        String urlSafe =
                Base64.getUrlEncoder().withoutPadding().encodeToString(JPEG).replaceAll("(.{7})", "$1 ");
        assertRefused(send("/api/probes", json("{\"note\":\"see " + urlSafe + "\"}")), 422, "note");
    }

    @Test
    void refusesPercentEncodedAndParameterisedDataUris() throws Exception {
        StringBuilder percent = new StringBuilder("data:image/png,");
        for (byte b : new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}) {
            percent.append(String.format("%%%02X", b & 0xFF));
        }
        assertRefused(send("/api/probes", json("{\"note\":\"" + percent + "\"}")), 422, "note");
        assertRefused(
                send(
                        "/api/probes",
                        json("{\"note\":\"data:image/jpeg;name=a.jpg;base64," + BASE64.substring(0, 40) + "\"}")),
                422,
                "note");
    }

    @Test
    void refusesAHexDump() throws Exception {
        String hex = HexFormat.ofDelimiter(" ").formatHex(JPEG, 0, 40);
        assertRefused(send("/api/probes", json("{\"note\":\"" + hex + "\"}")), 422, "note");
    }

    @Test
    void refusesJsonInUtf16OrUtf32() throws Exception {
        for (String charset : new String[] {"UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE"}) {
            byte[] body = ("{\"note\":\"" + BASE64.substring(0, 150) + "\"}").getBytes(Charset.forName(charset));
            HttpResponse<String> unlabelled = send("/api/probes", "application/json", body);
            assertThat(unlabelled.statusCode()).as(charset).isEqualTo(415);
            assertThat(unlabelled.body()).contains("charset-not-accepted");
            HttpResponse<String> labelled = send("/api/probes", "application/json; charset=" + charset, body);
            assertThat(labelled.statusCode()).as(charset).isEqualTo(415);
        }
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void anEncodedPathIsGuardedLikeAnyOther() throws Exception {
        String oversize = "{\"note\":\"" + "word ".repeat(300 * 1024 / 5) + BASE64 + "\"}";
        HttpResponse<String> tooLarge = send("/%61pi/probes", json(oversize));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("request-too-large");
        assertRefused(send("/%61pi/probes", json("{\"note\":\"" + BASE64.substring(0, 180) + "\"}")), 422, "note");
    }

    @Test
    void refusesAChunkedBodyOverTheLimitAndGuardsOneWithin() throws Exception {
        byte[] oversize = ("{\"note\":\"" + "word ".repeat(300 * 1024 / 5) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> tooLarge = sendChunked("/api/probes", oversize);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertRefused(
                sendChunked(
                        "/api/probes",
                        ("{\"note\":\"" + BASE64.substring(0, 180) + "\"}").getBytes(StandardCharsets.UTF_8)),
                422,
                "note");
        HttpResponse<String> valid =
                sendChunked("/api/probes", "{\"note\":\"Seen at lunch\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(valid.statusCode()).isEqualTo(201);
        eventsBefore++;
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void refusesANulNamingTheFieldAndWritesNothing() throws Exception {
        HttpResponse<String> response = send("/api/probes", json("{\"note\":\"a\\u0000b\"}"));
        assertRefused(response, 400, "note");
        assertThat(response.body()).contains("control character");
        assertRefused(send("/api/probes", json("{\"note\":\"a\\ud800b\"}")), 400, "note");
    }

    @Test
    void refusesQueryStringsAfterDecoding() throws Exception {
        HttpResponse<String> image = get("/api/probes/case-1?purpose="
                + BASE64.substring(0, 60).replace("/", "%2F").replace("+", "%2B"));
        assertRefused(image, 422, "purpose");
        assertRefused(get("/api/probes/case-1?purpose=a%00b"), 400, "purpose");
    }

    @Test
    void aPortalFormWithAnImageIsRefusedBeforeItsDraftIsSaved() throws Exception {
        MockHttpServletResponse page = mvc.perform(post("/portal/probes/case-9")
                        .with(dsl("dsl.smuggle"))
                        .with(csrf())
                        .param("note", "photo " + BASE64.substring(0, 400))
                        .param("urgency", "now"))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString())
                .contains("Images and files cannot be entered as text", "note", "Nothing was saved")
                .doesNotContain(BASE64.substring(0, 40));
        MockHttpServletResponse nul = mvc.perform(post("/portal/probes/case-9")
                        .with(dsl("dsl.smuggle"))
                        .with(csrf())
                        .param("note", "a\u0000b"))
                .andReturn()
                .getResponse();
        assertThat(nul.getStatus()).isEqualTo(400);
        assertThat(drafts("dsl.smuggle")).isZero();
    }

    @Test
    void aDraftAutosaveWithAnImageOrANulIsRefusedAndNothingIsSaved() throws Exception {
        MockHttpServletResponse image = mvc.perform(post("/portal/drafts/probe-note")
                        .with(dsl("dsl.autosave"))
                        .with(csrf())
                        .param("note", "data:image/jpeg;base64," + BASE64.substring(0, 100)))
                .andReturn()
                .getResponse();
        assertThat(image.getStatus()).isEqualTo(422);
        assertThat(image.getContentType()).isEqualTo("application/problem+json");
        assertThat(image.getContentAsString()).contains("embedded-data-not-accepted", "\"field\":\"note\"");
        MockHttpServletResponse nul = mvc.perform(post("/portal/drafts/probe-note")
                        .with(dsl("dsl.autosave"))
                        .with(csrf())
                        .param("note", "x")
                        .param("urgency", "now\u0000"))
                .andReturn()
                .getResponse();
        assertThat(nul.getStatus()).isEqualTo(400);
        assertThat(nul.getContentAsString()).contains("\"field\":\"urgency\"");
        assertThat(drafts("dsl.autosave")).isZero();
    }

    @Test
    void ordinaryTextPassesAndIsStoredInNfc() throws Exception {
        String note = "Cafe\\u0301 at break; see https://www.iwf.org.uk/report?ref=MPS-2026-000123 and hash "
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        HttpResponse<String> response = send("/api/probes", json("{\"note\":\"" + note + "\"}"));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(mvc.perform(post("/portal/drafts/probe-note")
                                .with(dsl("dsl.nfc"))
                                .with(csrf())
                                .param("note", "Cafe\u0301"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(drafts.load(new Actor("dsl.nfc", Actor.Role.SCHOOL_DSL, "100001"), "probe-note"))
                .containsEntry("note", List.of("Caf\u00e9"));
    }

    private void assertRefused(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
        if (status == 422) {
            assertThat(response.body()).contains("embedded-data-not-accepted");
        }
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    private static byte[] json(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(String path, byte[] body) throws Exception {
        return send(path, "application/json", body);
    }

    private HttpResponse<String> send(String path, String contentType, byte[] body) throws Exception {
        return http.send(
                actor(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sendChunked(String path, byte[] body) throws Exception {
        return http.send(
                actor(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(
                actor(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder actor(HttpRequest.Builder request) {
        return request.header("X-Actor-Id", "dsl.jones")
                .header("X-Actor-Role", "SCHOOL_DSL")
                .header("X-Actor-Org", "100001");
    }

    private static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                    .OidcLoginRequestPostProcessor
            dsl(String id) {
        return PortalSignIn.as(id, "SCHOOL_DSL", "100001", "Jo Bloggs");
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private int drafts(String owner) {
        return jdbc.queryForObject("SELECT count(*) FROM portal_draft WHERE owner_id = ?", Integer.class, owner);
    }
}
