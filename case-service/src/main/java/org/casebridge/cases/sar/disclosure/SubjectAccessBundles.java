package org.casebridge.cases.sar.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.query.CaseDetailView;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.incident.query.CaseViewQueries;
import org.casebridge.cases.incident.query.TimelineEntryView;
import org.casebridge.cases.personaldetails.PersonalDetails;
import org.casebridge.cases.personaldetails.PersonalDetailsVault;
import org.casebridge.cases.sar.query.SubjectAccessQueries.RequestView;
import org.casebridge.cases.school.SchoolDirectory;
import org.casebridge.cases.words.CodeWords;
import org.casebridge.platform.access.AccessEntry;
import org.casebridge.platform.access.AccessLog;
import org.casebridge.platform.disclosure.DisclosureWords;
import org.casebridge.platform.disclosure.Redactor;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.reference.PlaceNames;
import org.springframework.stereotype.Component;

/**
 * Builds the disclosure of one child's record for a subject access request (ADR 0057), as it stands now, with what
 * must be withheld withheld and listed:
 *
 * <ul>
 *   <li>the other children of the case: their names, dates of birth and pupil numbers, wherever free text holds
 *       them, become their refs; their ages, roles and devices are not disclosed (UK GDPR Art 15(4), DPA 2018 Sch 2
 *       para 16);
 *   <li>the people who acted on or read the case: their user names become their role and organisation (DPA 2018
 *       Sch 2 para 16: a third party's identity, which the organisation need not disclose unless it is reasonable);
 *   <li>the phrases the DSL chose to withhold (third-party information in free text), with the DSL's reason.
 * </ul>
 */
@Component
public class SubjectAccessBundles {

    static final String OTHER_CHILD = "Another child's identity";
    static final String OTHER_CHILD_WHY = "Another child is a third party: their identity is withheld and they are"
            + " named by their ref only (UK GDPR Art 15(4); DPA 2018 Sch 2 para 16).";
    static final String STAFF = "A member of staff's name";
    static final String STAFF_WHY = "The identity of a person acting in their job is third-party information the"
            + " organisation may withhold (DPA 2018 Sch 2 para 16); their role and organisation are given instead.";
    static final String OTHER_DEVICE = "Another child's device";
    static final String OTHER_DEVICE_WHY =
            "A device of another child is that child's information (UK GDPR Art 15(4);" + " DPA 2018 Sch 2 para 16).";
    static final String CHOSEN = "Third-party information chosen by the DSL";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private final CaseViewQueries cases;
    private final PersonalDetailsVault vault;
    private final AccessLog accessLog;
    private final ShareRecords shares;
    private final SchoolDirectory schools;
    private final PlaceNames places;
    private final Clock clock;

    public SubjectAccessBundles(
            CaseViewQueries cases,
            PersonalDetailsVault vault,
            AccessLog accessLog,
            ShareRecords shares,
            SchoolDirectory schools,
            PlaceNames places,
            Clock clock) {
        this.cases = cases;
        this.vault = vault;
        this.accessLog = accessLog;
        this.shares = shares;
        this.schools = schools;
        this.places = places;
        this.clock = clock;
    }

    /** The disclosure of the request's child, with every redaction listed. */
    public SubjectAccessBundle build(RequestView request) {
        UUID caseUuid = UUID.fromString(request.caseId());
        CaseId caseId = new CaseId(caseUuid);
        CaseScope school = new CaseScope.OneSchool(request.schoolUrn());
        CaseDetailView detail = cases.detail(caseUuid, school);
        String childRef = request.childRef();
        CaseDetailView.Child child = detail.childrenInvolved().stream()
                .filter(c -> c.ref().equals(childRef))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The request's child is not on its case"));
        Optional<PersonalDetails> own = vault.read(caseId, school, childRef);
        List<String> others = detail.childrenInvolved().stream()
                .map(CaseDetailView.Child::ref)
                .filter(ref -> !ref.equals(childRef))
                .toList();

        Redactor redactor = new Redactor(terms(request, caseId, school, others, own));

        List<SubjectAccessBundle.Entry> timeline = new ArrayList<>();
        List<TimelineEntryView> entries = cases.timeline(caseUuid, school).entries();
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntryView entry = entries.get(i);
            String where = "Timeline, entry " + (i + 1);
            timeline.add(new SubjectAccessBundle.Entry(
                    i + 1,
                    entry.at(),
                    who(redactor, "Timeline: who acted", entry.actorId(), entry.actorRole()),
                    CodeWords.of(entry.actorRole()),
                    organisation(entry.actorOrganisation()),
                    redactor.redact(where + ", what", entry.what()),
                    redactor.redact(where + ", why", entry.why())));
        }

