package org.casebridge.cases.incident.portal;

import java.util.UUID;
import org.casebridge.cases.incident.api.AdultEmployer;
import org.casebridge.cases.incident.api.AdultRole;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.RecordAdultInPositionOfTrustCommand;
import org.casebridge.cases.incident.api.ReferToLadoCommand;
import org.casebridge.cases.incident.command.CaseCommands;
import org.casebridge.cases.incident.query.CaseDetailView;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.incident.query.CaseViewQueries;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalPages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The DSL's pages of the LADO route (KCSIE Part 4, ADR 0055): recording an adult in a position of trust who is or may
 * be involved (role and employer's kind, never a name), and referring the case to the LADO of the school's area within
 * one working day. The case refuses what breaks a rule, and the page shows why.
 */
@PortalController
public class LadoPortalController {

    static final String ADULT_DRAFT = "adult";
    static final String REFERRAL_DRAFT = "lado-referral";

    private final CaseViewQueries queries;
    private final CaseCommands cases;
    private final PortalPages pages;

    public LadoPortalController(CaseViewQueries queries, CaseCommands cases, PortalPages pages) {
        this.queries = queries;
        this.cases = cases;
        this.pages = pages;
    }

    @GetMapping("/portal/cases/{caseId}/adults")
    @RecordsAccess("case")
    String adultForm(@PathVariable UUID caseId, Actor actor, Model model) {
        return adultPage(detail(caseId, actor), pages.draft(actor, ADULT_DRAFT + "-" + caseId), model);
    }

    @PostMapping("/portal/cases/{caseId}/adults")
    String recordAdult(
            @PathVariable UUID caseId, PortalForm form, Actor actor, Model model, RedirectAttributes redirect) {
        CaseDetailView detail = detail(caseId, actor);
        AdultRole role = form.choice("role", AdultRole.class, "Select the adult's role");
        AdultEmployer employer = form.choice("employer", AdultEmployer.class, "Select who employs or placed the adult");
        String reason =
                CasePage.reason(form, "Enter why you think an adult in a position of trust is or may be involved");
        int before = detail.lado().adults().size();
        return pages.post(actor, form, redirect)
                .draft(ADULT_DRAFT + "-" + caseId)
                .refusalsOn("reason")
                .run(() -> cases.send(new RecordAdultInPositionOfTrustCommand(
                        new CaseId(caseId), actor.actedBy(), role, employer, reason)))
                .awaitVisible(() -> detail(caseId, actor).lado().adults().size() > before)
                .success("The adult in a position of trust is recorded")
                .flash(PortalPages.SUCCESS_TEXT, result -> "Refer the case to the LADO within one working day.")
                .redirectTo("/portal/cases/" + caseId)
                .orShow(() -> adultPage(detail, form, model));
    }

    @GetMapping("/portal/cases/{caseId}/lado-referral")
    @RecordsAccess("case")
    String referralForm(@PathVariable UUID caseId, Actor actor, Model model) {
        return referralPage(detail(caseId, actor), pages.draft(actor, REFERRAL_DRAFT + "-" + caseId), model);
    }

    @PostMapping("/portal/cases/{caseId}/lado-referral")
    String refer(@PathVariable UUID caseId, PortalForm form, Actor actor, Model model, RedirectAttributes redirect) {
        CaseDetailView detail = detail(caseId, actor);
        String reason = CasePage.reason(form, "Enter what you tell the LADO about the concern");
        return pages.post(actor, form, redirect)
                .draft(REFERRAL_DRAFT + "-" + caseId)
                .refusalsOn("reason")
                .send(() -> cases.alreadyDone(new ReferToLadoCommand(new CaseId(caseId), actor.actedBy(), reason)))
                .awaitVisible(() -> detail(caseId, actor).lado().referralDueAt() == null)
                .success(already -> already
                        ? "Every adult recorded was already referred to the LADO"
                        : "The case is referred to the LADO")
                .redirectTo("/portal/cases/" + caseId)
                .orShow(() -> referralPage(detail, form, model));
    }

    private String adultPage(CaseDetailView detail, PortalForm form, Model model) {
        model.addAttribute("roleOptions", CaseText.options(AdultRole.values()));
        model.addAttribute("employerOptions", CaseText.options(AdultEmployer.values()));
        return CasePage.show("cases/adult", detail, form, model);
    }

    private String referralPage(CaseDetailView detail, PortalForm form, Model model) {
        model.addAttribute(
                "pending",
                detail.lado().adults().stream()
                        .filter(adult -> adult.ladoReferredAt() == null)
                        .toList());
        return CasePage.show("cases/lado-referral", detail, form, model);
    }

    private CaseDetailView detail(UUID caseId, Actor actor) {
        return queries.detail(caseId, CaseScope.of(actor));
    }
}
