package org.casebridge.police.sar.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.casebridge.platform.access.AccessEntry;
import org.casebridge.platform.access.AccessLog;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.disclosure.DisclosureWords;
import org.casebridge.platform.disclosure.Redactor;
import org.casebridge.platform.reference.PlaceNames;
import org.casebridge.police.device.query.DeviceQueries;
import org.casebridge.police.device.query.DeviceView;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.escalation.query.EscalationViews.AmendmentView;
import org.casebridge.police.escalation.query.EscalationViews.ChildView;
import org.casebridge.police.escalation.query.EscalationViews.EscalationDetailView;
import org.casebridge.police.escalation.query.EscalationViews.OutcomeView;
import org.casebridge.police.escalation.query.EscalationViews.VictimCrimeView;
import org.casebridge.police.portal.PoliceWords;
import org.casebridge.police.sar.query.SubjectAccessQueries.RequestView;
import org.casebridge.police.strategy.command.Participant;
import org.casebridge.police.strategy.query.StrategyQueries;
import org.casebridge.police.strategy.query.StrategyViews.ActionView;
import org.casebridge.police.strategy.query.StrategyViews.DecisionView;
import org.casebridge.police.strategy.query.StrategyViews.InformationView;
import org.casebridge.police.strategy.query.StrategyViews.StrategyMeetingView;
import org.springframework.stereotype.Component;

/**
 * Builds the disclosure of what a force holds about one child of an escalation (ADR 0066), as it stands now, with
 * what must be withheld withheld and listed:
 *
 * <ul>
 *   <li>the other children: the force holds them by ref only (no names); their ages, year groups, roles, crimes,
 *       devices and Report Remove signposting are theirs and are not disclosed (UK GDPR Art 15(4), DPA 2018 Sch 2
 *       para 16);
 *   <li>the officers and others who acted on or read the escalation: their user names become their role and
 *       organisation (DPA 2018 Sch 2 para 16); the school, Casebridge's own jobs and the force stay;
 *   <li>the phrases the supervisor chose to withhold (third-party information in free text), with their reason.
 * </ul>
 */
@Component
public class SubjectAccessBundles {

    static final String OTHER_CHILD = "Another child's information";
    static final String OTHER_CHILD_WHY = "Another child is a third party: what the force holds about them is"
            + " withheld and they are named by their ref only (UK GDPR Art 15(4); DPA 2018 Sch 2 para 16).";
    static final String OFFICER = "A person's name";
    static final String OFFICER_WHY = "The identity of an officer or other person acting in their job is third-party"
            + " information the force may withhold (DPA 2018 Sch 2 para 16); their role and organisation are given"
            + " instead.";
    static final String CHOSEN = "Third-party information chosen by the supervisor";

    private final EscalationQueries escalations;
    private final StrategyQueries strategy;
    private final DeviceQueries devices;
    private final AccessLog accessLog;
    private final PlaceNames places;
    private final Clock clock;

    public SubjectAccessBundles(
            EscalationQueries escalations,
            StrategyQueries strategy,
            DeviceQueries devices,
            AccessLog accessLog,
            PlaceNames places,
            Clock clock) {
        this.escalations = escalations;
        this.strategy = strategy;
        this.devices = devices;
        this.accessLog = accessLog;
        this.places = places;
        this.clock = clock;
    }

