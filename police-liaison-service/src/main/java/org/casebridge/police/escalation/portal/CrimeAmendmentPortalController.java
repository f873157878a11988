package org.casebridge.police.escalation.portal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.platform.portal.ReadSide;
import org.casebridge.platform.problem.DomainRuleViolation;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.escalation.command.ChildRole;
import org.casebridge.police.escalation.command.EscalationCommand;
import org.casebridge.police.escalation.command.EscalationCommand.ChangeChildRoleCommand;
import org.casebridge.police.escalation.command.EscalationCommand.ReclassifyCrimeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordVictimCrimeCommand;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.escalation.query.EscalationViews.EscalationDetailView;
import org.casebridge.police.reference.HocrClassification;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's page for amending the crime record while the outcome is not assigned: reclassify the crime, change
 * a child's role, record the crime of a further victim. Each change needs its reason; the history of changes is
 * shown on the same page.
 */
@PortalController
class CrimeAmendmentPortalController {

    private static final String VIEW = "police/crime-amendments";

    private final CommandGateway commands;
    private final EscalationQueries queries;

    CrimeAmendmentPortalController(CommandGateway commands, EscalationQueries queries) {
        this.commands = commands;
        this.queries = queries;
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
            Actor actor,
            @PathVariable String caseId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        PortalForm form = PortalForm.of(fields);
        String code = form.required("classification", "Select the new classification");
        String reason = form.required("reclassificationReason", "Enter why the crime is reclassified");
        form.limited("reclassificationReason", 4000, "The reason must be 4000 characters or fewer");
        HocrClassification classification =
                code == null ? null : HocrClassification.fromCode(code).orElse(null);
        if (code != null && classification == null) {
            form.reject("classification", "Select the new classification");
        }
        return send(
                actor,
                caseId,
                form,
                "classification",
                () -> new ReclassifyCrimeCommand(caseId, actor.actedBy(), classification, reason),
                "You reclassified the crime",
                model,
                redirect);
    }

    @PostMapping("/portal/escalations/{caseId}/crime-amendments/child-role")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String changeRole(
            Actor actor,
            @PathVariable String caseId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        PortalForm form = PortalForm.of(fields);
        String child = form.required("childRef", "Select the child");
        String roleName = form.required("role", "Select the child's new role");
        String reason = form.required("roleReason", "Enter why the child's role changes");
        form.limited("roleReason", 4000, "The reason must be 4000 characters or fewer");
        ChildRole role = PortalOption.choice(ChildRole.class, roleName, null);
        return send(
                actor,
                caseId,
                form,
                "role",
                () -> new ChangeChildRoleCommand(caseId, actor.actedBy(), child, role, reason),
                "You changed the child's role",
                model,
                redirect);
    }

    @PostMapping("/portal/escalations/{caseId}/crime-amendments/victim-crime")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String victimCrime(
            Actor actor,
            @PathVariable String caseId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        PortalForm form = PortalForm.of(fields);
        String victim = form.required("victimRef", "Select the victim");
        String code = form.required("victimClassification", "Select the classification");
        String reference = form.required("victimCrimeReference", "Enter the crime reference");
        form.limited("victimCrimeReference", 64, "The crime reference must be 64 characters or fewer");
        HocrClassification classification =
                code == null ? null : HocrClassification.fromCode(code).orElse(null);
        return send(
                actor,
                caseId,
                form,
                "victimRef",
                () -> new RecordVictimCrimeCommand(caseId, actor.actedBy(), victim, classification, reference, null),
                "You recorded the victim's crime",
                model,
                redirect);
    }

    private String send(
            Actor actor,
            String caseId,
            PortalForm form,
            String field,
            Supplier<EscalationCommand> command,
            String message,
            Model model,
            RedirectAttributes redirect) {
        if (!form.hasErrors()) {
            int before = queries.detail(caseId, actor).amendments().size()
                    + queries.detail(caseId, actor).victimCrimes().size();
            try {
                commands.sendAndWait(command.get());
                ReadSide.awaitVisible(() -> queries.detail(caseId, actor)
                                        .amendments()
                                        .size()
                                + queries.detail(caseId, actor).victimCrimes().size()
                        > before);
                redirect.addFlashAttribute("success", message);
                return "redirect:/portal/escalations/" + caseId + "/crime-amendments";
            } catch (DomainRuleViolation violation) {
                form.reject(field, violation.getMessage());
            }
        }
        return page(actor, caseId, form, model);
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
