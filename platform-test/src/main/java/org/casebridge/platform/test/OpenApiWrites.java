package org.casebridge.platform.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The write operations of a service's OpenAPI document ({@code /v3/api-docs}): every POST, PUT and PATCH, with an
 * example body built from the document (its {@code example} values where it gives them, else the first enum value,
 * a date for a date, a word for a string) and every text field a client can fill: strings in the body at any depth
 * (through {@code $ref}, nested objects, arrays of objects and arrays of strings) and string query parameters. A
 * text field is a string that is not an enum, a date, a time or a UUID: what a user could type into.
 */
public final class OpenApiWrites {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> WRITES = Set.of("post", "put", "patch");
    private static final Set<String> NOT_TEXT =
            Set.of("date", "date-time", "time", "uuid", "int32", "int64", "duration", "binary", "byte");
    private static final String PLACEHOLDER = "__casebridge_smuggled__";
    private static final int MAX_DEPTH = 8;

    /** Where a text field is: in the JSON body, or a query parameter. */
    public enum Place {
        BODY,
        QUERY
    }

    /**
     * A text field: in the body, the path of names and array indexes from the root; in the query, the one name.
     */
    public record TextField(Place place, List<Object> path) {

        /** The field as a problem names it: {@code children[0].personalDetails.givenName}. */
        public String name() {
            StringBuilder name = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer index) {
                    name.append('[').append(index).append(']');
                } else {
                    if (!name.isEmpty()) {
                        name.append('.');
                    }
                    name.append(step);
                }
            }
            return name.toString();
        }

        /** The innermost name: {@code givenName}. */
        public String leaf() {
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i) instanceof String name) {
                    return name;
                }
            }
            throw new IllegalStateException("A field path without a name: " + path);
        }

        @Override
        public String toString() {
            return (place == Place.QUERY ? "?" : "") + name();
        }
    }

    /** One write operation and how to fill it. */
    public record Operation(
            String method,
            String path,
            String contentType,
            JsonNode exampleBody,
            Map<String, String> requiredQuery,
            List<TextField> textFields) {

        /** {@code "POST /api/cases/{caseId}/referral"}, as {@link EndpointInventory} names endpoints. */
        public String endpoint() {
            return method + " " + path;
        }

        public boolean hasBody() {
            return exampleBody != null;
        }

        /** The example body as JSON text, or null when the operation takes none. */
        public String body() {
            return exampleBody == null ? null : exampleBody.toString();
        }

        /** The example body with the field (when it is in the body) written as this raw JSON string literal. */
        public String body(TextField field, String jsonLiteral) {
            if (exampleBody == null) {
                return null;
            }
            if (field.place() != Place.BODY) {
                return body();
            }
            JsonNode copy = exampleBody.deepCopy();
            copy = set(copy, field.path(), 0);
            return copy.toString().replace(JSON.valueToTree(PLACEHOLDER).toString(), jsonLiteral);
        }

        /** The query string ({@code ""} or {@code "?a=b"}), with the field (when it is a query one) set to the text. */
        public String query(TextField field, String text) {
            Map<String, String> query = new LinkedHashMap<>(requiredQuery);
            if (field != null && field.place() == Place.QUERY) {
                query.put((String) field.path().getFirst(), text);
            }
            if (query.isEmpty()) {
                return "";
            }
            StringJoiner joined = new StringJoiner("&", "?", "");
            query.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return joined.toString();
        }

        private static JsonNode set(JsonNode node, List<Object> path, int at) {
            if (at == path.size()) {
                return NODES.textNode(PLACEHOLDER);
            }
            Object step = path.get(at);
            if (step instanceof Integer index) {
                ArrayNode array = node instanceof ArrayNode existing ? existing : NODES.arrayNode();
                while (array.size() <= index) {
                    array.addNull();
                }
                array.set(index, set(array.get(index), path, at + 1));
                return array;
            }
            ObjectNode object = node instanceof ObjectNode existing ? existing : NODES.objectNode();
            object.set((String) step, set(object.get((String) step), path, at + 1));
            return object;
        }

        @Override
        public String toString() {
            return endpoint();
        }
    }

    private final JsonNode document;

    private OpenApiWrites(JsonNode document) {
        this.document = document;
    }

    /** The write operations whose path starts with the prefix, in the document's order. */
    public static List<Operation> of(JsonNode document, String pathPrefix) {
        OpenApiWrites writes = new OpenApiWrites(document);
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> {
            if (!path.getKey().startsWith(pathPrefix)) {
                return;
            }
            path.getValue().properties().forEach(operation -> {
                if (WRITES.contains(operation.getKey())) {
                    operations.add(writes.operation(
                            operation.getKey().toUpperCase(java.util.Locale.ROOT),
                            path.getKey(),
                            operation.getValue()));
                }
            });
        });
        return operations;
    }

    /** The document of a service that is running, read as JSON. */
    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The OpenAPI document is not JSON", e);
        }
    }

    private Operation operation(String method, String path, JsonNode operation) {
        List<TextField> fields = new ArrayList<>();
        Map<String, String> requiredQuery = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            if (isText(schema)) {
                fields.add(new TextField(Place.QUERY, List.of(name)));
            }
            if (parameter.path("required").asBoolean()) {
                JsonNode example = parameter.has("example") ? parameter.get("example") : example(schema, 0);
                requiredQuery.put(name, example.asText());
            }
        }
        String contentType = null;
        JsonNode body = null;
        JsonNode content = operation.path("requestBody").path("content");
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
            String type = types.next();
            if (contentType == null || type.equals("application/json")) {
                if (type.contains("json")) {
                    contentType = type;
                }
            }
        }
        if (contentType != null) {
            JsonNode schema = content.path(contentType).path("schema");
            body = example(schema, 0);
            textFields(schema, new ArrayList<>(), fields, 0);
        }
        return new Operation(method, path, contentType, body, requiredQuery, List.copyOf(fields));
    }

    private void textFields(JsonNode schema, List<Object> prefix, List<TextField> fields, int depth) {
        JsonNode resolved = resolve(schema);
        if (depth > MAX_DEPTH) {
            return;
        }
        if (isText(resolved)) {
            fields.add(new TextField(Place.BODY, List.copyOf(prefix)));
        } else if (is(resolved, "array")) {
            prefix.add(0);
            textFields(resolved.path("items"), prefix, fields, depth + 1);
            prefix.removeLast();
        } else {
            for (Map.Entry<String, JsonNode> property : properties(resolved).entrySet()) {
                prefix.add(property.getKey());
                textFields(property.getValue(), prefix, fields, depth + 1);
                prefix.removeLast();
            }
        }
    }

    private JsonNode example(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        JsonNode given = given(schema.has("example") || schema.has("examples") ? schema : resolved);
        if (given != null) {
            return given;
        }
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0);
        }
        if (is(resolved, "string")) {
            return NODES.textNode(
                    switch (resolved.path("format").asText()) {
                        case "date-time" -> "2026-11-27T10:00:00Z";
                        case "date" -> "2012-03-14";
                        case "time" -> "10:00:00";
                        case "uuid" -> "00000000-0000-4000-8000-000000000001";
                        case "uri" -> "https://agency.example/casebridge";
                        default -> "Seen by the DSL";
                    });
        }
        if (is(resolved, "integer") || is(resolved, "number")) {
            return NODES.numberNode(
                    resolved.has("minimum") ? resolved.get("minimum").asLong() : 1);
        }
        if (is(resolved, "boolean")) {
            return NODES.booleanNode(false);
        }
        if (is(resolved, "array")) {
            ArrayNode array = NODES.arrayNode();
            if (depth < MAX_DEPTH) {
                array.add(example(resolved.path("items"), depth + 1));
            }
            return array;
        }
        ObjectNode object = NODES.objectNode();
        if (depth < MAX_DEPTH) {
            properties(resolved).forEach((name, property) -> object.set(name, example(property, depth + 1)));
        }
        return object;
    }

    /** The document's own example of a schema, when it gives one of the right shape. */
    private JsonNode given(JsonNode schema) {
        JsonNode example = schema.has("example")
                ? schema.get("example")
                : schema.path("examples").isArray() && !schema.path("examples").isEmpty()
                        ? schema.get("examples").get(0)
                        : null;
        if (example == null || example.isNull()) {
            return null;
        }
        JsonNode resolved = resolve(schema);
        boolean structured = is(resolved, "object") || is(resolved, "array") || resolved.has("properties");
        if (structured && example.isTextual()) {
            try {
                return JSON.readTree(example.asText());
            } catch (JsonProcessingException e) {
                return null;
            }
        }
        if (is(resolved, "boolean") && example.isTextual()) {
            return NODES.booleanNode(Boolean.parseBoolean(example.asText()));
        }
        if ((is(resolved, "integer") || is(resolved, "number")) && example.isTextual()) {
            try {
                return NODES.numberNode(Long.parseLong(example.asText()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return example;
    }

    private Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        schema.path("properties").properties().forEach(p -> properties.put(p.getKey(), p.getValue()));
        for (JsonNode part : schema.path("allOf")) {
            properties.putAll(properties(resolve(part)));
        }
        return properties;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        for (int i = 0; i < MAX_DEPTH && resolved.has("$ref"); i++) {
            String ref = resolved.get("$ref").asText();
            resolved = document.at(ref.substring(1));
        }
        if (!resolved.has("type") && !resolved.has("properties")) {
            for (String choice : List.of("oneOf", "anyOf")) {
                if (resolved.path(choice).isArray() && !resolved.path(choice).isEmpty()) {
                    return resolve(resolved.get(choice).get(0));
                }
            }
        }
        return resolved;
    }

    private static boolean isText(JsonNode schema) {
        return is(schema, "string")
                && !schema.has("enum")
                && !NOT_TEXT.contains(schema.path("format").asText());
    }

    /** Whether the schema's type is this one (OpenAPI 3.0's single type, or one of 3.1's list). */
    private static boolean is(JsonNode schema, String type) {
        JsonNode declared = schema.path("type");
        if (declared.isArray()) {
            for (JsonNode one : declared) {
                if (type.equals(one.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(declared.asText());
    }
}
