package org.casebridge.notification.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations;
import org.casebridge.notification.referral.command.AllegationOutcome;
import org.casebridge.notification.referral.command.MeetingAttendee;
import org.casebridge.notification.referral.command.MeetingAttendeeRole;
import org.casebridge.notification.referral.query.AgencyCaseView;
import org.casebridge.notification.referral.service.AgencyCaseService;
import org.casebridge.notification.words.NotificationWords;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.platform.portal.PortalPages;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The LADO's pages of a school's LADO referral (KCSIE Part 4, ADR 0055): acknowledge it, record the allegation
 * management meeting (its day, who attended by role and organisation, the decision and why) and the outcome. The same
 * {@link AgencyCaseService} as the API; refusals are shown against the question they are about, or as the banner.
 */
@PortalController
class LadoPortalController {

    static final String MEETING_DRAFT = "allegation-meeting";
    static final String OUTCOME_DRAFT = "allegation-outcome";

    private final AgencyCaseService service;
    private final PortalPages pages;
    private final ReferralPortalController referrals;

    LadoPortalController(AgencyCaseService service, PortalPages pages, ReferralPortalController referrals) {
        this.service = service;
        this.pages = pages;
        this.referrals = referrals;
    }

    @PostMapping("/portal/referrals/{caseId}/lado-acknowledgement")
    String acknowledge(Actor actor, @PathVariable String caseId, RedirectAttributes redirect) {
        return pages.act(
                redirect,
                () -> service.acknowledgeLadoReferral(actor, caseId),
                "The LADO referral is acknowledged",
                "The LADO referral was already acknowledged",
                "/portal/referrals/" + caseId);
    }

    @GetMapping("/portal/referrals/{caseId}/allegation-meeting")
    @RecordsAccess("agency-referral")
    String meetingForm(Actor actor, @PathVariable String caseId, Model model) {
        return meetingPage(actor, lado(actor, caseId), pages.draft(actor, MEETING_DRAFT + "-" + caseId), model);
    }

    @PostMapping("/portal/referrals/{caseId}/allegation-meeting")
    String recordMeeting(
            Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        AgencyCaseView referral = lado(actor, caseId);
        LocalDate heldOn = PortalDates.date(form, "heldOn", "the day of the meeting");
        List<MeetingAttendee> attendees = new ArrayList<>();
        for (MeetingAttendeeRole role : MeetingAttendeeRole.values()) {
            String organisation = form.limited(
                    "org-" + role.name(),
                    AgencyCaseRuleViolations.MAX_ORGANISATION,
                    "The organisation must be 200 characters or fewer");
            if (organisation != null) {
                attendees.add(new MeetingAttendee(role, organisation.strip()));
            }
        }
        if (attendees.isEmpty()) {
            form.reject("org-LADO", "Enter the organisation of at least one attendee, such as the LADO's");
        }
        String rationale = rationale(form, "Enter what the meeting decided and why");
        return pages.post(actor, form, redirect)
                .draft(MEETING_DRAFT + "-" + caseId)
                .refusalsOn("rationale")
                .refusal("allegation-detail-required", "heldOn-day")
                .run(() -> service.recordAllegationMeeting(actor, caseId, heldOn, attendees, rationale))
                .awaitVisible(() -> lado(actor, caseId).lado().meetingHeldOn() != null)
                .success("The allegation management meeting is recorded")
                .redirectTo("/portal/referrals/" + caseId)
                .orShow(() -> meetingPage(actor, referral, form, model));
    }

    @GetMapping("/portal/referrals/{caseId}/allegation-outcome")
    @RecordsAccess("agency-referral")
    String outcomeForm(Actor actor, @PathVariable String caseId, Model model) {
        return outcomePage(actor, lado(actor, caseId), pages.draft(actor, OUTCOME_DRAFT + "-" + caseId), model);
    }

    @PostMapping("/portal/referrals/{caseId}/allegation-outcome")
    String recordOutcome(
            Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        AgencyCaseView referral = lado(actor, caseId);
        AllegationOutcome outcome = form.choice("outcome", AllegationOutcome.class, "Select the allegation's outcome");
        String rationale = rationale(form, "Enter why the allegation has this outcome");
        return pages.post(actor, form, redirect)
                .draft(OUTCOME_DRAFT + "-" + caseId)
                .refusalsOn("rationale")
                .run(() -> service.recordAllegationOutcome(actor, caseId, outcome, rationale))
                .awaitVisible(() -> lado(actor, caseId).lado().outcome() != null)
                .success("The allegation's outcome is recorded")
                .redirectTo("/portal/referrals/" + caseId)
                .orShow(() -> outcomePage(actor, referral, form, model));
    }

    /** The LADO records the day an adult reaches normal pension age, or that it is not known (ADR 0084). */
    @GetMapping("/portal/referrals/{caseId}/pension-age")
    @RecordsAccess("agency-referral")
    String pensionAgeForm(Actor actor, @PathVariable String caseId, Model model) {
        return pensionAgePage(actor, lado(actor, caseId), PortalForm.of(Map.of()), model);
    }

    @PostMapping("/portal/referrals/{caseId}/pension-age")
    String recordPensionAge(
            Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        AgencyCaseView referral = lado(actor, caseId);
        String adultRef = adult(form, referral);
        boolean notKnown = form.has(NOT_KNOWN, "yes");
        LocalDate pensionAgeOn =
                notKnown ? null : PortalDates.date(form, "pensionAgeOn", "the day they reach normal pension age");
        return pages.post(actor, form, redirect)
                .refusalsOn("pensionAgeOn-day")
                .refusal("unknown-adult", "adultRef")
                .run(() -> service.recordPensionAge(actor, caseId, adultRef, pensionAgeOn))
                .awaitVisible(() -> lado(actor, caseId).lado().adults().stream()
                        .anyMatch(adult -> adult.ref().equals(adultRef) && adult.pensionAgeRecordedAt() != null))
                .success("The normal pension age is recorded")
                .redirectTo("/portal/referrals/" + caseId)
                .orShow(() -> pensionAgePage(actor, referral, form, model));
    }

