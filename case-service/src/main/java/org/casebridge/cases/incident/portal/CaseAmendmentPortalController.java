package org.casebridge.cases.incident.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.casebridge.cases.incident.api.AddChildCommand;
import org.casebridge.cases.incident.api.AmendChildCommand;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.CaseLimits;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.cases.incident.api.ChildRole;
import org.casebridge.cases.incident.api.LiftLegalHoldCommand;
import org.casebridge.cases.incident.api.SetLegalHoldCommand;
import org.casebridge.cases.incident.command.CaseCommands;
import org.casebridge.cases.incident.command.ChildAmendments;
import org.casebridge.cases.incident.query.CaseDetailView;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.incident.query.CaseViewQueries;
import org.casebridge.cases.incident.web.AuditorMayWrite;
import org.casebridge.cases.personaldetails.PersonalDetails;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalPages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The DSL's pages for amending a case, each with the reason: a child found after the report (their identity into the
 * encrypted store like the report's children), a correction of a child's age, year group or roles, and the legal hold
 * that stops the children's identities being erased. The API's commands; the case refuses what breaks a rule, and the
 * page shows why against the question it is about.
 */
@PortalController
public class CaseAmendmentPortalController {

    private static final Pattern YEAR_GROUP = Pattern.compile(CaseLimits.YEAR_GROUP_PATTERN);

    private final CaseViewQueries queries;
    private final CaseCommands cases;
    private final ChildAmendments amendments;
    private final PortalPages pages;
    private final Clock clock;

