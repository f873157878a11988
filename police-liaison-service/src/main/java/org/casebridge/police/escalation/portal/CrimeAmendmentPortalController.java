package org.casebridge.police.escalation.portal;

import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.platform.portal.PortalPages;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.escalation.command.ChildRole;
import org.casebridge.police.escalation.command.EscalationCommand.ChangeChildRoleCommand;
import org.casebridge.police.escalation.command.EscalationCommand.ReclassifyCrimeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordVictimCrimeCommand;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.escalation.query.EscalationViews.EscalationDetailView;
import org.casebridge.police.reference.HocrClassification;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's page for amending the crime record while the outcome is not assigned: reclassify the crime, change
 * a child's role, record the crime of a further victim. Each change needs its reason; the history of changes is
 * shown on the same page.
 */
@PortalController
class CrimeAmendmentPortalController {

    private static final String VIEW = "police/crime-amendments";
    private static final String VIEW_PATH = "/portal/escalations/%s/crime-amendments";
    private static final int MAX_TEXT = 4000;

    private final CommandGateway commands;
    private final EscalationQueries queries;
    private final PortalPages pages;

    CrimeAmendmentPortalController(CommandGateway commands, EscalationQueries queries, PortalPages pages) {
        this.commands = commands;
        this.queries = queries;
        this.pages = pages;
    }

    @GetMapping("/portal/escalations/{caseId}/crime-amendments")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String page(Actor actor, @PathVariable String caseId, Model model) {
        return page(actor, caseId, PortalForm.of(Map.<String, List<String>>of()), model);
    }

    @PostMapping("/portal/escalations/{caseId}/crime-amendments/reclassification")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String reclassify(
            Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        HocrClassification classification = classification(form, "classification", "Select the new classification");
        String reason = form.required("reclassificationReason", "Enter why the crime is reclassified");
        form.limited("reclassificationReason", MAX_TEXT, "The reason must be 4000 characters or fewer");
        return pages.post(actor, form, redirect)
                .refusalsOn("classification")
                .refusal("rationale-required", "reclassificationReason")
                .send(() -> commands.sendAndWait(
                        new ReclassifyCrimeCommand(caseId, actor.actedBy(), classification, reason)))
                .awaitChange(() -> changes(actor, caseId))
                .success("You reclassified the crime")
                .redirectTo(VIEW_PATH.formatted(caseId))
                .orShow(() -> page(actor, caseId, form, model));
    }

    @PostMapping("/portal/escalations/{caseId}/crime-amendments/child-role")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String changeRole(
            Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        String child = form.required("childRef", "Select the child");
        ChildRole role = form.choice("role", ChildRole.class, "Select the child's new role");
        String reason = form.required("roleReason", "Enter why the child's role changes");
        form.limited("roleReason", MAX_TEXT, "The reason must be 4000 characters or fewer");
        return pages.post(actor, form, redirect)
                .refusalsOn("role")
                .refusal("unknown-child", "childRef")
                .refusal("rationale-required", "roleReason")
                .send(() ->
                        commands.sendAndWait(new ChangeChildRoleCommand(caseId, actor.actedBy(), child, role, reason)))
                .awaitChange(() -> changes(actor, caseId))
                .success("You changed the child's role")
                .redirectTo(VIEW_PATH.formatted(caseId))
                .orShow(() -> page(actor, caseId, form, model));
    }

    @PostMapping("/portal/escalations/{caseId}/crime-amendments/victim-crime")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String victimCrime(
            Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        String victim = form.required("victimRef", "Select the victim");
        HocrClassification classification = classification(form, "victimClassification", "Select the classification");
        String reference = form.required("victimCrimeReference", "Enter the crime reference");
        form.limited("victimCrimeReference", 64, "The crime reference must be 64 characters or fewer");
        return pages.post(actor, form, redirect)
                .refusalsOn("victimRef")
                .refusal("crime-reference-format", "victimCrimeReference")
                .refusal("crime-reference-in-use", "victimCrimeReference")
                .send(() -> commands.sendAndWait(
                        new RecordVictimCrimeCommand(caseId, actor.actedBy(), victim, classification, reference, null)))
                .awaitChange(() -> changes(actor, caseId))
                .success("You recorded the victim's crime")
                .redirectTo(VIEW_PATH.formatted(caseId))
                .orShow(() -> page(actor, caseId, form, model));
    }

    /** A required classification, by its Home Office code: null after rejecting the field when none or no such one. */
    private static HocrClassification classification(PortalForm form, String field, String message) {
        String code = form.required(field, message);
        HocrClassification classification =
                code == null ? null : HocrClassification.fromCode(code).orElse(null);
        if (code != null && classification == null) {
            form.reject(field, message);
        }
        return classification;
    }

    /** How many amendments and victims' crimes the case shows: each change adds one. */
    private int changes(Actor actor, String caseId) {
        EscalationDetailView detail = queries.detail(caseId, actor);
        return detail.amendments().size() + detail.victimCrimes().size();
    }

    private String page(Actor actor, String caseId, PortalForm form, Model model) {
        EscalationDetailView detail = queries.detail(caseId, actor);
        model.addAttribute("e", detail);
        model.addAttribute("form", form);
        model.addAttribute(
                "children",
                detail.children().stream()
                        .map(c -> new PortalOption(
                                c.ref(), c.ref(), c.policeRole() == null ? "No role yet" : "Now " + c.policeRole()))
                        .toList());
        model.addAttribute(
                "victims",
                detail.children().stream()
                        .filter(c -> "VICTIM".equals(c.policeRole()))
                        .map(c -> new PortalOption(c.ref(), c.ref()))
                        .toList());
        model.addAttribute("classifications", EscalationPortalController.CLASSIFICATIONS);
        model.addAttribute("childRoles", EscalationPortalController.CHILD_ROLES);
        return VIEW;
    }
}
