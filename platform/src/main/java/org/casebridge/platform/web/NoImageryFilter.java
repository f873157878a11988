package org.casebridge.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.casebridge.platform.problem.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Casebridge never accepts imagery. Before anything reads a request body under {@code /api}, this filter refuses
 * binary and image-like content types (415), bodies over {@link #MAX_BODY_BYTES} (413) and JSON whose text carries
 * a data URI or a base64 blob (422). Under {@code /portal} it refuses the same content types, so no page can take an
 * upload. Nothing refused reaches a controller, so nothing refused is stored.
 */
public class NoImageryFilter extends OncePerRequestFilter {

    /** Case records are text; 256 KiB holds the longest realistic request many times over. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    /** A base64 run this long has no place in a case record: an image of any size encodes to far more. */
    static final int MAX_BASE64_RUN = 200;

    private static final Pattern DATA_URI = Pattern.compile("data:[a-z0-9.+/-]*;base64,", Pattern.CASE_INSENSITIVE);
    private static final Pattern BASE64_RUN =
            Pattern.compile("[A-Za-z0-9+/]{" + MAX_BASE64_RUN + ",}={0,2}");

    private final ObjectMapper objectMapper;

    public NoImageryFilter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api") && !path.startsWith("/portal");
    }

    private static boolean isPortal(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/portal");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && isRefusedMediaType(contentType)) {
            write(response, Problems.of(415, "imagery-not-accepted", "Images and files are never accepted",
                    "Casebridge records references to imagery (exhibit numbers, hash-set references, categories), "
                            + "never the imagery itself. Send JSON."));
            return;
        }
        if (isPortal(request)) {
            // Portal forms are URL-encoded; the container parses them, so the body is left unread here.
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            write(response, tooLarge());
            return;
        }
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readBounded(request.getInputStream());
        if (body == null) {
            write(response, tooLarge());
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (DATA_URI.matcher(text).find() || BASE64_RUN.matcher(text).find()) {
            write(response, Problems.of(422, "embedded-data-not-accepted", "Embedded data is never accepted",
                    "A text field holds a data URI or an encoded blob. Describe the imagery in words and categories; "
                            + "never paste or encode it."));
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
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

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : bytes;
    }

    private static ProblemDetail tooLarge() {
        return Problems.of(413, "request-too-large", "The request is too large",
                "A request body may hold at most " + MAX_BODY_BYTES / 1024 + " KiB of text.");
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    /** The request with its body read once and replayed to whatever reads it next. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
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
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