        List<SubjectAccessBundle.Device> devices = new ArrayList<>();
        for (CaseDetailView.Device device : detail.devices()) {
            if (device.ownerChildRef() != null
                    && !device.ownerChildRef().isBlank()
                    && !device.ownerChildRef().equals(childRef)) {
                redactor.withhold("Devices", OTHER_DEVICE, "a device of another child, not listed", OTHER_DEVICE_WHY);
                continue;
            }
            devices.add(new SubjectAccessBundle.Device(
                    device.ref(),
                    redactor.redact("Devices, " + device.ref() + ", description", device.description()),
                    CodeWords.of(device.custody()),
                    device.exhibitRef()));
        }

        List<SubjectAccessBundle.Transfer> transfers = detail.transfers().stream()
                .filter(t -> t.childRef().equals(childRef))
                .map(t -> new SubjectAccessBundle.Transfer(
                        schoolName(t.toSchoolUrn()),
                        t.startedAt(),
                        redactor.redact("Transfers, " + t.transferId() + ", reason", t.reason()),
                        t.receivedAt()))
                .toList();

        List<SubjectAccessBundle.Access> reads =
                accessLog.find(request.caseId(), null, AccessLog.MAX_RESULTS).reversed().stream()
                        .map(entry -> access(redactor, entry))
                        .toList();

        SubjectAccessBundle.Shares shared = named(shares.ofCase(caseUuid));

