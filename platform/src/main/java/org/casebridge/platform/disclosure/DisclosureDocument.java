package org.casebridge.platform.disclosure;

import java.util.List;

/**
 * A disclosure as a person reads it: a title, lines about the request, sections each with an explanation and a table
 * (column headings and rows, every cell in words), and the list of what was withheld and why.
 *
 * @param title      "Subject access disclosure: child-1 of case CPA-2026-0042"
 * @param about      lines under the title: the controller, the requester, when it was produced
 * @param sections   the records, in the order they are read
 * @param redactions what was withheld and why
 */
public record DisclosureDocument(String title, List<String> about, List<Section> sections, List<Redaction> redactions) {

    /**
     * One part of the record.
     *
     * @param heading     "Timeline"
     * @param explanation a sentence on what the section holds, or on why it is empty
     * @param columns     the headings of the table's columns
     * @param rows        the rows, each with one cell a column
     */
    public record Section(String heading, String explanation, List<String> columns, List<List<String>> rows) {}
}
