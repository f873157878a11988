package org.casebridge.police.escalation.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.casebridge.police.escalation.query.DisclosureView;
import org.casebridge.police.escalation.query.EscalationViews.AmendmentView;
import org.casebridge.police.escalation.query.EscalationViews.EscalationDetailView;
import org.casebridge.police.escalation.query.EscalationViews.LegalHoldActionView;
import org.casebridge.police.escalation.query.TransferView;
import org.casebridge.police.portal.PoliceWords;

/** What happened to an escalation, oldest first, read from its detail view. */
final class EscalationTimeline {

    /**
     * One entry: when, what, by whom and any words that go with it; {@code person} when {@code by} is a user id, which
     * the page names by {@code PeopleNames} (ADR 0068), and not an organisation's name.
     */
    record Entry(Instant at, String title, String by, String detail, boolean person) {

        Entry(Instant at, String title, String by, String detail) {
            this(at, title, by, detail, true);
        }
    }

    private EscalationTimeline() {}

    static List<Entry> of(EscalationDetailView e) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(
                e.referredAt(),
                "Referred by the school",
                e.schoolName(),
                e.criteriaMet().isEmpty()
                        ? "No immediate-referral criterion met"
                        : "Criteria met: " + PoliceWords.all(e.criteriaMet()),
                false));
        for (TransferView transfer : e.transfers()) {
            entries.add(new Entry(
                    transfer.at(),
                    "Transferred from " + transfer.fromForce() + " to " + transfer.toForce(),
                    transfer.by(),
                    transfer.reason()));
        }
        if (e.acceptedAt() != null) {
            entries.add(new Entry(e.acceptedAt(), "Accepted", e.acceptedBy(), null));
        }
        if (e.declinedAt() != null) {
            entries.add(new Entry(e.declinedAt(), "Declined", e.declinedBy(), e.declinedReason()));
        }
        if (e.crime() != null) {
            entries.add(new Entry(
                    e.crime().recordedAt(),
                    "Crime recorded: " + PoliceWords.of(e.crime().classification()),
                    e.crime().recordedBy(),
                    e.crime().legislation()));
        }
        if (e.assessment() != null) {
            entries.add(new Entry(
                    e.assessment().assessedAt(),
                    e.assessment().aggravatingFactors().isEmpty()
                            ? "No aggravating factors found"
                            : "Aggravating factors found",
                    e.assessment().assessedBy(),
                    e.assessment().aggravatingFactors().isEmpty()
                            ? null
                            : String.join(
                                    ", ",
                                    e.assessment().aggravatingFactors().stream()
                                            .map(f -> PoliceWords.of(f.factor().name()))
                                            .toList())));
        }
        if (e.outcome() != null) {
            entries.add(new Entry(
                    e.outcome().proposedAt(),
                    "Outcome proposed: " + PoliceWords.of(e.outcome().outcome()),
                    e.outcome().proposedBy(),
                    e.outcome().rationale()));
            if (e.outcome().sentBackAt() != null) {
                entries.add(new Entry(
                        e.outcome().sentBackAt(),
                        "Outcome sent back",
                        e.outcome().sentBackBy(),
                        e.outcome().sentBackReason()));
            }
            if (e.outcome().assignedAt() != null) {
                entries.add(new Entry(
                        e.outcome().assignedAt(),
                        "Outcome signed off and assigned: "
                                + PoliceWords.of(e.outcome().outcome()),
                        e.outcome().signedOffBy(),
                        null));
            }
        }
        for (AmendmentView amendment : e.amendments()) {
            entries.add(
                    new Entry(amendment.at(), amendmentTitle(amendment), amendment.by(), amendmentDetail(amendment)));
        }
        for (DisclosureView disclosure : e.disclosures()) {
            entries.add(new Entry(
                    disclosure.givenAt(),
                    "Disclosure statement given to "
                            + disclosure.givenTo().stream()
                                    .map(to -> PoliceWords.of(to).toLowerCase(Locale.UK))
                                    .collect(Collectors.joining(" and ")),
                    disclosure.by(),
                    disclosure.statementVersion()));
        }
        for (LegalHoldActionView hold : e.legalHolds()) {
            entries.add(new Entry(
                    hold.at(),
                    hold.action().equals("SET") ? "Legal hold set" : "Legal hold lifted",
                    hold.by(),
                    hold.reason()));
        }
        entries.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }

    private static String amendmentTitle(AmendmentView amendment) {
        return switch (amendment.kind()) {
            case "RECLASSIFIED" -> "Crime reclassified: " + amendment.from() + " to " + amendment.to();
            case "CHILD_ROLE_CHANGED" -> "Role of " + amendment.childRef() + " changed to " + amendment.to();
            case "SCHOOL_CHILD_ADDED" -> "The school added " + amendment.childRef();
            case "SCHOOL_CHILD_AMENDED" -> "The school corrected " + amendment.childRef();
            default -> "Amended";
        };
    }

    /** The old and new value where the title does not give them, and the police's reason. */
    private static String amendmentDetail(AmendmentView amendment) {
        return switch (amendment.kind()) {
            case "SCHOOL_CHILD_ADDED" -> amendment.to();
            case "SCHOOL_CHILD_AMENDED" -> "Now " + amendment.to() + "; was " + amendment.from();
            case "CHILD_ROLE_CHANGED" ->
                (amendment.from() == null ? "" : "Was " + amendment.from() + ". ") + amendment.reason();
            default -> amendment.reason();
        };
    }
}