    /** The disclosure of the request's child, read as {@code reader} (a supervisor of the force), every redaction listed. */
    public SubjectAccessBundle build(RequestView request, Actor reader) {
        EscalationDetailView e = escalations.detail(request.caseId(), reader);
        String childRef = request.childRef();
        ChildView child = e.children().stream()
                .filter(c -> c.ref().equals(childRef))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The request's child is not on its escalation"));
        Disclosure d = new Disclosure(
                e,
                childRef,
                new Redactor(request.chosenRedactions().stream()
                        .map(chosen -> new Redactor.Term(chosen.phrase(), CHOSEN, "[withheld]", chosen.reason()))
                        .toList()));
        List<String> others = e.children().stream()
                .map(ChildView::ref)
                .filter(ref -> !ref.equals(childRef))
                .toList();
        for (String other : others) {
            d.redactor.withhold(
                    "The children, " + other,
                    OTHER_CHILD,
                    other + ", with no age, year group or role",
                    OTHER_CHILD_WHY);
        }

        List<SubjectAccessBundle.Entry> decisions = decisions(d);
        List<SubjectAccessBundle.Meeting> meetings = new ArrayList<>();
        List<StrategyMeetingView> held = strategy.meetingsOfCase(e.caseId());
        for (int i = 0; i < held.size(); i++) {
            meetings.add(meeting(d, i + 1, held.get(i)));
        }
        List<SubjectAccessBundle.Device> ownDevices = new ArrayList<>();
        for (DeviceView device : devices.devicesOfCase(e.caseId())) {
            if (device.ownerChildRef() != null && !device.ownerChildRef().equals(childRef)) {
                d.redactor.withhold("Devices", OTHER_CHILD, "a device of another child, not listed", OTHER_CHILD_WHY);
                continue;
            }
            ownDevices.add(device(d, ownDevices.size() + 1, device));
        }
        List<SubjectAccessBundle.Access> reads =
                accessLog.find(e.caseId(), null, AccessLog.MAX_RESULTS).reversed().stream()
                        .map(entry -> access(d, entry))
                        .toList();

        SubjectAccessBundle.Crime crime = e.crime() == null
                ? null
                : new SubjectAccessBundle.Crime(
                        PoliceWords.of(e.crime().classification()),
                        e.crime().legislation(),
                        e.crime().crimeReference(),
                        e.crime().recordedAt(),
                        d.who("The crime record, recorded by", e.crime().recordedBy()));
        SubjectAccessBundle.Assessment assessment = e.assessment() == null
                ? null
                : new SubjectAccessBundle.Assessment(
                        e.assessment().aggravatingFactors().stream()
                                .map(f -> PoliceWords.of(f.factor().name())
                                        + (f.notes() == null || f.notes().isBlank()
                                                ? ""
                                                : ": " + d.redact("Aggravating factors, notes", f.notes())))
                                .toList(),
                        PoliceWords.of(e.assessment().path()),
                        e.assessment().strategyMeetingRequired(),
                        d.redact("Aggravating factors, why none", e.assessment().noFactorsReason()),
                        d.who("Aggravating factors, assessed by", e.assessment().assessedBy()),
                        e.assessment().assessedAt());
        OutcomeView o = e.outcome();
        SubjectAccessBundle.Outcome outcome = o == null
                ? null
                : new SubjectAccessBundle.Outcome(
                        PoliceWords.of(o.status()),
                        PoliceWords.of(o.outcome()),
                        d.redact("Outcome, rationale", o.rationale()),
                        d.redact("Outcome, diversionary activity", o.diversionaryActivity()),
                        d.who("Outcome, proposed by", o.proposedBy()),
                        o.proposedAt(),
                        d.who("Outcome, signed off by", o.signedOffBy()),
                        o.assignedAt());

        return new SubjectAccessBundle(
                SubjectAccessBundle.FORMAT,
                request.requestId(),
                places.force(request.forceCode()),
                e.caseName(),
                childRef,
                request.requester(),
                d.redact("Request, reason", request.reason()),
                clock.instant(),
                new SubjectAccessBundle.Subject(
                        child.age(),
                        child.yearGroup(),
                        child.schoolRoles().stream().map(PoliceWords::of).toList(),
                        child.policeRole() == null ? null : PoliceWords.of(child.policeRole())),
                new SubjectAccessBundle.Escalation(
                        e.schoolName(),
                        places.area(e.localAuthorityCode()),
                        PoliceWords.of(e.status()),
                        e.criteriaMet().stream().map(PoliceWords::of).toList(),
                        e.referredAt(),
                        e.receivedAt(),
                        e.acceptedAt(),
                        e.schoolClosure() == null ? null : e.schoolClosure().closedAt()),
                crime,
                assessment,
                outcome,
                others,
                decisions,
                meetings,
                ownDevices,
                e.review() == null
                        ? null
                        : new SubjectAccessBundle.Review(
                                e.review().mopiGroup(), e.review().dueOn()),
                reads,
                d.redactor.redactions());
    }

