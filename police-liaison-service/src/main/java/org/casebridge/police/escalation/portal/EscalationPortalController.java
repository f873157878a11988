package org.casebridge.police.escalation.portal;

import static org.casebridge.police.portal.PortalChoices.choice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.portal.PortalDrafts;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.platform.problem.DomainRuleViolation;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.escalation.command.AggravatingFactor;
import org.casebridge.police.escalation.command.ChildRole;
import org.casebridge.police.escalation.command.ChildRoleAssignment;
import org.casebridge.police.escalation.command.DisclosureRecipient;
import org.casebridge.police.escalation.command.EscalationCommand.AcceptEscalationCommand;
import org.casebridge.police.escalation.command.EscalationCommand.AssessAggravatingFactorsCommand;
import org.casebridge.police.escalation.command.EscalationCommand.DeclineEscalationCommand;
import org.casebridge.police.escalation.command.EscalationCommand.ProposeOutcomeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordCrimeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.RecordDisclosureStatementCommand;
import org.casebridge.police.escalation.command.EscalationCommand.SendBackOutcomeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.SignOffOutcomeCommand;
import org.casebridge.police.escalation.command.EscalationCommand.TransferEscalationCommand;
import org.casebridge.police.escalation.command.EscalationRuleViolations.ChildRolesIncompleteException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.CrimeReferenceFormatException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.CrimeReferenceInUseException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.DiversionaryActivityRequiredException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.SuspectRequiresAggravatingFactorsException;
import org.casebridge.police.escalation.command.EscalationRuleViolations.TimeInFutureException;
import org.casebridge.police.escalation.command.FactorFinding;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.escalation.query.EscalationViews.ChildView;
import org.casebridge.police.escalation.query.EscalationViews.EscalationDetailView;
import org.casebridge.police.escalation.query.InboxFilter;
import org.casebridge.police.escalation.query.InboxSort;
import org.casebridge.police.reference.Force;
import org.casebridge.police.reference.ForceDirectory;
import org.casebridge.police.reference.HocrClassification;
import org.casebridge.police.reference.OutcomeCode;
import org.casebridge.police.shared.RationaleRequiredException;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's and supervisor's pages for escalations: the inbox, one escalation with its timeline, and the
 * decisions on it. Each page sends the same commands and reads the same queries as the escalation API.
 */
@PortalController
class EscalationPortalController {

    static final List<PortalOption> CLASSIFICATIONS = Arrays.stream(HocrClassification.values())
            .map(c -> new PortalOption(c.code(), c.code(), c.legislation()))
            .toList();
    static final List<PortalOption> CHILD_ROLES = List.of(
            new PortalOption(ChildRole.VICTIM.name(), "Victim"),
            new PortalOption(
                    ChildRole.PERSON_INVOLVED.name(),
                    "Person involved",
                    "Not a suspect: the usual role in a case without aggravating factors"),
            new PortalOption(ChildRole.SUSPECT.name(), "Suspect", "Only where aggravating factors are recorded"));
    static final List<PortalOption> FOUND = List.of(
            new PortalOption("yes", "Yes"),
            new PortalOption("no", "No", "The police support the victims and assist the school"));
    static final List<PortalOption> OUTCOMES = List.of(
            new PortalOption(
                    OutcomeCode.OUTCOME_21.name(),
                    "Outcome 21",
                    "Further investigation is not in the public interest; give the rationale"),
            new PortalOption(
                    OutcomeCode.OUTCOME_22.name(),
                    "Outcome 22",
                    "Diversionary, educational or intervention activity; say which"),
            new PortalOption(OutcomeCode.NO_FURTHER_ACTION.name(), "No further action", "Give the rationale"),
            new PortalOption(
                    OutcomeCode.COMMUNITY_RESOLUTION.name(),
                    "Community resolution",
                    "Needs a child recorded as suspect"),
            new PortalOption(OutcomeCode.CAUTION.name(), "Youth caution (code 2)", "Needs a child recorded as suspect"),
            new PortalOption(
                    OutcomeCode.ADULT_CAUTION.name(),
                    "Adult caution (code 3)",
                    "For the involved adult: needs adult involvement among the factors"),
            new PortalOption(OutcomeCode.CHARGE.name(), "Charge or summons", "Needs a child recorded as suspect"));
    static final List<PortalOption> DECISIONS = List.of(
            new PortalOption("sign-off", "Sign it off", "The outcome is assigned"),
            new PortalOption("send-back", "Send it back", "The officer proposes again; give the reason"));

