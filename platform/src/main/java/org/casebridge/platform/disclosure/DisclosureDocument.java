package org.casebridge.platform.disclosure;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

    /** The lines under the title of every disclosure: the controller, who asked and why, when, and the request. */
    public static List<String> about(
            String controller, String requester, @Nullable String reason, Instant producedAt, String requestId) {
        return List.of(
                "Controller: " + controller,
                "Requested by: " + requester,
                "Reason: " + DisclosureWords.text(reason),
                "Produced: " + DisclosureWords.time(producedAt),
                "Request: " + requestId);
    }

    /**
     * One part of the record.
     *
     * @param heading     "Timeline"
     * @param explanation a sentence on what the section holds, or on why it is empty
     * @param columns     the headings of the table's columns
     * @param rows        the rows, each with one cell a column
     */
    public record Section(String heading, String explanation, List<String> columns, List<List<String>> rows) {

        /** The columns of a section of facts, one row a fact. */
        public static final List<String> FACTS = List.of("What", "Recorded");

        /** The other children of the record, by their refs only. */
        public static Section otherChildren(List<String> refs, String whenNone) {
            return new Section(
                    "Other children",
                    refs.isEmpty() ? whenNone : "Other children are third parties: they appear by their refs only.",
                    List.of("Ref"),
                    refs.stream().map(List::of).toList());
        }

        /** Who read the record, one row a read: when, who (a role), their organisation, what and why. */
        public static Section reads(String heading, String explanation, List<List<String>> rows) {
            return new Section(heading, explanation, List.of("When", "Who", "Organisation", "What", "Why"), rows);
        }
    }
}
