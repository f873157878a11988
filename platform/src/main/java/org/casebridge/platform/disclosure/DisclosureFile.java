package org.casebridge.platform.disclosure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A released file of a disclosure: its name, type and bytes exactly as released (their SHA-256 is on the disclosure
 * event), and how it is downloaded: an attachment that no cache keeps.
 */
public record DisclosureFile(String filename, String mediaType, byte[] content) {

    /** The two files of a released disclosure. */
    public enum Format {
        PDF("pdf", "application/pdf"),
        JSON("json", "application/json");

        public final String extension;
        public final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** A released file named {@code <name>.<extension>}. */
    public static DisclosureFile of(String name, Format format, byte[] content) {
        return new DisclosureFile(name + "." + format.extension, format.mediaType, content);
    }

    /** The machine-readable bundle as released: indented JSON, instants in ISO-8601. */
    public static byte[] json(Object bundle) {
        try {
            return JSON.writeValueAsBytes(bundle);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The bundle could not be written as JSON", e);
        }
    }

    /** The download: the released bytes as an attachment, {@code Cache-Control: no-store}. */
    public ResponseEntity<byte[]> download() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