        return new SubjectAccessBundle(
                SubjectAccessBundle.FORMAT,
                request.requestId(),
                schoolName(request.schoolUrn()),
                detail.reference(),
                childRef,
                request.requester(),
                redactor.redact("Request, reason", request.reason()),
                clock.instant(),
                subject(own, child),
                new SubjectAccessBundle.Incident(
                        redactor.redact("The incident, how it came to light", CodeWords.of(detail.howCameToLight())),
                        detail.cameToLightAt(),
                        detail.imagery().stream().map(CodeWords::of).toList(),
                        detail.platforms().stream()
                                .map(platform -> redactor.redact("The incident, where it was shared", platform))
                                .toList(),
                        redactor.redact("The incident, how far it spread", CodeWords.of(detail.spread())),
                        detail.mayHaveReachedInternet(),
                        detail.onSchoolDeviceOrNetwork()),
                new SubjectAccessBundle.Decisions(
                        CodeWords.of(detail.summary().status()),
                        detail.summary().reportedAt(),
                        detail.initialReviewAt(),
                        CodeWords.criteriaMet(detail.summary().criteriaMet()),
                        detail.summary().referredTo().stream()
                                .map(CodeWords::of)
                                .toList(),
                        detail.policeOutcomeWords(),
                        detail.summary().closedAt()),
                others,
                timeline,
                devices,
                transfers,
                shared,
                reads,
                redactor.redactions());
    }

    private List<Redactor.Term> terms(
            RequestView request, CaseId caseId, CaseScope school, List<String> others, Optional<PersonalDetails> own) {
        List<String> ownWords = own.map(details -> Stream.of(details.givenName(), details.familyName())
                        .filter(Objects::nonNull)
                        .map(word -> word.strip().toLowerCase(Locale.ROOT))
                        .toList())
                .orElse(List.of());
        List<Redactor.Term> terms = new ArrayList<>();
        for (String other : others) {
            String shown = "[" + other + "]";
            vault.read(caseId, school, other).ifPresent(details -> {
                Stream.of(fullName(details), details.givenName(), details.familyName())
                        .filter(Objects::nonNull)
                        .filter(text -> !ownWords.contains(text.strip().toLowerCase(Locale.ROOT)))
                        .forEach(text -> terms.add(new Redactor.Term(text, OTHER_CHILD, shown, OTHER_CHILD_WHY)));
                if (details.upn() != null) {
                    terms.add(new Redactor.Term(
                            details.upn(), OTHER_CHILD, "[" + other + "'s pupil number]", OTHER_CHILD_WHY));
                }
                Stream.of(
                                day(details.dateOfBirth(), DateTimeFormatter.ISO_LOCAL_DATE),
                                day(details.dateOfBirth(), DAY),
                                day(details.dateOfBirth(), SLASHED))
                        .filter(Objects::nonNull)
                        .forEach(text -> terms.add(new Redactor.Term(
                                text, OTHER_CHILD, "[" + other + "'s date of birth]", OTHER_CHILD_WHY)));
            });
        }
        request.chosenRedactions()
                .forEach(
                        chosen -> terms.add(new Redactor.Term(chosen.phrase(), CHOSEN, "[withheld]", chosen.reason())));
        return terms;
    }

    private SubjectAccessBundle.Subject subject(Optional<PersonalDetails> own, CaseDetailView.Child child) {
        return new SubjectAccessBundle.Subject(
                own.map(PersonalDetails::givenName).orElse(null),
                own.map(PersonalDetails::familyName).orElse(null),
                own.map(PersonalDetails::dateOfBirth).orElse(null),
                own.map(PersonalDetails::upn).orElse(null),
                child.age(),
                child.yearGroup(),
                child.roles().stream().map(CodeWords::of).toList(),
                child.flags().stream().map(CodeWords::of).toList(),
                child.parents() == null ? null : CodeWords.of(child.parents()));
    }

    private SubjectAccessBundle.Access access(Redactor redactor, AccessEntry entry) {
        return new SubjectAccessBundle.Access(
                entry.at(),
                who(redactor, "Access log: who read", entry.actorId(), entry.actorRole()),
                CodeWords.of(entry.actorRole()),
                organisation(entry.actorOrganisation()),
                DisclosureWords.readWords(entry.what()),
                redactor.redact("Access log, purpose", entry.purpose()));
    }

    /**
     * Who acted or read: a person's user name is withheld and listed; Casebridge itself and a police force named as
     * the organisation are not people and stay.
     */
    private static String who(Redactor redactor, String where, String actorId, String role) {
        if (actorId == null
                || ActedBy.SYSTEM.equals(role)
                || CaseActors.POLICE.equals(role)
                || "casebridge".equals(actorId)) {
            return actorId == null ? "" : actorId;
        }
        return redactor.withhold(where, STAFF, "[" + CodeWords.of(role).toLowerCase(Locale.UK) + "]", STAFF_WHY);
    }

    /** The shares with each agency by its name from the agency directory, not its id (ADR 0068). */
    private SubjectAccessBundle.Shares named(SubjectAccessBundle.Shares shared) {
        return new SubjectAccessBundle.Shares(
                shared.complete(),
                shared.note(),
                shared.shares().stream()
                        .map(share -> new SubjectAccessBundle.Share(
                                share.sharedAt(),
                                places.agency(share.agency()),
                                share.agencyKind(),
                                share.what(),
                                share.channel(),
                                share.lawfulBasis()))
                        .toList());
    }

    /** A school, a force or an agency by its name (ADR 0068). */
    private String organisation(String organisation) {
        return places.organisation(organisation);
    }

    private String schoolName(String urn) {
        return schools.find(urn).map(s -> s.name() + " (URN " + urn + ")").orElse("URN " + urn);
    }

    private static String fullName(PersonalDetails details) {
        if (details.givenName() == null || details.familyName() == null) {
            return null;
        }
        return details.givenName().strip() + " " + details.familyName().strip();
    }

    private static String day(LocalDate date, DateTimeFormatter format) {
        return date == null ? null : format.format(date);
    }
}