    /** Every decision on the escalation that is about the child or the whole case, oldest first. */
    private List<SubjectAccessBundle.Entry> decisions(Disclosure d) {
        EscalationDetailView e = d.escalation;
        List<Decision> all = new ArrayList<>();
        if (e.acceptedAt() != null) {
            all.add(new Decision(e.acceptedAt(), e.acceptedBy(), "Accepted the referral", null));
        }
        if (e.declinedAt() != null) {
            all.add(new Decision(e.declinedAt(), e.declinedBy(), "Declined the referral", e.declinedReason()));
        }
        e.transfers()
                .forEach(t -> all.add(new Decision(
                        t.at(),
                        t.by(),
                        "Transferred from " + places.force(t.fromForce()) + " to " + places.force(t.toForce()),
                        t.reason())));
        if (e.crime() != null) {
            all.add(new Decision(
                    e.crime().recordedAt(),
                    e.crime().recordedBy(),
                    "Recorded the crime: " + PoliceWords.of(e.crime().classification()),
                    null));
        }
        for (AmendmentView amendment : e.amendments()) {
            if (amendment.childRef() != null && !amendment.childRef().equals(d.childRef)) {
                d.redactor.withhold(
                        "Decisions", OTHER_CHILD, "a change about another child, not listed", OTHER_CHILD_WHY);
                continue;
            }
            all.add(new Decision(
                    amendment.at(),
                    amendment.by(),
                    PoliceWords.of(amendment.kind()) + ": from " + PoliceWords.of(amendment.from()) + " to "
                            + PoliceWords.of(amendment.to()),
                    amendment.reason()));
        }
        for (VictimCrimeView crime : e.victimCrimes()) {
            if (!crime.victimRef().equals(d.childRef)) {
                d.redactor.withhold(
                        "Decisions", OTHER_CHILD, "another child's crime record, not listed", OTHER_CHILD_WHY);
                continue;
            }
            all.add(new Decision(
                    crime.recordedAt(),
                    crime.recordedBy(),
                    "Recorded a crime for the child as a further victim: " + PoliceWords.of(crime.classification())
                            + ", crime reference " + crime.crimeReference(),
                    null));
        }
        if (e.assessment() != null) {
            all.add(new Decision(
                    e.assessment().assessedAt(),
                    e.assessment().assessedBy(),
                    "Assessed the aggravating factors: "
                            + PoliceWords.of(e.assessment().path()),
                    e.assessment().noFactorsReason()));
        }
        OutcomeView o = e.outcome();
        if (o != null && o.proposedAt() != null) {
            all.add(new Decision(
                    o.proposedAt(), o.proposedBy(), "Proposed " + PoliceWords.of(o.outcome()), o.rationale()));
        }
        if (o != null && o.sentBackAt() != null) {
            all.add(new Decision(o.sentBackAt(), o.sentBackBy(), "Sent the proposed outcome back", o.sentBackReason()));
        }
        if (o != null && o.assignedAt() != null) {
            all.add(new Decision(
                    o.assignedAt(), o.signedOffBy(), "Signed off " + PoliceWords.of(o.outcome()), o.rationale()));
        }
        e.disclosures()
                .forEach(given -> all.add(new Decision(
                        given.givenAt(),
                        given.by(),
                        "Gave the disclosure statement (" + given.statementVersion() + ") to "
                                + PoliceWords.all(given.givenTo()),
                        null)));
        all.sort(Comparator.comparing(Decision::at, Comparator.nullsLast(Comparator.naturalOrder())));
        List<SubjectAccessBundle.Entry> entries = new ArrayList<>();
        for (Decision decision : all) {
            int number = entries.size() + 1;
            String where = "Decisions, entry " + number;
            entries.add(new SubjectAccessBundle.Entry(
                    number,
                    decision.at(),
                    d.who(where + ", who", decision.by()),
                    d.organisation(decision.by()),
                    decision.what(),
                    d.redact(where + ", why", decision.why())));
        }
        return entries;
    }

    private SubjectAccessBundle.Meeting meeting(Disclosure d, int number, StrategyMeetingView meeting) {
        String where = "Strategy meeting " + number;
        List<SubjectAccessBundle.Entry> record = new ArrayList<>();
        for (InformationView info : meeting.information()) {
            record.add(d.entry(
                    where,
                    record.size() + 1,
                    info.at(),
                    info.by(),
                    "Information shared by " + participant(info.sharedBy()) + " (" + info.legislation() + ")",
                    info.summary()));
        }
        for (DecisionView decision : meeting.decisions()) {
            record.add(d.entry(
                    where,
                    record.size() + 1,
                    decision.at(),
                    decision.by(),
                    "Decided on " + PoliceWords.of(decision.topic()) + ": " + decision.decision(),
                    decision.rationale()));
        }
        for (ActionView action : meeting.actions()) {
            record.add(d.entry(
                    where,
                    record.size() + 1,
                    action.assignedAt(),
                    action.assignedBy(),
                    "Action for " + participant(action.owner()) + ", due " + DisclosureWords.time(action.dueBy()) + ": "
                            + action.description(),
                    action.completedAt() == null
                            ? "Open"
                            : "Completed " + DisclosureWords.time(action.completedAt())
                                    + (action.completionNote() == null ? "" : ": " + action.completionNote())));
        }
        return new SubjectAccessBundle.Meeting(
                number,
                meeting.scheduledFor(),
                d.redact(where + ", venue", meeting.venue()),
                meeting.invitees().stream().map(this::participant).toList(),
                meeting.heldAt(),
                meeting.attendees() == null
                        ? List.of()
                        : meeting.attendees().stream().map(this::participant).toList(),
                record);
    }