    static final List<PortalOption> RECIPIENTS = List.of(
            new PortalOption(DisclosureRecipient.SCHOOL.name(), "The school"),
            new PortalOption(DisclosureRecipient.PARENTS_OR_CARERS.name(), "Parents or carers"));

    private final CommandGateway commands;
    private final EscalationQueries queries;
    private final ForceDirectory forces;
    private final PortalDrafts drafts;

    EscalationPortalController(
            CommandGateway commands, EscalationQueries queries, ForceDirectory forces, PortalDrafts drafts) {
        this.commands = commands;
        this.queries = queries;
        this.forces = forces;
        this.drafts = drafts;
    }

    // ---- the inbox -------------------------------------------------------------------------------------------

    @GetMapping("/portal/escalations")
    @PoliceAccess(Rule.FORCE_LISTS)
    @RecordsAccess(value = "escalation-inbox", caseIdVariable = "")
    String inbox(
            Actor actor,
            @RequestParam(defaultValue = "active") String status,
            @RequestParam(defaultValue = "oldest") String sort,
            Model model) {
        inboxModel(actor, status, sort, model);
        return "police/inbox";
    }

    /** The inbox table alone, for htmx to swap in when the user sorts or filters, and every minute. */
    @GetMapping("/portal/escalations/table")
    @PoliceAccess(Rule.FORCE_LISTS)
    @RecordsAccess(value = "escalation-inbox", caseIdVariable = "")
    String inboxTable(
            Actor actor,
            @RequestParam(defaultValue = "active") String status,
            @RequestParam(defaultValue = "oldest") String sort,
            Model model) {
        inboxModel(actor, status, sort, model);
        return "police/inbox :: table";
    }

    private void inboxModel(Actor actor, String status, String sort, Model model) {
        InboxFilter filter = choice(InboxFilter.class, status, InboxFilter.ACTIVE);
        InboxSort order = choice(InboxSort.class, sort, InboxSort.OLDEST);
        model.addAttribute("escalations", queries.inbox(actor, filter, order));
        model.addAttribute("status", filter.name().toLowerCase(Locale.ROOT));
        model.addAttribute("sort", order.name().toLowerCase(Locale.ROOT));
        model.addAttribute(
                "filters",
                Arrays.stream(InboxFilter.values())
                        .map(f -> f.name().toLowerCase(Locale.ROOT))
                        .toList());
    }

    // ---- one escalation --------------------------------------------------------------------------------------

    @GetMapping("/portal/escalations/{caseId}")
    @PoliceAccess(Rule.READ_CASE)
    @RecordsAccess("escalation")
    String escalation(Actor actor, @PathVariable String caseId, Model model) {
        EscalationDetailView detail = queries.detail(caseId, actor);
        model.addAttribute("e", detail);
        model.addAttribute("timeline", EscalationTimeline.of(detail));
        model.addAttribute(
                "officer", actor.role() == Actor.Role.POLICE_LIAISON || actor.role() == Actor.Role.POLICE_SUPERVISOR);
        model.addAttribute("supervisor", actor.role() == Actor.Role.POLICE_SUPERVISOR);
        model.addAttribute(
                "proposer",
                detail.outcome() != null && actor.id().equals(detail.outcome().proposedBy()));
        return "police/escalation";
    }

