package org.casebridge.cases.incident.portal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.query.CaseDetailView;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.incident.query.CaseViewQueries;
import org.casebridge.cases.personaldetails.PersonalDetails;
import org.casebridge.cases.personaldetails.PersonalDetailsService;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalPages;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The children's names, dates of birth and UPNs, shown only when a reader asks for one child's (each showing
 * recorded in the access log, with the purpose given; "No details on file" for a child the school gave none of, or
 * whose details were erased), and the erasure of all of a case's personal details: a warning and the reason, then
 * "Are you sure?" on a page of its own. Reads and the erasure are the API's {@link PersonalDetailsService}; only the DSL of
 * the case's school erases (an auditor reads, and gets "You cannot do this" on the erasure).
 */
@PortalController
public class PersonalDetailsPortalController {

    private static final DateTimeFormatter DATE_OF_BIRTH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CaseViewQueries queries;
    private final PersonalDetailsService personalDetails;
    private final PortalPages pages;

    public PersonalDetailsPortalController(
            CaseViewQueries queries, PersonalDetailsService personalDetails, PortalPages pages) {
        this.queries = queries;
        this.personalDetails = personalDetails;
        this.pages = pages;
    }

    @GetMapping("/portal/cases/{caseId}/personal-details")
    @RecordsAccess("case")
    String children(@PathVariable UUID caseId, Actor actor, Model model) {
        CaseDetailView detail = detail(caseId, actor);
        model.addAttribute("detail", detail);
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("mayErase", actor.role() == Actor.Role.SCHOOL_DSL);
        return "cases/personal-details";
    }

    @GetMapping("/portal/cases/{caseId}/children/{childRef}/personal-details")
    @RecordsAccess("child-personal-details")
    String child(@PathVariable UUID caseId, @PathVariable String childRef, Actor actor, Model model) {
        CaseDetailView detail = detail(caseId, actor);
        if (detail.childrenInvolved().stream().noneMatch(child -> child.ref().equals(childRef))) {
            throw new NotFoundException("child", caseId + "/" + childRef);
        }
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("childRef", childRef);
        Optional<PersonalDetails> found = personalDetails.find(new CaseId(caseId), CaseScope.of(actor), childRef);
        if (found.isEmpty()) {
            model.addAttribute("erased", detail.personalDetailsErased());
            return "cases/no-personal-details";
        }
        PersonalDetails details = found.get();
        model.addAttribute("name", details.givenName() + " " + details.familyName());
        model.addAttribute(
                "dateOfBirth",
                details.dateOfBirth() == null ? "Not known" : DATE_OF_BIRTH.format(details.dateOfBirth()));
        model.addAttribute("upn", details.upn() == null || details.upn().isBlank() ? "Not known" : details.upn());
        return "cases/child-personal-details";
    }

    @GetMapping("/portal/cases/{caseId}/personal-details/erasure")
    @RecordsAccess("case")
    String erasureForm(@PathVariable UUID caseId, Actor actor, Model model) {
        CaseDetailView detail = detail(caseId, actor);
        return erasurePage(detail, pages.draft(actor, draft(caseId)), model);
    }

    /** The first step: why. The erasure itself is confirmed on its own page. */
    @PostMapping("/portal/cases/{caseId}/personal-details/erasure")
    String erasureReason(@PathVariable UUID caseId, PortalForm form, Actor actor, Model model) {
        CaseDetailView detail = detail(caseId, actor);
        CasePage.reason(form, "Enter why the personal details are being erased");
        pages.keep(actor, draft(caseId), form);
        if (form.hasErrors()) {
            return erasurePage(detail, form, model);
        }
        return "redirect:/portal/cases/" + caseId + "/personal-details/erasure/confirmation";
    }

    @GetMapping("/portal/cases/{caseId}/personal-details/erasure/confirmation")
    @RecordsAccess("case")
    String erasureConfirmation(@PathVariable UUID caseId, Actor actor, Model model) {
        CaseDetailView detail = detail(caseId, actor);
        PortalForm draft = pages.draft(actor, draft(caseId));
        if (detail.personalDetailsErased() || draft.text("reason") == null) {
            return "redirect:/portal/cases/" + caseId + "/personal-details/erasure";
        }
        model.addAttribute("detail", detail);
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("reason", draft.text("reason"));
        return "cases/erasure-confirmation";
    }

    /** "Yes, erase them": the reason is the one kept from the first step. */
    @PostMapping("/portal/cases/{caseId}/personal-details/erasure/confirmation")
    String erase(@PathVariable UUID caseId, Actor actor, Model model, RedirectAttributes redirect) {
        CaseDetailView detail = detail(caseId, actor);
        PortalForm form = pages.draft(actor, draft(caseId));
        String reason = form.required("reason", "Enter why the personal details are being erased");
        return pages.post(actor, form, redirect)
                .draft(draft(caseId))
                .refusalsOn("reason")
                .run(() -> personalDetails.erase(new CaseId(caseId), actor.actedBy(), reason))
                .awaitVisible(() -> detail(caseId, actor).personalDetailsErased())
                .success("The children's personal details are erased")
                .redirectTo("/portal/cases/" + caseId)
                .orShow(() -> erasurePage(detail, form, model));
    }

    private String erasurePage(CaseDetailView detail, PortalForm form, Model model) {
        return CasePage.show("cases/erasure", detail, form, model);
    }

    private CaseDetailView detail(UUID caseId, Actor actor) {
        return queries.detail(caseId, CaseScope.of(actor));
    }

    private static String draft(UUID caseId) {
        return "erasure-" + caseId;
    }
}
