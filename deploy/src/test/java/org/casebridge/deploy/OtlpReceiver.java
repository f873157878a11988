package org.casebridge.deploy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP trace receiver for tests ({@code POST /v1/traces}, protobuf, as the services' exporter sends): it keeps
 * each span's service, trace id, span id, parent, name and kind. The services export to it only when a test's stack
 * passes its {@link #endpoint()} as {@code MANAGEMENT_OTLP_TRACING_ENDPOINT}. The protobuf is read by hand, field by
 * field, for the few fields kept: the schema is OpenTelemetry's {@code ExportTraceServiceRequest}.
 */
final class OtlpReceiver implements AutoCloseable {

    /** At most this many spans are kept; a whole test run makes far fewer. */
    private static final int CAPACITY = 500_000;

    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, int kind) {

        static final int SERVER = 2;
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    static OtlpReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            OtlpReceiver receiver = new OtlpReceiver(server);
            server.createContext("/v1/traces", exchange -> {
                try (exchange) {
                    byte[] body;
                    try (InputStream in =
                            "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                                    ? new GZIPInputStream(exchange.getRequestBody())
                                    : exchange.getRequestBody()) {
                        body = in.readAllBytes();
                    }
                    if (receiver.spans.size() < CAPACITY) {
                        receiver.spans.addAll(parseRequest(body));
                    }
                    exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                    exchange.sendResponseHeaders(200, -1);
                }
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static List<ReceivedSpan> parseRequest(byte[] body) {
        List<ReceivedSpan> spans = new ArrayList<>();
        Reader request = new Reader(body);
        while (request.more()) {
            Field field = request.next();
            if (field.number() == 1 && field.bytes() != null) {
                resourceSpans(field.bytes(), spans);
            }
        }
        return spans;
    }

    /** ResourceSpans: 1 resource, 2 scope_spans. */
    private static void resourceSpans(byte[] message, List<ReceivedSpan> spans) {
        String service = "unknown";
        List<byte[]> scopes = new ArrayList<>();
        Reader reader = new Reader(message);
        while (reader.more()) {
            Field field = reader.next();
            if (field.number() == 1 && field.bytes() != null) {
                service = serviceName(field.bytes());
            } else if (field.number() == 2 && field.bytes() != null) {
                scopes.add(field.bytes());
            }
        }
        for (byte[] scope : scopes) {
            Reader scopeReader = new Reader(scope);
            while (scopeReader.more()) {
                Field field = scopeReader.next();
                if (field.number() == 2 && field.bytes() != null) {
                    spans.add(span(service, field.bytes()));
                }
            }
        }
    }

    /** Resource: 1 attributes (KeyValue: 1 key, 2 AnyValue: 1 string_value). */
    private static String serviceName(byte[] resource) {
        Reader reader = new Reader(resource);
        while (reader.more()) {
            Field attribute = reader.next();
            if (attribute.number() != 1 || attribute.bytes() == null) {
                continue;
            }
            String key = null;
            String value = null;
            Reader keyValue = new Reader(attribute.bytes());
            while (keyValue.more()) {
                Field field = keyValue.next();
                if (field.number() == 1 && field.bytes() != null) {
                    key = new String(field.bytes(), java.nio.charset.StandardCharsets.UTF_8);
                } else if (field.number() == 2 && field.bytes() != null) {
                    Reader any = new Reader(field.bytes());
                    while (any.more()) {
                        Field anyField = any.next();
                        if (anyField.number() == 1 && anyField.bytes() != null) {
                            value = new String(anyField.bytes(), java.nio.charset.StandardCharsets.UTF_8);
                        }
                    }
                }
            }
            if ("service.name".equals(key) && value != null) {
                return value;
            }
        }
        return "unknown";
    }

    /** Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 6 kind. */
    private static ReceivedSpan span(String service, byte[] message) {
        HexFormat hex = HexFormat.of();
        String traceId = "";
        String spanId = "";
        String parent = "";
        String name = "";
        int kind = 0;
        Reader reader = new Reader(message);
        while (reader.more()) {
            Field field = reader.next();
            switch (field.number()) {
                case 1 -> traceId = field.bytes() == null ? "" : hex.formatHex(field.bytes());
                case 2 -> spanId = field.bytes() == null ? "" : hex.formatHex(field.bytes());
                case 4 -> parent = field.bytes() == null ? "" : hex.formatHex(field.bytes());
                case 5 ->
                    name = field.bytes() == null
                            ? ""
                            : new String(field.bytes(), java.nio.charset.StandardCharsets.UTF_8);
                case 6 -> kind = (int) field.varint();
                default -> {}
            }
        }
        return new ReceivedSpan(service, traceId, spanId, parent, name, kind);
    }

    /** One protobuf field: its number, and its bytes (length-delimited) or its numeric value. */
    private record Field(int number, byte[] bytes, long varint) {}

    /** Reads protobuf's wire format: varints, fixed 32 and 64 bit values, and length-delimited bytes. */
    private static final class Reader {

        private final ByteBuffer buffer;

        Reader(byte[] bytes) {
            this.buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        }

        boolean more() {
            return buffer.hasRemaining();
        }

        Field next() {
            long tag = varint();
            int number = (int) (tag >>> 3);
            int wireType = (int) (tag & 7);
            return switch (wireType) {
                case 0 -> new Field(number, null, varint());
                case 1 -> new Field(number, null, buffer.getLong());
                case 2 -> {
                    byte[] bytes = new byte[(int) varint()];
                    buffer.get(bytes);
                    yield new Field(number, bytes, 0);
                }
                case 5 -> new Field(number, null, buffer.getInt());
                default -> throw new IllegalStateException("Unsupported protobuf wire type " + wireType);
            };
        }

        private long varint() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = buffer.get();
                value |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IllegalStateException("Malformed varint");
        }
    }
}