    public CaseAmendmentPortalController(
            CaseViewQueries queries, CaseCommands cases, ChildAmendments amendments, PortalPages pages, Clock clock) {
        this.queries = queries;
        this.cases = cases;
        this.amendments = amendments;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/portal/cases/{caseId}/children/add")
    @RecordsAccess("case")
    String addChildForm(@PathVariable UUID caseId, Actor actor, Model model) {
        return addChildPage(detail(caseId, actor), pages.draft(actor, "add-child-" + caseId), model);
    }

    @PostMapping("/portal/cases/{caseId}/children/add")
    String addChild(@PathVariable UUID caseId, PortalForm form, Actor actor, Model model, RedirectAttributes redirect) {
        CaseDetailView detail = detail(caseId, actor);
        String ref = nextRef(detail);
        Integer age = age(form, true);
        String year = yearGroup(form, true);
        Set<ChildRole> roles = form.choices("roles", ChildRole.class, "Select how the child is involved");
        PersonalDetails details = personalDetails(form);
        String reason = CasePage.reason(form, "Enter why the child is added");
        return pages.post(actor, form, redirect)
                .draft("add-child-" + caseId)
                .refusalsOn("reason")
                .refusal("personal-details-already-erased", "given")
                .run(() -> amendments.add(
                        new AddChildCommand(
                                new CaseId(caseId),
                                actor.actedBy(),
                                new ChildInvolved(ref, age, year, roles, Set.of()),
                                reason),
                        details))
                .awaitVisible(() -> detail(caseId, actor).childrenInvolved().stream()
                        .anyMatch(child -> child.ref().equals(ref)))
                .success(ref + " is added to the case")
                .redirectTo("/portal/cases/" + caseId)
                .orShow(() -> addChildPage(detail, form, model));
    }

    @GetMapping("/portal/cases/{caseId}/children/{childRef}/correction")
    @RecordsAccess("case")
    String correctionForm(@PathVariable UUID caseId, @PathVariable String childRef, Actor actor, Model model) {
        CaseDetailView detail = detail(caseId, actor);
        CaseDetailView.Child child = detail.child(childRef);
        PortalForm form = pages.draft(actor, correctionDraft(caseId, childRef));
        if (form.values().isEmpty()) {
            form.set("age", String.valueOf(child.age()))
                    .set("year", child.yearGroup())
                    .set("roles", child.roles());
        }
        return correctionPage(detail, child, form, model);
    }

    @PostMapping("/portal/cases/{caseId}/children/{childRef}/correction")
    String correct(
            @PathVariable UUID caseId,
            @PathVariable String childRef,
            PortalForm form,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        CaseDetailView detail = detail(caseId, actor);
        CaseDetailView.Child child = detail.child(childRef);
        Integer age = age(form, false);
        String year = yearGroup(form, false);
        Set<ChildRole> chosen = form.optionalChoices("roles", ChildRole.class, "Select how the child is involved");
        Set<ChildRole> roles = chosen.isEmpty() ? null : chosen;
        String reason = CasePage.reason(form, "Enter why the child's details are corrected");
        return pages.post(actor, form, redirect)
                .draft(correctionDraft(caseId, childRef))
                .refusalsOn("reason")
                .refusal("required-detail-missing", "age")
                .run(() -> cases.send(
                        new AmendChildCommand(new CaseId(caseId), actor.actedBy(), childRef, age, year, roles, reason)))
                .awaitVisible(() -> !detail(caseId, actor).child(childRef).equals(child))
                .success("The correction of " + childRef + " is recorded")
                .redirectTo("/portal/cases/" + caseId)
                .orShow(() -> correctionPage(detail, child, form, model));
    }

    @GetMapping("/portal/cases/{caseId}/legal-hold")
    @RecordsAccess("case")
    String legalHoldForm(@PathVariable UUID caseId, Actor actor, Model model) {
        return legalHoldPage(detail(caseId, actor), pages.draft(actor, "legal-hold-" + caseId), model);
    }

    @PostMapping("/portal/cases/{caseId}/legal-hold")
    @AuditorMayWrite
    String legalHold(
            @PathVariable UUID caseId, PortalForm form, Actor actor, Model model, RedirectAttributes redirect) {
        CaseDetailView detail = detail(caseId, actor);
        boolean lifting = detail.legalHold();
        String reason = CasePage.reason(
                form, lifting ? "Enter why the legal hold is lifted" : "Enter why the legal hold is set");
        CaseId id = new CaseId(caseId);
        return pages.post(actor, form, redirect)
                .draft("legal-hold-" + caseId)
                .refusalsOn("reason")
                .run(() -> cases.send(
                        lifting
                                ? new LiftLegalHoldCommand(id, actor.actedBy(), reason)
                                : new SetLegalHoldCommand(id, actor.actedBy(), reason)))
                .awaitVisible(() -> detail(caseId, actor).legalHold() != lifting)
                .success(lifting ? "The legal hold is lifted" : "The legal hold is set")
                .redirectTo("/portal/cases/" + caseId)
                .orShow(() -> legalHoldPage(detail, form, model));
    }

    private String addChildPage(CaseDetailView detail, PortalForm form, Model model) {
        model.addAttribute("childRef", nextRef(detail));
        model.addAttribute("roleOptions", CaseText.options(ChildRole.values()));
        return CasePage.show("cases/add-child", detail, form, model);
    }

    private String correctionPage(CaseDetailView detail, CaseDetailView.Child child, PortalForm form, Model model) {
        model.addAttribute("child", child);
        model.addAttribute("roleOptions", CaseText.options(ChildRole.values()));
        return CasePage.show("cases/correct-child", detail, form, model);
    }

    private String legalHoldPage(CaseDetailView detail, PortalForm form, Model model) {
        return CasePage.show("cases/legal-hold", detail, form, model);
    }

    private Integer age(PortalForm form, boolean required) {
        String age = required ? form.required("age", "Enter the child's age in years, like 14") : form.text("age");
        if (age == null) {
            return null;
        }
        try {
            int years = Integer.parseInt(age.strip());
            if (years < CaseLimits.MIN_CHILD_AGE || years > CaseLimits.MAX_CHILD_AGE) {
                form.reject(
                        "age",
                        "The child's age must be between " + CaseLimits.MIN_CHILD_AGE + " and "
                                + CaseLimits.MAX_CHILD_AGE);
            }
            return years;
        } catch (NumberFormatException e) {
            form.reject("age", "Enter the child's age in years, like 14");
            return null;
        }
    }

    private static String yearGroup(PortalForm form, boolean required) {
        String year = required ? form.required("year", "Enter the child's year group") : form.text("year");
        if (year != null && !YEAR_GROUP.matcher(year).matches()) {
            form.reject("year", "Enter the year group like Year 9, Reception or Nursery");
        }
        return year;
    }

    private PersonalDetails personalDetails(PortalForm form) {
        boolean any = List.of("given", "family", "dob-day", "dob-month", "dob-year", "upn").stream()
                .anyMatch(field -> form.text(field) != null);
        if (!any) {
            return null;
        }
        String given = form.required("given", "Enter the child's first name, or leave all their details empty");
        form.limited("given", 100, "The first name must be 100 characters or fewer");
        String family = form.required("family", "Enter the child's last name, or leave all their details empty");
        form.limited("family", 100, "The last name must be 100 characters or fewer");
        LocalDate born = PortalDates.date(form, "dob", "the child's date of birth");
        if (born != null && !born.isBefore(LocalDate.now(clock.withZone(PortalDates.UK)))) {
            form.reject("dob-day", "The date of birth must be in the past");
        }
        String upn = form.text("upn");
        if (upn != null && !upn.matches("[A-Z][0-9]{11}[0-9A-Z]")) {
            form.reject("upn", "Enter the UPN as 13 characters, like H801200001001");
        }
        return new PersonalDetails(given, family, born, upn);
    }

    /** The next free ref: one more than the highest child-N of the case. */
    private static String nextRef(CaseDetailView detail) {
        int highest = detail.childrenInvolved().stream()
                .mapToInt(child -> Integer.parseInt(child.ref().substring("child-".length())))
                .max()
                .orElse(0);
        return "child-" + (highest + 1);
    }

    private static String correctionDraft(UUID caseId, String childRef) {
        return "correction-" + childRef + "-" + caseId;
    }

    private CaseDetailView detail(UUID caseId, Actor actor) {
        return queries.detail(caseId, CaseScope.of(actor));
    }
}