    @PostMapping("/portal/escalations/{caseId}/acceptance")
    @PoliceAccess(Rule.ACT_ON_CASE)
    String accept(Actor actor, @PathVariable String caseId, RedirectAttributes redirect) {
        try {
            commands.sendAndWait(new AcceptEscalationCommand(caseId, actor.actedBy()));
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.getMessage());
            return "redirect:/portal/escalations/" + caseId;
        }
        redirect.addFlashAttribute("success", "You accepted the escalation");
        return "redirect:/portal/escalations/" + caseId;
    }

    @GetMapping("/portal/escalations/{caseId}/decline")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String declinePage(Actor actor, @PathVariable String caseId, Model model) {
        return decisionPage(actor, caseId, "decline-" + caseId, model, "police/decline");
    }

    @PostMapping("/portal/escalations/{caseId}/decline")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String decline(
            Actor actor,
            @PathVariable String caseId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        PortalForm form = PortalForm.of(fields);
        String reason = form.required("reason", "Enter why the police are declining the escalation");
        form.limited("reason", 4000, "The reason must be 4000 characters or fewer");
        if (!form.hasErrors()) {
            try {
                commands.sendAndWait(new DeclineEscalationCommand(caseId, actor.actedBy(), reason));
                return done(actor, "decline-" + caseId, caseId, "You declined the escalation", redirect);
            } catch (DomainRuleViolation violation) {
                form.reject("reason", violation.getMessage());
            }
        }
        return again(actor, caseId, "decline-" + caseId, form, model, "police/decline");
    }

    @GetMapping("/portal/escalations/{caseId}/transfer")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String transferPage(Actor actor, @PathVariable String caseId, Model model) {
        model.addAttribute("forces", otherForces(actor));
        return decisionPage(actor, caseId, "transfer-" + caseId, model, "police/transfer");
    }

    @PostMapping("/portal/escalations/{caseId}/transfer")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String transfer(
            Actor actor,
            @PathVariable String caseId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        PortalForm form = PortalForm.of(fields);
        String to = form.required("toForceCode", "Select the force to transfer the escalation to");
        String reason = form.required("reason", "Enter why the escalation belongs to that force");
        form.limited("reason", 4000, "The reason must be 4000 characters or fewer");
        if (!form.hasErrors()) {
            try {
                commands.sendAndWait(new TransferEscalationCommand(caseId, actor.actedBy(), to, reason));
                drafts.discard(actor, "transfer-" + caseId);
                redirect.addFlashAttribute("success", "You transferred the escalation to " + to);
                return "redirect:/portal/escalations";
            } catch (DomainRuleViolation violation) {
                form.reject("toForceCode", violation.getMessage());
            }
        }
        model.addAttribute("forces", otherForces(actor));
        return again(actor, caseId, "transfer-" + caseId, form, model, "police/transfer");
    }

    @GetMapping("/portal/escalations/{caseId}/crime")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String crimePage(Actor actor, @PathVariable String caseId, Model model) {
        crimeModel(actor, caseId, model);
        return decisionPage(actor, caseId, "crime-" + caseId, model, "police/crime");
    }

    @PostMapping("/portal/escalations/{caseId}/crime")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String recordCrime(
            Actor actor,
            @PathVariable String caseId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        PortalForm form = PortalForm.of(fields);
        EscalationDetailView detail = queries.detail(caseId, actor);
        String classification = form.required("classification", "Select the Home Office classification");
        String reference = form.required("crimeReference", "Enter the crime reference");
        form.limited("crimeReference", 64, "The crime reference must be 64 characters or fewer");
        List<ChildRoleAssignment> roles = new ArrayList<>();
        for (ChildView child : detail.children()) {
            String role = form.required("role-" + child.ref(), "Select the role of " + child.ref());
            ChildRole chosen = choice(ChildRole.class, role, null);
            if (role != null && chosen == null) {
                form.reject("role-" + child.ref(), "Select the role of " + child.ref());
            }
            roles.add(new ChildRoleAssignment(child.ref(), chosen));
        }
        HocrClassification hocr = HocrClassification.fromCode(classification).orElse(null);
        if (classification != null && hocr == null) {
            form.reject("classification", "Select the Home Office classification");
        }
        if (!form.hasErrors()) {
            try {
                commands.sendAndWait(new RecordCrimeCommand(caseId, actor.actedBy(), hocr, reference, null, roles));
                return done(actor, "crime-" + caseId, caseId, "You recorded the crime", redirect);
            } catch (CrimeReferenceFormatException | CrimeReferenceInUseException violation) {
                form.reject("crimeReference", violation.getMessage());
            } catch (ChildRolesIncompleteException | SuspectRequiresAggravatingFactorsException violation) {
                form.reject("role-" + detail.children().getFirst().ref(), violation.getMessage());
            } catch (DomainRuleViolation violation) {
                form.reject("classification", violation.getMessage());
            }
        }
        crimeModel(actor, caseId, model);
        return again(actor, caseId, "crime-" + caseId, form, model, "police/crime");
    }

    private void crimeModel(Actor actor, String caseId, Model model) {
        model.addAttribute("classifications", CLASSIFICATIONS);
        model.addAttribute("childRoles", CHILD_ROLES);
        model.addAttribute(
                "referenceExample",
                forces.find(actor.organisation())
                        .map(Force::crimeReferenceExample)
                        .orElse(null));
    }

    @GetMapping("/portal/escalations/{caseId}/aggravating-factors")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String factorsPage(Actor actor, @PathVariable String caseId, Model model) {
        model.addAttribute("found", FOUND);
        model.addAttribute("factors", factorOptions());
        return decisionPage(actor, caseId, "factors-" + caseId, model, "police/factors");
    }

    @PostMapping("/portal/escalations/{caseId}/aggravating-factors")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String assessFactors(
            Actor actor,
            @PathVariable String caseId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        PortalForm form = PortalForm.of(fields);
        String found = form.required("found", "Select yes if you found any aggravating factor");
        List<FactorFinding> findings = new ArrayList<>();
        if ("yes".equals(found)) {
            if (form.values("factors").isEmpty()) {
                form.reject("factors", "Select each aggravating factor you found");
            }
            for (AggravatingFactor factor : AggravatingFactor.values()) {
                if (form.has("factors", factor.name())) {
                    String notes = form.required(
                            "notes-" + factor.name(),
                            "Enter what you found for "
                                    + factor.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                    form.limited("notes-" + factor.name(), 4000, "Notes must be 4000 characters or fewer");
                    findings.add(new FactorFinding(factor, notes));
                }
            }
        }
        if (!form.hasErrors()) {
            try {
                commands.sendAndWait(new AssessAggravatingFactorsCommand(
                        caseId, actor.actedBy(), findings, form.text("noFactorsReason")));
                return done(
                        actor,
                        "factors-" + caseId,
                        caseId,
                        findings.isEmpty()
                                ? "You recorded that there are no aggravating factors"
                                : "You recorded the aggravating factors: a strategy meeting is needed",
                        redirect);
            } catch (DomainRuleViolation violation) {
                form.reject("found", violation.getMessage());
            }
        }
        model.addAttribute("found", FOUND);
        model.addAttribute("factors", factorOptions());
        return again(actor, caseId, "factors-" + caseId, form, model, "police/factors");
    }

    private static List<PortalOption> factorOptions() {
        return Arrays.stream(AggravatingFactor.values())
                .map(f -> new PortalOption(
                        f.name(),
                        f.name().charAt(0)
                                + f.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ')))
                .toList();
    }

    @GetMapping("/portal/escalations/{caseId}/outcome-proposal")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String outcomePage(Actor actor, @PathVariable String caseId, Model model) {
        model.addAttribute("outcomes", OUTCOMES);
        return decisionPage(actor, caseId, "outcome-" + caseId, model, "police/outcome");
    }

    @PostMapping("/portal/escalations/{caseId}/outcome-proposal")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String proposeOutcome(
            Actor actor,
            @PathVariable String caseId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        PortalForm form = PortalForm.of(fields);
        OutcomeCode outcome = choice(OutcomeCode.class, form.text("outcome"), null);
        if (outcome == null) {
            form.reject("outcome", "Select the outcome you propose");
        }
        form.limited("rationale", 4000, "The rationale must be 4000 characters or fewer");
        form.limited("diversionaryActivity", 4000, "The activity must be 4000 characters or fewer");
        if (!form.hasErrors()) {
            try {
                commands.sendAndWait(new ProposeOutcomeCommand(
                        caseId, actor.actedBy(), outcome, form.text("rationale"), form.text("diversionaryActivity")));
                return done(
                        actor,
                        "outcome-" + caseId,
                        caseId,
                        "You proposed the outcome: a supervisor signs it off",
                        redirect);
            } catch (RationaleRequiredException violation) {
                form.reject("rationale", "Enter the rationale for the outcome");
            } catch (DiversionaryActivityRequiredException violation) {
                form.reject("diversionaryActivity", "Enter the diversionary activity");
            } catch (DomainRuleViolation violation) {
                form.reject("outcome", violation.getMessage());
            }
        }
        model.addAttribute("outcomes", OUTCOMES);
        return again(actor, caseId, "outcome-" + caseId, form, model, "police/outcome");
    }

    // ---- the supervisor --------------------------------------------------------------------------------------

    @GetMapping("/portal/sign-off")
    @PoliceAccess(Rule.FORCE_LISTS)
    @RecordsAccess(value = "sign-off-queue", caseIdVariable = "")
    String signOffQueue(Actor actor, Model model) {
        model.addAttribute("items", queries.signOffQueue(actor));
        return "police/sign-off-queue";
    }

    @GetMapping("/portal/escalations/{caseId}/outcome-decision")
    @PoliceAccess(Rule.DECIDE_OUTCOME)
    @RecordsAccess("escalation")
    String outcomeDecisionPage(Actor actor, @PathVariable String caseId, Model model) {
        model.addAttribute("decisions", DECISIONS);
        return decisionPage(actor, caseId, "decision-" + caseId, model, "police/outcome-decision");
    }

    @PostMapping("/portal/escalations/{caseId}/outcome-decision")
    @PoliceAccess(Rule.DECIDE_OUTCOME)
    @RecordsAccess("escalation")
    String decideOutcome(
            Actor actor,
            @PathVariable String caseId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        PortalForm form = PortalForm.of(fields);
        String decision = form.required("decision", "Select whether you sign the outcome off or send it back");
        String reason = form.limited("reason", 4000, "The reason must be 4000 characters or fewer");
        if ("send-back".equals(decision) && reason == null) {
            form.reject("reason", "Enter why you are sending the outcome back");
        }
        if (!form.hasErrors()) {
            try {
                if ("sign-off".equals(decision)) {
                    commands.sendAndWait(new SignOffOutcomeCommand(caseId, actor.actedBy()));
                } else {
                    commands.sendAndWait(new SendBackOutcomeCommand(caseId, actor.actedBy(), reason));
                }
                return done(
                        actor,
                        "decision-" + caseId,
                        caseId,
                        "sign-off".equals(decision)
                                ? "You signed off the outcome: it is assigned"
                                : "You sent the outcome back",
                        redirect);
            } catch (DomainRuleViolation violation) {
                form.reject("decision", violation.getMessage());
            }
        }
        model.addAttribute("decisions", DECISIONS);
        return again(actor, caseId, "decision-" + caseId, form, model, "police/outcome-decision");
    }

    // ---- after the outcome -----------------------------------------------------------------------------------

    @GetMapping("/portal/escalations/{caseId}/disclosure-statement")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String disclosurePage(Actor actor, @PathVariable String caseId, Model model) {
        model.addAttribute("recipients", RECIPIENTS);
        return decisionPage(actor, caseId, "disclosure-" + caseId, model, "police/disclosure");
    }

    @PostMapping("/portal/escalations/{caseId}/disclosure-statement")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String recordDisclosure(
            Actor actor,
            @PathVariable String caseId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            RedirectAttributes redirect) {
        PortalForm form = PortalForm.of(fields);
        List<DisclosureRecipient> givenTo = new ArrayList<>();
        for (DisclosureRecipient recipient : DisclosureRecipient.values()) {
            if (form.has("givenTo", recipient.name())) {
                givenTo.add(recipient);
            }
        }
        if (givenTo.isEmpty()) {
            form.reject("givenTo", "Select who was given the disclosure statement");
        }
        String version = form.required("statementVersion", "Enter the version of the statement");
        form.limited("statementVersion", 64, "The version must be 64 characters or fewer");
        Instant givenAt = null;
        if (anyOf(form, "givenAt-day", "givenAt-month", "givenAt-year", "givenAt-time")) {
            givenAt = PortalDates.instant(form, "givenAt", "when the statement was given");
        }
        if (!form.hasErrors()) {
            try {
                commands.sendAndWait(
                        new RecordDisclosureStatementCommand(caseId, actor.actedBy(), givenTo, version, givenAt));
                return done(actor, "disclosure-" + caseId, caseId, "You recorded the disclosure statement", redirect);
            } catch (TimeInFutureException violation) {
                form.reject("givenAt-day", "The time the statement was given must be in the past");
            } catch (DomainRuleViolation violation) {
                form.reject("givenTo", violation.getMessage());
            }
        }
        model.addAttribute("recipients", RECIPIENTS);
        return again(actor, caseId, "disclosure-" + caseId, form, model, "police/disclosure");
    }

    private static boolean anyOf(PortalForm form, String... names) {
        return Arrays.stream(names).anyMatch(name -> form.text(name) != null);
    }

    // ---- shared steps ----------------------------------------------------------------------------------------

    private String decisionPage(Actor actor, String caseId, String draft, Model model, String view) {
        model.addAttribute("e", queries.detail(caseId, actor));
        model.addAttribute("form", PortalForm.of(drafts.load(actor, draft)));
        model.addAttribute("draft", draft);
        return view;
    }

    private String again(Actor actor, String caseId, String draft, PortalForm form, Model model, String view) {
        drafts.save(actor, draft, form.values());
        model.addAttribute("e", queries.detail(caseId, actor));
        model.addAttribute("form", form);
        model.addAttribute("draft", draft);
        return view;
    }

    private String done(Actor actor, String draft, String caseId, String message, RedirectAttributes redirect) {
        drafts.discard(actor, draft);
        redirect.addFlashAttribute("success", message);
        return "redirect:/portal/escalations/" + caseId;
    }

    private List<PortalOption> otherForces(Actor actor) {
        return forces.all().stream()
                .filter(f -> !f.code().equals(actor.organisation()))
                .map(f -> new PortalOption(f.code(), f.name()))
                .toList();
    }
}
