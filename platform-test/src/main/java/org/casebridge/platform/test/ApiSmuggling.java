package org.casebridge.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.casebridge.platform.test.OpenApiWrites.Operation;
import org.casebridge.platform.test.OpenApiWrites.TextField;
import org.casebridge.platform.test.SmuggledImagery.Format;
import org.casebridge.platform.test.SmuggledImagery.Sample;
import org.junit.jupiter.api.DynamicNode;

/**
 * Smuggles imagery into every text field of every write operation of a running service's API, over real HTTP with
 * real tokens, generated from its OpenAPI document ({@link OpenApiWrites}): each field gets every encoding of
 * {@link SmuggledImagery} (the image format turning with the field, so every format is met), and must be refused
 * with 422 {@code embedded-data-not-accepted}; a control character in each field is refused with 400 naming the
 * field; an image sent as the body is refused with 415; and nothing is written by any of them (the row counts the
 * service gives stay the same). The bodies are otherwise the document's own examples on a real case, so a guard
 * that let a value through would let it be stored.
 */
public final class ApiSmuggling {

    public static final String EMBEDDED_DATA = "embedded-data-not-accepted";

    /** The running service under test. */
    public interface Service {

        /** {@code http://localhost:<port>}. */
        String baseUrl();

        /** A bearer token for a user who may call the operation (null: any signed-in user, to read the document). */
        String token(Operation operation);

        /** The operation's path with its variables replaced by ids of records that exist. */
        String fill(String pathTemplate);

        /** The row counts of every table a write would add to or change: the event store first. */
        Map<String, Long> writes();
    }

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApiSmuggling() {}

    /** The service's write operations under {@code /api/}, read from its {@code /v3/api-docs}. */
    public static List<Operation> operations(Service service) {
        Response document = send(service, "GET", "/v3/api-docs", null, null, null);
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        return OpenApiWrites.of(OpenApiWrites.parse(document.body()), "/api/");
    }

