package org.casebridge.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.casebridge.platform.problem.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The cheap half of the no-imagery guard, on every path and before anything reads a request body: it refuses image,
 * video, audio, multipart and binary content types (415), JSON in any charset but UTF-8 (415, so UTF-16 or UTF-32
 * cannot hide text from the checks), and bodies over the limit (413), whether they say their length or arrive chunked,
 * without reading more than the limit. It decides nothing on the path, so no spelling of a path skips it.
 *
 * <p>The expensive half runs only on requests a handler will see, after authentication: every JSON string as Jackson
 * decodes it ({@link org.casebridge.platform.text.TextJson}) and every query and form parameter as the container
 * decodes it ({@link TextGuardInterceptor}). See ADR 0011.
 */
public class NoImageryFilter extends OncePerRequestFilter {

    /** The default limit on a request body; {@code casebridge.web.max-body-size} changes it. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    private final ObjectMapper objectMapper;
    private final int maxBodyBytes;

    public NoImageryFilter(ObjectMapper objectMapper, int maxBodyBytes) {
        this.objectMapper = objectMapper;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        MediaType type = null;
        if (contentType != null) {
            if (isRefusedMediaType(contentType)) {
                write(
                        response,
                        Problems.of(
                                415,
                                "imagery-not-accepted",
                                "Images and files are never accepted",
                                "Casebridge records references to imagery (exhibit numbers, hash-set references, categories), "
                                        + "never the imagery itself. Send JSON."));
                return;
            }
            type = MediaType.parseMediaType(contentType);
            if (isJson(type) && !isUtf8(type)) {
                write(response, notUtf8());
                return;
            }
        }
        long length = request.getContentLengthLong();
        if (length > maxBodyBytes) {
            write(response, tooLarge());
            return;
        }
        byte[] body = null;
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            body = readBounded(request.getInputStream());
            if (body == null) {
                write(response, tooLarge());
                return;
            }
        }
        boolean form = type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(type);
        EdgeRequest edge = new EdgeRequest(request, body, form);
        if (type != null && isJson(type) && (length > 0 || body != null) && !startsAsUtf8(edge.peek(4))) {
            write(response, notUtf8());
            return;
        }
        chain.doFilter(edge, response);
    }

    static boolean isRefusedMediaType(String contentType) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            return true;
        }
        String main = type.getType().toLowerCase(Locale.ROOT);
        String sub = type.getSubtype().toLowerCase(Locale.ROOT);
        if (main.equals("image") || main.equals("video") || main.equals("audio") || main.equals("multipart")) {
            return true;
        }
        return main.equals("application") && (sub.equals("octet-stream") || sub.equals("pdf") || sub.equals("zip"));
    }

    static boolean isJson(MediaType type) {
        String sub = type.getSubtype().toLowerCase(Locale.ROOT);
        return sub.equals("json") || sub.endsWith("+json");
    }

    private static boolean isUtf8(MediaType type) {
        String charset = type.getParameter("charset");
        if (charset == null) {
            return true;
        }
        try {
            return Charset.forName(charset.replace("\"", "")).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Whether a JSON body starts as UTF-8 does: JSON begins with an ASCII character, so a zero among the first bytes
     * or a UTF-16/32 byte-order mark means another encoding, which Jackson would otherwise detect and decode.
     */
    static boolean startsAsUtf8(byte[] head) {
        if (head.length >= 2
                && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                        || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return false;
        }
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    private byte @Nullable [] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(maxBodyBytes + 1);
        return bytes.length > maxBodyBytes ? null : bytes;
    }

    private ProblemDetail tooLarge() {
        return Problems.of(
                413,
                "request-too-large",
                "The request is too large",
                "A request body may hold at most " + maxBodyBytes / 1024 + " KiB of text.");
    }

    private static ProblemDetail notUtf8() {
        return Problems.of(
                415,
                "charset-not-accepted",
                "Only UTF-8 is accepted",
                "Send JSON encoded as UTF-8 (Content-Type: application/json, with no charset or charset=UTF-8).");
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
