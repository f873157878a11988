package org.casebridge.police.sar.disclosure;

import static org.casebridge.platform.disclosure.DisclosureWords.join;
import static org.casebridge.platform.disclosure.DisclosureWords.text;
import static org.casebridge.platform.disclosure.DisclosureWords.time;

import java.util.ArrayList;
import java.util.List;
import org.casebridge.platform.disclosure.DisclosureDocument;
import org.casebridge.platform.disclosure.DisclosureDocument.Section;
import org.casebridge.platform.portal.PortalDates;

/** The force's disclosure as a person reads it, laid out from the bundle: every section in words, and what was withheld. */
public final class SubjectAccessDocument {

    /** The section headings, in order: what a release records as released. */
    public static final List<String> SECTIONS = List.of(
            "The child",
            "The referral",
            "The crime record",
            "Aggravating factors",
            "Outcome",
            "Other children",
            "Decisions",
            "Strategy meetings",
            "Devices and images",
            "Review of the crime record",
            "Who read the escalation");

    private static final List<String> ENTRY_COLUMNS = List.of("No.", "When", "Who", "Organisation", "What", "Why");

    private SubjectAccessDocument() {}

    public static DisclosureDocument of(SubjectAccessBundle bundle) {
        List<Section> sections = new ArrayList<>();
        SubjectAccessBundle.Subject subject = bundle.subject();
        sections.add(new Section(
                "The child",
                "The force holds the child by the school's ref, age and year group; it holds no name.",
                Section.FACTS,
                List.of(
                        List.of("Ref", bundle.childRef()),
                        List.of("Age when referred", Integer.toString(subject.age())),
                        List.of("Year group", text(subject.yearGroup())),
                        List.of("Part in the incident, as the school recorded it", join(subject.schoolRoles())),
                        List.of("Role in the crime record", text(subject.policeRole())))));
        SubjectAccessBundle.Escalation escalation = bundle.escalation();
        sections.add(new Section(
                "The referral",
                "The school's referral to the force and where it stands.",
                Section.FACTS,
                List.of(
                        List.of("School", text(escalation.school())),
                        List.of("Local authority", text(escalation.localAuthority())),
                        List.of("Status", text(escalation.status())),
                        List.of("Why the school referred", join(escalation.criteriaMet())),
                        List.of("Referred", time(escalation.referredAt())),
                        List.of("Received by the force", time(escalation.receivedAt())),
                        List.of("Accepted", time(escalation.acceptedAt())),
                        List.of("Closed by the school", time(escalation.schoolClosedAt())))));
        SubjectAccessBundle.Crime crime = bundle.crime();
        sections.add(new Section(
                "The crime record",
                crime == null
                        ? "No crime is recorded."
                        : "The crime recorded under the Home Office Counting Rules. Recording a crime is not a criminal"
                                + " record.",
                Section.FACTS,
                crime == null
                        ? List.of()
                        : List.of(
                                List.of("Classification", text(crime.classification())),
                                List.of("Legislation", text(crime.legislation())),
                                List.of("Crime reference", text(crime.crimeReference())),
                                List.of("Recorded", time(crime.recordedAt())),
                                List.of("Recorded by", text(crime.recordedBy())))));
        SubjectAccessBundle.Assessment assessment = bundle.assessment();
        sections.add(new Section(
                "Aggravating factors",
                assessment == null ? "The aggravating factors are not assessed yet." : "The force's assessment.",
                Section.FACTS,
                assessment == null
                        ? List.of()
                        : List.of(
                                List.of("Factors found", join(assessment.factors())),
                                List.of("What the police do", text(assessment.path())),
                                List.of(
                                        "Strategy meeting required",
                                        assessment.strategyMeetingRequired() == null
                                                ? "Not recorded"
                                                : assessment.strategyMeetingRequired() ? "Yes" : "No"),
                                List.of("Why no factor was found", text(assessment.noFactorsReason())),
                                List.of("Assessed", time(assessment.assessedAt())),
                                List.of("Assessed by", text(assessment.assessedBy())))));
        SubjectAccessBundle.Outcome outcome = bundle.outcome();
        sections.add(new Section(
                "Outcome",
                outcome == null ? "No outcome is proposed yet." : "The outcome and its supervisor's sign-off.",
                Section.FACTS,
                outcome == null
                        ? List.of()
                        : List.of(
                                List.of("Status", text(outcome.status())),
                                List.of("Outcome", text(outcome.outcome())),
                                List.of("Rationale", text(outcome.rationale())),
                                List.of("Diversionary activity", text(outcome.diversionaryActivity())),
                                List.of("Proposed", time(outcome.proposedAt())),
                                List.of("Proposed by", text(outcome.proposedBy())),
                                List.of("Signed off", time(outcome.assignedAt())),
                                List.of("Signed off by", text(outcome.signedOffBy())))));
        sections.add(Section.otherChildren(bundle.otherChildren(), "No other child is on the escalation."));
        sections.add(new Section(
                "Decisions",
                "Every decision on the escalation about the child or the whole case, with who decided (by role) and"
                        + " why.",
                ENTRY_COLUMNS,
                rows(bundle.decisions())));
        for (SubjectAccessBundle.Meeting meeting : bundle.strategyMeetings()) {
            sections.add(new Section(
                    "Strategy meeting " + meeting.number(),
                    "Scheduled " + time(meeting.scheduledFor()) + " (" + text(meeting.venue()) + "); invited: "
                            + join(meeting.invited()) + "; held: " + time(meeting.heldAt()) + "; attended: "
                            + join(meeting.attended()) + ".",
                    ENTRY_COLUMNS,
                    rows(meeting.record())));
        }
        if (bundle.strategyMeetings().isEmpty()) {
            sections.add(new Section("Strategy meetings", "No strategy meeting was convened.", List.of(), List.of()));
        }
        for (SubjectAccessBundle.Device device : bundle.devices()) {
            sections.add(new Section(
                    "Device " + device.number() + ": " + text(device.description()),
                    "Seized: " + device.seized() + ". Decisions about the device and its images, by reference only:"
                            + " the force holds no imagery here.",
                    ENTRY_COLUMNS,
                    rows(device.decisions())));
        }
        if (bundle.devices().isEmpty()) {
            sections.add(
                    new Section("Devices and images", "No device of this child is recorded.", List.of(), List.of()));
        }
        SubjectAccessBundle.Review review = bundle.review();
        sections.add(new Section(
                "Review of the crime record",
                review == null
                        ? "The crime record's review under Management of Police Information (MoPI) is not due yet."
                        : "The crime record fell due for its review under Management of Police Information (MoPI).",
                Section.FACTS,
                review == null
                        ? List.of()
                        : List.of(
                                List.of("MoPI group", String.valueOf(review.mopiGroup())),
                                List.of("Review due", PortalDates.shown(review.dueOn())))));
        sections.add(Section.reads(
                "Who read the escalation",
                "Every recorded read of the escalation, oldest first (at most the latest 500), by role and"
                        + " organisation.",
                bundle.accessLog().stream()
                        .map(a -> List.of(time(a.at()), a.by(), a.organisation(), a.what(), text(a.purpose())))
                        .toList()));
        return new DisclosureDocument(
                "Subject access disclosure: " + bundle.childRef() + " of escalation " + bundle.caseReference(),
                DisclosureDocument.about(
                        bundle.controller(),
                        bundle.requester(),
                        bundle.reason(),
                        bundle.producedAt(),
                        bundle.requestId()),
                sections,
                bundle.redactions());
    }

    private static List<List<String>> rows(List<SubjectAccessBundle.Entry> entries) {
        return entries.stream()
                .map(e -> List.of(
                        Integer.toString(e.number()),
                        time(e.at()),
                        text(e.by()),
                        text(e.organisation()),
                        text(e.what()),
                        text(e.why())))
                .toList();
    }
}
