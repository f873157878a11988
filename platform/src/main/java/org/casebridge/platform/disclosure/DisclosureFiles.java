package org.casebridge.platform.disclosure;

import java.util.Arrays;
import org.casebridge.platform.disclosure.DisclosureFile.Format;

/**
 * The two files of a disclosure about to be released, exactly as the requester will receive them: the JSON bundle and
 * the PDF laid out from it, each with its SHA-256 for the disclosure event.
 */
public final class DisclosureFiles {

    private final byte[] pdf;
    private final byte[] json;
    private final String pdfSha256;
    private final String jsonSha256;

    private DisclosureFiles(byte[] pdf, byte[] json) {
        this.pdf = pdf;
        this.json = json;
        this.pdfSha256 = Digests.sha256(pdf);
        this.jsonSha256 = Digests.sha256(json);
    }

    /** The files of {@code bundle}, its PDF laid out as {@code document}. */
    public static DisclosureFiles of(Object bundle, DisclosureDocument document) {
        return new DisclosureFiles(DisclosurePdf.render(document), DisclosureFile.json(bundle));
    }

    /** A copy of the file's bytes. */
    public byte[] content(Format format) {
        byte[] content = format == Format.PDF ? pdf : json;
        return Arrays.copyOf(content, content.length);
    }

    public String pdfSha256() {
        return pdfSha256;
    }

    public String jsonSha256() {
        return jsonSha256;
    }
}