    /** One container of tests per write operation of the document. */
    public static Stream<DynamicNode> everyWriteOperation(Service service) {
        List<Operation> operations = operations(service);
        assertThat(operations).as("the document lists write operations").isNotEmpty();
        List<DynamicNode> nodes = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            int turn = i;
            List<DynamicNode> tests = new ArrayList<>();
            tests.add(dynamicTest(
                    "an image as the body is refused with 415",
                    () -> imageBodyIsRefused(service, operation, Format.values()[turn % Format.values().length])));
            if (!operation.textFields().isEmpty()) {
                tests.add(dynamicTest(
                        "every encoding in every one of its "
                                + operation.textFields().size() + " text fields is refused with 422",
                        () -> everyEncodingIsRefused(service, operation)));
                tests.add(dynamicTest(
                        "a control character in every text field is refused with 400 naming it",
                        () -> everyControlCharacterIsRefused(service, operation)));
            }
            if (operation.hasBody() && !operation.textFields().isEmpty()) {
                tests.add(dynamicTest("a body in UTF-16 is refused", () -> utf16IsRefused(service, operation)));
            }
            nodes.add(dynamicContainer(operation.endpoint(), tests));
        }
        return nodes.stream();
    }

    /**
     * The first write operation with a text field in its body, sent to its path with the first letter of
     * {@code /api} percent-encoded ({@code /%61pi/...}): the smuggled text is refused, an image body is refused.
     */
    public static void anEncodedPathIsGuardedToo(Service service) {
        Operation operation = operations(service).stream()
                .filter(o ->
                        o.hasBody() && o.textFields().stream().anyMatch(f -> f.place() == OpenApiWrites.Place.BODY))
                .findFirst()
                .orElseThrow();
        TextField field = operation.textFields().stream()
                .filter(f -> f.place() == OpenApiWrites.Place.BODY)
                .findFirst()
                .orElseThrow();
        String encodedPath = "/%61" + service.fill(operation.path()).substring(2) + operation.query(null, null);
        List<String> mismatches = new ArrayList<>();
        for (Sample sample : SmuggledImagery.encodings(0, true)) {
            Map<String, Long> before = service.writes();
            Response response = send(
                    service,
                    operation.method(),
                    encodedPath,
                    operation.contentType(),
                    operation.body(field, sample.jsonLiteral()).getBytes(StandardCharsets.UTF_8),
                    operation);
            expectEmbeddedData(mismatches, encodedPath + " " + field + " " + sample, response);
            expectNoWrite(mismatches, encodedPath + " " + sample, before, service.writes());
        }
        Map<String, Long> before = service.writes();
        Response image =
                send(service, operation.method(), encodedPath, Format.PNG.mediaType(), Format.PNG.bytes(), operation);
        if (image.status() != 415) {
            mismatches.add(encodedPath + " with a PNG body: " + image.status() + " " + image.body());
        }
        expectNoWrite(mismatches, encodedPath + " PNG body", before, service.writes());
        assertThat(mismatches).isEmpty();
    }

    private static void everyEncodingIsRefused(Service service, Operation operation) {
        List<String> mismatches = new ArrayList<>();
        List<TextField> fields = operation.textFields();
        for (int f = 0; f < fields.size(); f++) {
            TextField field = fields.get(f);
            for (Sample sample : SmuggledImagery.encodings(f, true)) {
                Map<String, Long> before = service.writes();
                Response response = sendWith(service, operation, field, sample.jsonLiteral(), sample.text());
                String what = field + " " + sample;
                expectEmbeddedData(mismatches, what, response);
                expectNoWrite(mismatches, what, before, service.writes());
            }
        }
        assertThat(mismatches).as(operation.endpoint()).isEmpty();
    }

    private static void everyControlCharacterIsRefused(Service service, Operation operation) {
        List<String> mismatches = new ArrayList<>();
        List<TextField> fields = operation.textFields();
        for (int f = 0; f < fields.size(); f++) {
            TextField field = fields.get(f);
            String control = SmuggledImagery.CONTROL_CHARACTERS.get(f % SmuggledImagery.CONTROL_CHARACTERS.size());
            String text = SmuggledImagery.withControlCharacter(control);
            Map<String, Long> before = service.writes();
            Response response = sendWith(service, operation, field, SmuggledImagery.jsonLiteral(text), text);
            String what = field + " with U+" + String.format("%04X", (int) control.charAt(0));
            if (response.status() != 400
                    || !response.isProblem()
                    || !response.body().contains(field.leaf())) {
                mismatches.add(what + ": expected 400 naming " + field.leaf() + ", got " + response.status() + " "
                        + response.body());
            }
            expectNoWrite(mismatches, what, before, service.writes());
        }
        assertThat(mismatches).as(operation.endpoint()).isEmpty();
    }

    private static void imageBodyIsRefused(Service service, Operation operation, Format format) {
        Map<String, Long> before = service.writes();
        Response response = send(
                service,
                operation.method(),
                service.fill(operation.path()) + operation.query(null, null),
                format.mediaType(),
                format.bytes(),
                operation);
        assertThat(response.status()).as(format + " body: " + response.body()).isEqualTo(415);
        assertThat(response.isProblem()).as(response.body()).isTrue();
        assertThat(service.writes()).isEqualTo(before);
    }

    private static void utf16IsRefused(Service service, Operation operation) {
        TextField field = operation.textFields().getFirst();
        Sample sample = new Sample(Format.JPEG, SmuggledImagery.Encoding.STANDARD_BASE64);
        String body = operation.body(field, sample.jsonLiteral());
        Map<String, Long> before = service.writes();
        Response response = send(
                service,
                operation.method(),
                service.fill(operation.path()) + operation.query(field, sample.text()),
                "application/json; charset=UTF-16",
                body.getBytes(StandardCharsets.UTF_16),
                operation);
        assertThat(response.status()).as(response.body()).isIn(415, 422);
        assertThat(service.writes()).isEqualTo(before);
    }

    private static Response sendWith(
            Service service, Operation operation, TextField field, String jsonLiteral, String text) {
        String body = operation.body(field, jsonLiteral);
        String path = service.fill(operation.path()) + operation.query(field, text);
        return send(
                service,
                operation.method(),
                path,
                body == null ? null : operation.contentType(),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                operation);
    }

    private static void expectEmbeddedData(List<String> mismatches, String what, Response response) {
        String type = response.isProblem() ? response.json().path("type").asText() : "";
        if (response.status() != 422 || !type.endsWith(EMBEDDED_DATA)) {
            mismatches.add(what + ": expected 422 " + EMBEDDED_DATA + ", got " + response.status() + " "
                    + abbreviated(response.body()));
        }
    }

    private static void expectNoWrite(
            List<String> mismatches, String what, Map<String, Long> before, Map<String, Long> after) {
        if (!before.equals(after)) {
            mismatches.add(what + ": written, " + before + " became " + after);
        }
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }

    private static Response send(
            Service service, String method, String path, String contentType, byte[] body, Operation operation) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("Authorization", "Bearer " + service.token(operation));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** An answer: status, body and content type. */
    record Response(int status, String body, String contentType) {

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        JsonNode json() {
            return OpenApiWrites.parse(body);
        }
    }
}
