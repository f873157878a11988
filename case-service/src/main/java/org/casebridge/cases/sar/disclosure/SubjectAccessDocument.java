package org.casebridge.cases.sar.disclosure;

import static org.casebridge.platform.disclosure.DisclosureWords.join;
import static org.casebridge.platform.disclosure.DisclosureWords.text;
import static org.casebridge.platform.disclosure.DisclosureWords.time;
import static org.casebridge.platform.disclosure.DisclosureWords.yesNo;

import java.util.ArrayList;
import java.util.List;
import org.casebridge.platform.disclosure.DisclosureDocument;
import org.casebridge.platform.disclosure.DisclosureDocument.Section;
import org.casebridge.platform.portal.PortalDates;

/** The disclosure as a person reads it, laid out from the bundle: every section, in words, and what was withheld. */
public final class SubjectAccessDocument {

    /** The section headings, in order: what a release records as released. */
    public static final List<String> SECTIONS = List.of(
            "The child",
            "The incident",
            "Decisions",
            "Other children",
            "Timeline",
            "Devices",
            "Records sent to other schools",
            "Information shared with agencies",
            "Who read the case");

    private SubjectAccessDocument() {}

    public static DisclosureDocument of(SubjectAccessBundle bundle) {
        List<Section> sections = new ArrayList<>();
        SubjectAccessBundle.Subject subject = bundle.subject();
        List<List<String>> child = new ArrayList<>();
        if (subject.givenName() == null && subject.familyName() == null) {
            child.add(List.of("Name", "No personal details are on file for this child"));
        } else {
            child.add(List.of("Name", text(subject.givenName()) + " " + text(subject.familyName())));
            child.add(List.of("Date of birth", PortalDates.shown(subject.dateOfBirth())));
            child.add(List.of("Unique pupil number", text(subject.upn())));
        }
        child.add(List.of("Age when recorded", Integer.toString(subject.age())));
        child.add(List.of("Year group", text(subject.yearGroup())));
        child.add(List.of("Part in the incident", join(subject.roles())));
        child.add(List.of("Needs and vulnerabilities recorded", join(subject.flags())));
        child.add(List.of("Parents or carers", subject.parents() == null ? "Not recorded" : subject.parents()));
        sections.add(new Section("The child", "Who the child is, as the school recorded them.", Section.FACTS, child));
        SubjectAccessBundle.Incident incident = bundle.incident();
        sections.add(new Section(
                "The incident",
                "How it came to light and what is known of the imagery. The school holds no imagery.",
                Section.FACTS,
                List.of(
                        List.of("How it came to light", text(incident.howCameToLight())),
                        List.of("When", time(incident.cameToLightAt())),
                        List.of("What the imagery showed", join(incident.imagery())),
                        List.of("Where it was shared", join(incident.platforms())),
                        List.of("How far it spread", text(incident.spread())),
                        List.of("May have reached the internet", yesNo(incident.mayHaveReachedInternet())),
                        List.of("On a school device or network", yesNo(incident.onSchoolDeviceOrNetwork())))));
        SubjectAccessBundle.Decisions decisions = bundle.decisions();
        sections.add(new Section(
                "Decisions",
                "Where the case stands; each decision's reasons are in the timeline.",
                Section.FACTS,
                List.of(
                        List.of("Status", text(decisions.status())),
                        List.of("Reported", time(decisions.reportedAt())),
                        List.of("Initial review", time(decisions.initialReviewAt())),
                        List.of("Criteria for immediate referral met", text(decisions.criteriaMet())),
                        List.of("Referred to", join(decisions.referredTo())),
                        List.of("Police outcome", text(decisions.policeOutcome())),
                        List.of("Closed", time(decisions.closedAt())))));
        sections.add(Section.otherChildren(bundle.otherChildren(), "No other child is recorded on the case."));
        sections.add(new Section(
                "Timeline",
                "Every entry of the case, with who acted (by role), what was decided and why.",
                List.of("No.", "When", "Who", "Organisation", "What", "Why"),
                bundle.timeline().stream()
                        .map(e -> List.of(
                                Integer.toString(e.number()),
                                time(e.at()),
                                e.by(),
                                e.organisation(),
                                text(e.what()),
                                text(e.why())))
                        .toList()));
        sections.add(new Section(
                "Devices",
                bundle.devices().isEmpty() ? "No device of this child is recorded." : "Devices of this child.",
                List.of("Ref", "Description", "Where it is", "Police exhibit"),
                bundle.devices().stream()
                        .map(d -> List.of(d.ref(), text(d.description()), text(d.custody()), text(d.exhibitRef())))
                        .toList()));
        sections.add(new Section(
                "Records sent to other schools",
                bundle.transfers().isEmpty()
                        ? "This child's record was not sent to another school."
                        : "This child's child protection record sent to the schools the child moved to.",
                List.of("To", "Sent", "Why", "Receipt confirmed"),
                bundle.transfers().stream()
                        .map(t -> List.of(t.toSchool(), time(t.startedAt()), text(t.reason()), time(t.receivedAt())))
                        .toList()));
        SubjectAccessBundle.Shares shares = bundle.shares();
        sections.add(new Section(
                "Information shared with agencies",
                shares.note(),
                List.of("When", "Agency", "Kind", "What", "How", "Lawful basis"),
                shares.shares().stream()
                        .map(s -> List.of(
                                time(s.sharedAt()),
                                text(s.agency()),
                                text(s.agencyKind()),
                                text(s.what()),
                                text(s.channel()),
                                text(s.lawfulBasis())))
                        .toList()));
        sections.add(Section.reads(
                "Who read the case",
                "Every recorded read of the case, oldest first (at most the latest 500), by role and organisation.",
                bundle.accessLog().stream()
                        .map(a -> List.of(time(a.at()), a.by(), a.organisation(), a.what(), text(a.purpose())))
                        .toList()));
        return new DisclosureDocument(
                "Subject access disclosure: " + bundle.childRef() + " of case " + bundle.caseReference(),
                DisclosureDocument.about(
                        bundle.controller(),
                        bundle.requester(),
                        bundle.reason(),
                        bundle.producedAt(),
                        bundle.requestId()),
                sections,
                bundle.redactions());
    }
}
