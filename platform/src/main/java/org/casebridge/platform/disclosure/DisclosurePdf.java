package org.casebridge.platform.disclosure;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders a {@link DisclosureDocument} to PDF: the document is written as XHTML (every cell escaped) and laid out by
 * openhtmltopdf on Apache PDFBox, in the PDF standard fonts, A4, with the redaction list last. Nothing is fetched:
 * the page has no external resources.
 */
public final class DisclosurePdf {

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 15mm; @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; } }
            body { font-family: Helvetica, sans-serif; font-size: 9.5pt; color: #0b0c0c; }
            h1 { font-size: 16pt; margin: 0 0 6pt 0; }
            h2 { font-size: 12pt; margin: 14pt 0 4pt 0; border-bottom: 1px solid #b1b4b6; }
            p { margin: 2pt 0 4pt 0; }
            table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }
            th, td { border: 1px solid #b1b4b6; padding: 3pt; text-align: left; vertical-align: top; }
            th { background: #f3f2f1; }
            .note { color: #505a5f; }
            .redaction { margin: 0 0 5pt 0; page-break-inside: avoid; }
            """;

    static {
        // The renderer's own log can quote the document (a CSS or markup warning): logs never hold personal data.
        XRLog.setLoggingEnabled(false);
    }

    private DisclosurePdf() {}

    /** The PDF's bytes. */
    public static byte[] render(DisclosureDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml(document), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The disclosure could not be rendered", e);
        }
        return out.toByteArray();
    }

    /** The XHTML the PDF is laid out from. */
    static String xhtml(DisclosureDocument document) {
        StringBuilder html = new StringBuilder(8192);
        html.append(
                        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>")
                .append(escape(document.title()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>");
        html.append("<h1>").append(escape(document.title())).append("</h1>");
        for (String line : document.about()) {
            html.append("<p>").append(escape(line)).append("</p>");
        }
        for (DisclosureDocument.Section section : document.sections()) {
            html.append("<h2>").append(escape(section.heading())).append("</h2>");
            html.append("<p class=\"note\">")
                    .append(escape(section.explanation()))
                    .append("</p>");
            if (!section.rows().isEmpty()) {
                table(html, section.columns(), section.rows());
            }
        }
        html.append("<h2>What was withheld, and why</h2>");
        if (document.redactions().isEmpty()) {
            html.append("<p class=\"note\">Nothing was withheld.</p>");
        } else {
            html.append(
                    "<p class=\"note\">Each item names the place in this document, what stands there instead and the"
                            + " reason it was withheld.</p>");
            for (Redaction r : document.redactions()) {
                html.append("<p class=\"redaction\"><b>")
                        .append(escape("R" + r.number() + ". " + r.where()))
                        .append("</b>: ")
                        .append(escape(r.kind() + ", shown as " + r.replacement() + " ("
                                + (r.occurrences() == 1 ? "once" : r.occurrences() + " times") + "). Why: "
                                + r.reason()))
                        .append("</p>");
            }
        }
        return html.append("</body></html>").toString();
    }

    private static void table(StringBuilder html, List<String> columns, List<List<String>> rows) {
        html.append("<table><thead><tr>");
        for (String column : columns) {
            html.append("<th>").append(escape(column)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            for (String cell : row) {
                html.append("<td>").append(escape(cell)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /** XML-escapes text and drops characters XML cannot carry. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