    private SubjectAccessBundle.Device device(Disclosure d, int number, DeviceView device) {
        String where = "Device " + number;
        List<SubjectAccessBundle.Entry> decisions = new ArrayList<>();
        decisions.add(d.entry(
                where,
                1,
                device.recordedAt(),
                device.recordedBy(),
                device.seized()
                        ? "Seized as exhibit " + device.exhibitReference()
                        : "Not seized"
                                + (Boolean.TRUE.equals(device.schoolMayUseDeletionPowers())
                                        ? "; the school may use its powers to delete the images"
                                        : ""),
                device.notSeizedReason()));
        device.examinations()
                .forEach(x -> decisions.add(d.entry(
                        where,
                        decisions.size() + 1,
                        x.at(),
                        x.by(),
                        "Examined by " + PoliceWords.of(x.examinedBy()) + ", reference " + x.reference(),
                        null)));
        device.caid()
                .forEach(c -> decisions.add(d.entry(
                        where,
                        decisions.size() + 1,
                        c.at(),
                        c.by(),
                        "Child Abuse Image Database: " + PoliceWords.of(c.status())
                                + (c.grade() == null ? "" : ", grade " + c.grade()) + ", reference " + c.reference(),
                        null)));
        for (DeviceView.ReportRemove signposted : device.reportRemove()) {
            if (!signposted.childRef().equals(d.childRef)) {
                d.redactor.withhold(where, OTHER_CHILD, "Report Remove for another child, not listed", OTHER_CHILD_WHY);
                continue;
            }
            decisions.add(d.entry(
                    where,
                    decisions.size() + 1,
                    signposted.at(),
                    signposted.by(),
                    "Signposted to Report Remove, reference " + signposted.reference(),
                    null));
        }
        if (device.disposal() != null) {
            decisions.add(d.entry(
                    where,
                    decisions.size() + 1,
                    device.disposedAt(),
                    device.disposedBy(),
                    "Disposed of: " + PoliceWords.of(device.disposal()),
                    device.disposalRationale()));
        }
        return new SubjectAccessBundle.Device(
                number,
                d.redact(where + ", description", device.description()),
                DisclosureWords.yesNo(device.seized()),
                decisions);
    }

    private SubjectAccessBundle.Access access(Disclosure d, AccessEntry entry) {
        String by = entry.actorId() == null
                ? ""
                : d.redactor.withhold(
                        "Access log: who read",
                        OFFICER,
                        "[" + PoliceWords.of(entry.actorRole()).toLowerCase(Locale.UK) + "]",
                        OFFICER_WHY);
        return new SubjectAccessBundle.Access(
                entry.at(),
                by,
                organisationName(entry.actorOrganisation()),
                DisclosureWords.readWords(entry.what()),
                d.redact("Access log, purpose", entry.purpose()));
    }

    private String participant(Participant participant) {
        if (participant == null) {
            return "";
        }
        String name = switch (participant.type()) {
            case SCHOOL -> places.school(participant.organisation());
            case POLICE -> places.force(participant.organisation());
            default -> places.area(participant.organisation());
        };
        return PoliceWords.of(participant.type().name()) + ": " + name
                + (participant.role() == null ? "" : " (" + participant.role() + ")");
    }

    /** A force, a school or an area by its name; anything else by its code. */
    private String organisationName(String code) {
        if (code == null) {
            return "";
        }
        return places.knownSchool(code).orElseGet(() -> places.force(code));
    }

    private record Decision(Instant at, String by, String what, String why) {}

    /** One disclosure being built: the escalation, the child, and the redactor that lists what is withheld. */
    private final class Disclosure {

        final EscalationDetailView escalation;
        final String childRef;
        final Redactor redactor;

        Disclosure(EscalationDetailView escalation, String childRef, Redactor redactor) {
            this.escalation = escalation;
            this.childRef = childRef;
            this.redactor = redactor;
        }

        String redact(String where, String text) {
            return redactor.redact(where, text);
        }

        /**
         * Who acted: the referring school and Casebridge's own jobs are not people and stay; a person's user name is
         * withheld and listed.
         */
        String who(String where, String actorId) {
            if (actorId == null || actorId.isBlank()) {
                return "";
            }
            if (actorId.equals(escalation.schoolUrn())) {
                return escalation.schoolName();
            }
            if (actorId.startsWith("casebridge")) {
                return "Casebridge";
            }
            return redactor.withhold(where, OFFICER, "[police officer]", OFFICER_WHY);
        }

        String organisation(String actorId) {
            if (actorId == null || actorId.isBlank()) {
                return "";
            }
            return actorId.equals(escalation.schoolUrn())
                    ? escalation.schoolName()
                    : places.force(escalation.forceCode());
        }

        SubjectAccessBundle.Entry entry(String where, int number, Instant at, String by, String what, String why) {
            String item = where + ", entry " + number;
            return new SubjectAccessBundle.Entry(
                    number,
                    at,
                    who(item + ", who", by),
                    organisation(by),
                    redact(item + ", what", what),
                    redact(item + ", why", why));
        }
    }
}