    /**
     * The LADO records an adult's consent to keep the record of a false or malicious allegation, or its withdrawal
     * (ADR 0084).
     */
    @GetMapping("/portal/referrals/{caseId}/retention-consent")
    @RecordsAccess("agency-referral")
    String consentForm(Actor actor, @PathVariable String caseId, Model model) {
        return consentPage(actor, lado(actor, caseId), PortalForm.of(Map.of()), model);
    }

    @PostMapping("/portal/referrals/{caseId}/retention-consent")
    String recordConsent(
            Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        AgencyCaseView referral = lado(actor, caseId);
        String adultRef = adult(form, referral);
        ConsentAct act = form.choice("act", ConsentAct.class, "Select whether the adult gave or withdrew consent");
        String rationale = rationale(form, "Enter how the adult gave or withdrew their consent");
        boolean giving = act == ConsentAct.GIVEN;
        return pages.post(actor, form, redirect)
                .refusalsOn("rationale")
                .refusal("unknown-adult", "adultRef")
                .refusal("retention-consent-needs-false-or-malicious-outcome", "act")
                .refusal("retention-consent-already-recorded", "act")
                .refusal("no-retention-consent", "act")
                .run(() -> {
                    if (giving) {
                        service.recordRetentionConsent(actor, caseId, adultRef, rationale);
                    } else {
                        service.withdrawRetentionConsent(actor, caseId, adultRef, rationale);
                    }
                })
                .awaitVisible(() -> lado(actor, caseId).lado().adults().stream()
                        .anyMatch(adult -> adult.ref().equals(adultRef) && adult.consented() == giving))
                .success(
                        giving ? "The consent to keep the record is recorded" : "The withdrawal of consent is recorded")
                .redirectTo("/portal/referrals/" + caseId)
                .orShow(() -> consentPage(actor, referral, form, model));
    }

    /** Whether the adult gave consent to keep the record, or withdrew it. */
    enum ConsentAct {
        GIVEN,
        WITHDRAWN
    }

    private static final String NOT_KNOWN = "notKnown";

    private static String adult(PortalForm form, AgencyCaseView referral) {
        String adultRef = form.required("adultRef", "Select the adult");
        if (adultRef != null
                && referral.lado().adults().stream()
                        .noneMatch(adult -> adult.ref().equals(adultRef))) {
            form.reject("adultRef", "Select one of the adults the school's referral named");
        }
        return adultRef;
    }

    private String pensionAgePage(Actor actor, AgencyCaseView referral, PortalForm form, Model model) {
        model.addAttribute("adults", adultOptions(referral));
        model.addAttribute("notKnown", List.of(new PortalOption("yes", "Not known")));
        return page(actor, referral, form, model, "agency/pension-age");
    }

    private String consentPage(Actor actor, AgencyCaseView referral, PortalForm form, Model model) {
        model.addAttribute("adults", adultOptions(referral));
        model.addAttribute(
                "acts",
                List.of(
                        new PortalOption(ConsentAct.GIVEN.name(), "The adult consents to the record being kept"),
                        new PortalOption(ConsentAct.WITHDRAWN.name(), "The adult withdrew their consent")));
        return page(actor, referral, form, model, "agency/retention-consent");
    }

    private static List<PortalOption> adultOptions(AgencyCaseView referral) {
        return referral.lado().adults().stream()
                .map(adult -> new PortalOption(adult.ref(), adult.ref() + ": " + adult.roleWords()))
                .toList();
    }

    private String meetingPage(Actor actor, AgencyCaseView referral, PortalForm form, Model model) {
        model.addAttribute(
                "roles",
                Arrays.stream(MeetingAttendeeRole.values())
                        .map(role -> new PortalOption(role.name(), NotificationWords.of(role)))
                        .toList());
        return page(actor, referral, form, model, "agency/allegation-meeting");
    }

    private String outcomePage(Actor actor, AgencyCaseView referral, PortalForm form, Model model) {
        model.addAttribute(
                "outcomes",
                Arrays.stream(AllegationOutcome.values())
                        .map(outcome -> new PortalOption(outcome.name(), NotificationWords.of(outcome)))
                        .toList());
        return page(actor, referral, form, model, "agency/allegation-outcome");
    }

    /** A LADO page about one referral, named as the agency knows the case, with the form as left or as posted. */
    private String page(Actor actor, AgencyCaseView referral, PortalForm form, Model model, String view) {
        model.addAttribute("referral", referral);
        model.addAttribute("name", referrals.names(actor, List.of(referral)).get(referral.caseId()));
        model.addAttribute("form", form);
        return view;
    }

    /** The caller's agency's part in the case, which must be a LADO referral (else "not found", as for none). */
    private AgencyCaseView lado(Actor actor, String caseId) {
        AgencyCaseView referral = service.get(actor, caseId);
        if (referral.lado() == null) {
            throw new NotFoundException("LADO referral for case", caseId);
        }
        return referral;
    }

    private static String rationale(PortalForm form, String message) {
        String rationale = form.required("rationale", message);
        form.limited(
                "rationale", AgencyCaseRuleViolations.MAX_RATIONALE, "The rationale must be 4000 characters or fewer");
        return rationale;
    }
}
