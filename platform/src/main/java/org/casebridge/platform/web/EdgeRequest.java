package org.casebridge.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebridge.platform.text.TextRule;
import org.jspecify.annotations.Nullable;

/**
 * The request as the rest of the application sees it: a chunked body the edge has read (within the limit) is replayed,
 * the first bytes it peeked at are replayed, and parameters are in NFC. Parameters that break the text rule are left
 * as they are, for {@link TextGuardInterceptor} to refuse.
 */
class EdgeRequest extends HttpServletRequestWrapper {

    /** Set when a form body read here could not be decoded; the interceptor refuses the request. */
    static final String FORM_UNREADABLE = EdgeRequest.class.getName() + ".FORM_UNREADABLE";

    private final byte @Nullable [] body;
    private final boolean form;
    private byte[] head = new byte[0];
    private @Nullable InputStream stream;
    private @Nullable Map<String, String[]> parameters;

    EdgeRequest(HttpServletRequest request, byte @Nullable [] body, boolean form) {
        super(request);
        this.body = body;
        this.form = form;
    }

    /** Up to {@code count} first bytes of the body, which later reads still see. */
    byte[] peek(int count) throws IOException {
        if (body != null) {
            return Arrays.copyOf(body, Math.min(count, body.length));
        }
        head = super.getInputStream().readNBytes(count);
        return head;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = body != null
                    ? new ByteArrayInputStream(body)
                    : new java.io.SequenceInputStream(new ByteArrayInputStream(head), super.getInputStream());
        }
        InputStream in = stream;
        return new ServletInputStream() {
            private boolean finished;

            @Override
            public boolean isFinished() {
                return finished;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("Synchronous reads only");
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                finished = b < 0;
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                finished = n < 0;
                return n;
            }
        };
    }

    @Override
    public BufferedReader getReader() throws IOException {
        return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
    }

    @Override
    public int getContentLength() {
        return body != null ? body.length : super.getContentLength();
    }

    @Override
    public long getContentLengthLong() {
        return body != null ? body.length : super.getContentLengthLong();
    }

    @Override
    public @Nullable String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String @Nullable [] getParameterValues(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            Map<String, List<String>> merged = new LinkedHashMap<>();
            super.getParameterMap()
                    .forEach((name, values) ->
                            merged.computeIfAbsent(name, n -> new ArrayList<>()).addAll(Arrays.asList(values)));
            if (body != null && form) {
                parseForm(merged);
            }
            Map<String, String[]> normalised = new LinkedHashMap<>();
            merged.forEach((name, values) -> normalised.merge(
                    normalise(name),
                    values.stream().map(EdgeRequest::normalise).toArray(String[]::new),
                    EdgeRequest::concat));
            parameters = Collections.unmodifiableMap(normalised);
        }
        return parameters;
    }

    /** A chunked form body that the container could not parse because the edge had already read it. */
    private void parseForm(Map<String, List<String>> into) {
        Charset charset = charset();
        try {
            for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals), charset);
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1), charset);
                into.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException e) {
            setAttribute(FORM_UNREADABLE, Boolean.TRUE);
        }
    }

    private static String decode(String encoded, Charset charset) {
        byte[] raw = encoded.getBytes(StandardCharsets.ISO_8859_1);
        return URLDecoder.decode(new String(raw, charset), charset);
    }

    private Charset charset() {
        String encoding = getCharacterEncoding();
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String normalise(String text) {
        return text == null || TextRule.violation(text) != null ? text : TextRule.normalise(text);
    }

    private static String[] concat(String[] first, String[] second) {
        String[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
