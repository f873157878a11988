package org.casebridge.platform.disclosure;

import org.casebridge.platform.sealing.Sealed;

/**
 * One thing withheld from a disclosure, as the reviewer and the requester read it: where it was, what kind of thing it
 * was, what stands in its place and why it was withheld. It never holds the withheld text itself.
 *
 * @param number      1, 2, ... in the order the disclosure met them; the place in the document names it as
 *                    {@code [R3]} beside the replacement
 * @param where       the section and item, for example "Timeline, entry 4, why"
 * @param kind        in words, for example "Another child's identity"
 * @param replacement what the document shows instead, for example "[child-2]"
 * @param reason      why it was withheld, naming the law; a reviewer's own reason may name a third party, so it is
 *                    {@code @Sealed} in a stored event, under the key of the event's case
 * @param occurrences how many times it was withheld there
 */
public record Redaction(
        int number,
        String where,
        String kind,
        String replacement,
        @Sealed String reason,
        int occurrences) {}
