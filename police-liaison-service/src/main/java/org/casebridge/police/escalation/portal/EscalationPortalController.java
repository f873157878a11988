package org.casebridge.police.escalation.portal;

import static org.casebridge.platform.portal.PortalOption.choice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.platform.portal.PortalPages;
import org.casebridge.platform.portal.PortalPost;
import org.casebridge.platform.web.ConditionalRead;
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
import org.casebridge.police.escalation.command.FactorFinding;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.escalation.query.EscalationViews.ChildView;
import org.casebridge.police.escalation.query.EscalationViews.EscalationDetailView;
import org.casebridge.police.escalation.query.EscalationViews.EscalationSummaryView;
import org.casebridge.police.escalation.query.EscalationViews.SignOffItemView;
import org.casebridge.police.escalation.query.InboxFilter;
import org.casebridge.police.escalation.query.InboxReads;
import org.casebridge.police.escalation.query.InboxSort;
import org.casebridge.police.escalation.review.PersonalDetailsErasure;
import org.casebridge.police.reference.Force;
import org.casebridge.police.reference.ForceDirectory;
import org.casebridge.police.reference.HocrClassification;
import org.casebridge.police.reference.OutcomeCode;
import org.casebridge.police.shared.ForceAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
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
    private final InboxReads inboxReads;
    private final ForceDirectory forces;
    private final PortalPages pages;
    private final PersonalDetailsErasure erasure;

    EscalationPortalController(
            CommandGateway commands,
            EscalationQueries queries,
            InboxReads inboxReads,
            ForceDirectory forces,
            PortalPages pages,
            PersonalDetailsErasure erasure) {
        this.erasure = erasure;
        this.commands = commands;
        this.queries = queries;
        this.inboxReads = inboxReads;
        this.forces = forces;
        this.pages = pages;
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

    /**
     * The inbox table alone, for htmx to swap in when the user sorts or filters, and for the page to keep itself
     * current (ADR 0101): a read naming the table's tag ({@code If-None-Match}) that prefers to wait is held until the
     * force's inbox changes, then answered with the new table; or 304, with no table, when the wait runs out.
     */
    @GetMapping("/portal/escalations/table")
    @PoliceAccess(Rule.FORCE_LISTS)
    @RecordsAccess(value = "escalation-inbox", caseIdVariable = "")
    @Nullable
    String inboxTable(
            Actor actor,
            @RequestParam(defaultValue = "active") String status,
            @RequestParam(defaultValue = "oldest") String sort,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
            @RequestHeader(value = "Prefer", required = false) @Nullable String prefer,
            ServletWebRequest request,
            Model model) {
        InboxFilter filter = choice(InboxFilter.class, status, InboxFilter.ACTIVE);
        InboxSort order = choice(InboxSort.class, sort, InboxSort.OLDEST);
        InboxReads.Answer<EscalationSummaryView> answer =
                inboxReads.inbox(actor, filter, order, OptionalInt.empty(), ifNoneMatch, prefer);
        if (notModified(answer, request)) {
            return null;
        }
        inboxModel(filter, order, answer.rows(), answer.tag(), model);
        return "police/inbox :: table";
    }

    /**
     * Sets the answer's tag and the wait honoured on the response; true when it is a 304 (no view to render), the
     * reader already having the rows.
     */
    private static boolean notModified(InboxReads.Answer<?> answer, ServletWebRequest request) {
        if (!answer.waited().isZero() && request.getResponse() != null) {
            request.getResponse().setHeader("Preference-Applied", ConditionalRead.waitApplied(answer.waited()));
        }
        if (!answer.modified() && request.checkNotModified(answer.tag())) {
            return true;
        }
        if (request.getResponse() != null) {
            request.getResponse().setHeader(HttpHeaders.ETAG, answer.tag());
        }
        return false;
    }

    private void inboxModel(Actor actor, String status, String sort, Model model) {
        InboxFilter filter = choice(InboxFilter.class, status, InboxFilter.ACTIVE);
        InboxSort order = choice(InboxSort.class, sort, InboxSort.OLDEST);
        List<EscalationSummaryView> rows = queries.inbox(actor, filter, order);
        inboxModel(filter, order, rows, ConditionalRead.tag(rows), model);
    }

    private static void inboxModel(
            InboxFilter filter, InboxSort order, List<EscalationSummaryView> rows, String tag, Model model) {
        model.addAttribute("escalations", rows);
        model.addAttribute("inboxTag", tag);
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
        model.addAttribute("asAtForm", PortalForm.of(Map.of()));
        model.addAttribute("officer", ForceAccess.actsForAForce(actor.actedBy()));
        model.addAttribute("supervisor", actor.role() == Actor.Role.POLICE_SUPERVISOR);
        model.addAttribute("erased", erasure.erased(caseId));
        model.addAttribute(
                "holdKeeper",
                actor.role() == Actor.Role.POLICE_SUPERVISOR
                        || (actor.role() == Actor.Role.AUDITOR
                                && actor.organisation().equals(detail.forceCode())));
        model.addAttribute(
                "proposer",
                detail.outcome() != null && actor.id().equals(detail.outcome().proposedBy()));
        return "police/escalation";
    }

    @PostMapping("/portal/escalations/{caseId}/acceptance")
    @PoliceAccess(Rule.ACT_ON_CASE)
    String accept(Actor actor, @PathVariable String caseId, RedirectAttributes redirect) {
        return pages.act(
                redirect,
                () -> commands.sendAndWait(new AcceptEscalationCommand(caseId, actor.actedBy())),
                "You accepted the escalation",
                "/portal/escalations/" + caseId);
    }

    @GetMapping("/portal/escalations/{caseId}/decline")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String declinePage(Actor actor, @PathVariable String caseId, Model model) {
        return decisionPage(actor, caseId, DecisionForm.DECLINE, model);
    }

    @PostMapping("/portal/escalations/{caseId}/decline")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String decline(
            Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        String reason = form.required("reason", "Enter why the police are declining the escalation");
        form.limited("reason", 4000, "The reason must be 4000 characters or fewer");
        return decision(actor, caseId, DecisionForm.DECLINE, form, redirect)
                .refusalsOn("reason")
                .send(() -> commands.sendAndWait(new DeclineEscalationCommand(caseId, actor.actedBy(), reason)))
                .success("You declined the escalation")
                .redirectTo("/portal/escalations/" + caseId)
                .orShow(() -> page(actor, caseId, DecisionForm.DECLINE, form, model));
    }

    @GetMapping("/portal/escalations/{caseId}/transfer")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String transferPage(Actor actor, @PathVariable String caseId, Model model) {
        return decisionPage(actor, caseId, DecisionForm.TRANSFER, model);
    }

    @PostMapping("/portal/escalations/{caseId}/transfer")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String transfer(
            Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        String to = form.required("toForceCode", "Select the force to transfer the escalation to");
        String reason = form.required("reason", "Enter why the escalation belongs to that force");
        form.limited("reason", 4000, "The reason must be 4000 characters or fewer");
        return decision(actor, caseId, DecisionForm.TRANSFER, form, redirect)
                .refusalsOn("toForceCode")
                .send(() -> commands.sendAndWait(new TransferEscalationCommand(caseId, actor.actedBy(), to, reason)))
                .success("You transferred the escalation to " + to)
                .redirectTo("/portal/escalations")
                .orShow(() -> page(actor, caseId, DecisionForm.TRANSFER, form, model));
    }

    @GetMapping("/portal/escalations/{caseId}/crime")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String crimePage(Actor actor, @PathVariable String caseId, Model model) {
        return decisionPage(actor, caseId, DecisionForm.CRIME, model);
    }

    @PostMapping("/portal/escalations/{caseId}/crime")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String recordCrime(
            Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        EscalationDetailView detail = queries.detail(caseId, actor);
        HocrClassification hocr =
                HocrClassification.fromCode(form.text("classification")).orElse(null);
        if (hocr == null) {
            form.reject("classification", "Select the Home Office classification");
        }
        String reference = form.required("crimeReference", "Enter the crime reference");
        form.limited("crimeReference", 64, "The crime reference must be 64 characters or fewer");
        List<ChildRoleAssignment> roles = new ArrayList<>();
        for (ChildView child : detail.children()) {
            ChildRole chosen = form.choice("role-" + child.ref(), ChildRole.class, "Select the role of " + child.ref());
            roles.add(new ChildRoleAssignment(child.ref(), chosen));
        }
        String firstRole = "role-" + detail.children().getFirst().ref();
        return decision(actor, caseId, DecisionForm.CRIME, form, redirect)
                .refusalsOn("classification")
                .refusal("crime-reference-format", "crimeReference")
                .refusal("crime-reference-in-use", "crimeReference")
                .refusal("child-roles-incomplete", firstRole)
                .refusal("suspect-requires-aggravating-factors", firstRole)
                .send(() -> commands.sendAndWait(
                        new RecordCrimeCommand(caseId, actor.actedBy(), hocr, reference, null, roles)))
                .success("You recorded the crime")
                .redirectTo("/portal/escalations/" + caseId)
                .orShow(() -> page(actor, caseId, DecisionForm.CRIME, form, model));
    }

    @GetMapping("/portal/escalations/{caseId}/aggravating-factors")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String factorsPage(Actor actor, @PathVariable String caseId, Model model) {
        return decisionPage(actor, caseId, DecisionForm.FACTORS, model);
    }

    @PostMapping("/portal/escalations/{caseId}/aggravating-factors")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String assessFactors(
            Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        boolean found = form.yesNo("found", "Select yes if you found any aggravating factor")
                .orElse(false);
        List<FactorFinding> findings = new ArrayList<>();
        if (found) {
            for (AggravatingFactor factor :
                    form.choices("factors", AggravatingFactor.class, "Select each aggravating factor you found")) {
                String notes = form.required(
                        "notes-" + factor.name(),
                        "Enter what you found for "
                                + PortalOption.label(factor.name()).toLowerCase(Locale.ROOT));
                form.limited("notes-" + factor.name(), 4000, "Notes must be 4000 characters or fewer");
                findings.add(new FactorFinding(factor, notes));
            }
        }
        return decision(actor, caseId, DecisionForm.FACTORS, form, redirect)
                .refusalsOn("found")
                .refusal("no-factors-reason-required", "noFactorsReason")
                .send(() -> commands.sendAndWait(new AssessAggravatingFactorsCommand(
                        caseId, actor.actedBy(), findings, form.text("noFactorsReason"))))
                .success(
                        findings.isEmpty()
                                ? "You recorded that there are no aggravating factors"
                                : "You recorded the aggravating factors: a strategy meeting is needed")
                .redirectTo("/portal/escalations/" + caseId)
                .orShow(() -> page(actor, caseId, DecisionForm.FACTORS, form, model));
    }

    @GetMapping("/portal/escalations/{caseId}/outcome-proposal")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String outcomePage(Actor actor, @PathVariable String caseId, Model model) {
        return decisionPage(actor, caseId, DecisionForm.OUTCOME, model);
    }

    @PostMapping("/portal/escalations/{caseId}/outcome-proposal")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String proposeOutcome(
            Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        OutcomeCode outcome = form.choice("outcome", OutcomeCode.class, "Select the outcome you propose");
        form.limited("rationale", 4000, "The rationale must be 4000 characters or fewer");
        form.limited("diversionaryActivity", 4000, "The activity must be 4000 characters or fewer");
        return decision(actor, caseId, DecisionForm.OUTCOME, form, redirect)
                .refusalsOn("outcome")
                .refusal("rationale-required", "rationale", "Enter the rationale for the outcome")
                .refusal("diversionary-activity-required", "diversionaryActivity", "Enter the diversionary activity")
                .send(() -> commands.sendAndWait(new ProposeOutcomeCommand(
                        caseId, actor.actedBy(), outcome, form.text("rationale"), form.text("diversionaryActivity"))))
                .success("You proposed the outcome: a supervisor signs it off")
                .redirectTo("/portal/escalations/" + caseId)
                .orShow(() -> page(actor, caseId, DecisionForm.OUTCOME, form, model));
    }

    // ---- the supervisor --------------------------------------------------------------------------------------

    @GetMapping("/portal/sign-off")
    @PoliceAccess(Rule.FORCE_LISTS)
    @RecordsAccess(value = "sign-off-queue", caseIdVariable = "")
    String signOffQueue(Actor actor, Model model) {
        List<SignOffItemView> items = queries.signOffQueue(actor);
        model.addAttribute("items", items);
        model.addAttribute("queueTag", ConditionalRead.tag(items));
        return "police/sign-off-queue";
    }

    /** The sign-off table alone, which keeps itself current as the inbox table does (ADR 0101). */
    @GetMapping("/portal/sign-off/table")
    @PoliceAccess(Rule.FORCE_LISTS)
    @RecordsAccess(value = "sign-off-queue", caseIdVariable = "")
    @Nullable
    String signOffTable(
            Actor actor,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
            @RequestHeader(value = "Prefer", required = false) @Nullable String prefer,
            ServletWebRequest request,
            Model model) {
        InboxReads.Answer<SignOffItemView> answer = inboxReads.signOffQueue(actor, ifNoneMatch, prefer);
        if (notModified(answer, request)) {
            return null;
        }
        model.addAttribute("items", answer.rows());
        model.addAttribute("queueTag", answer.tag());
        return "police/sign-off-queue :: table";
    }

    @GetMapping("/portal/escalations/{caseId}/outcome-decision")
    @PoliceAccess(Rule.DECIDE_OUTCOME)
    @RecordsAccess("escalation")
    String outcomeDecisionPage(Actor actor, @PathVariable String caseId, Model model) {
        return decisionPage(actor, caseId, DecisionForm.DECISION, model);
    }

    @PostMapping("/portal/escalations/{caseId}/outcome-decision")
    @PoliceAccess(Rule.DECIDE_OUTCOME)
    @RecordsAccess("escalation")
    String decideOutcome(
            Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        String decision = form.required("decision", "Select whether you sign the outcome off or send it back");
        String reason = form.limited("reason", 4000, "The reason must be 4000 characters or fewer");
        boolean signOff = "sign-off".equals(decision);
        if (!signOff && reason == null) {
            form.reject("reason", "Enter why you are sending the outcome back");
        }
        return decision(actor, caseId, DecisionForm.DECISION, form, redirect)
                .refusalsOn("decision")
                .send(() -> commands.sendAndWait(
                        signOff
                                ? new SignOffOutcomeCommand(caseId, actor.actedBy())
                                : new SendBackOutcomeCommand(caseId, actor.actedBy(), reason)))
                .success(signOff ? "You signed off the outcome: it is assigned" : "You sent the outcome back")
                .redirectTo("/portal/escalations/" + caseId)
                .orShow(() -> page(actor, caseId, DecisionForm.DECISION, form, model));
    }

    // ---- after the outcome -----------------------------------------------------------------------------------

    @GetMapping("/portal/escalations/{caseId}/disclosure-statement")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String disclosurePage(Actor actor, @PathVariable String caseId, Model model) {
        return decisionPage(actor, caseId, DecisionForm.DISCLOSURE, model);
    }

    @PostMapping("/portal/escalations/{caseId}/disclosure-statement")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("escalation")
    String recordDisclosure(
            Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        Set<DisclosureRecipient> givenTo =
                form.choices("givenTo", DisclosureRecipient.class, "Select who was given the disclosure statement");
        String version = form.required("statementVersion", "Enter the version of the statement");
        form.limited("statementVersion", 64, "The version must be 64 characters or fewer");
        Instant givenAt = PortalDates.optionalInstant(form, "givenAt", "when the statement was given");
        return decision(actor, caseId, DecisionForm.DISCLOSURE, form, redirect)
                .refusalsOn("givenTo")
                .refusal("time-in-future", "givenAt-day", "The time the statement was given must be in the past")
                .send(() -> commands.sendAndWait(new RecordDisclosureStatementCommand(
                        caseId, actor.actedBy(), List.copyOf(givenTo), version, givenAt)))
                .success("You recorded the disclosure statement")
                .redirectTo("/portal/escalations/" + caseId)
                .orShow(() -> page(actor, caseId, DecisionForm.DISCLOSURE, form, model));
    }

    // ---- shared steps ----------------------------------------------------------------------------------------

    /** The forms of the decisions on an escalation, each kept in a draft named for it and the escalation. */
    private enum DecisionForm {
        DECLINE("police/decline"),
        TRANSFER("police/transfer"),
        CRIME("police/crime"),
        FACTORS("police/factors"),
        OUTCOME("police/outcome"),
        DECISION("police/outcome-decision"),
        DISCLOSURE("police/disclosure");

        private final String view;

        DecisionForm(String view) {
            this.view = view;
        }

        /** The draft's key, as {@code PolicePortalConfiguration} declares it: "decline-{caseId}". */
        String draft(String caseId) {
            return name().toLowerCase(Locale.ROOT) + "-" + caseId;
        }
    }

    /** A decision page as the user left it: their draft of the form, under the escalation. */
    private String decisionPage(Actor actor, String caseId, DecisionForm which, Model model) {
        return page(actor, caseId, which, pages.draft(actor, which.draft(caseId)), model);
    }

    /**
     * A decision's page, shown from the draft or again with the answers posted: the escalation, the options its
     * questions offer, and the form.
     */
    private String page(Actor actor, String caseId, DecisionForm which, PortalForm form, Model model) {
        switch (which) {
            case TRANSFER -> model.addAttribute("forces", otherForces(actor));
            case CRIME -> {
                model.addAttribute("classifications", CLASSIFICATIONS);
                model.addAttribute("childRoles", CHILD_ROLES);
                model.addAttribute(
                        "referenceExample",
                        forces.find(actor.organisation())
                                .map(Force::crimeReferenceExample)
                                .orElse(null));
            }
            case FACTORS -> {
                model.addAttribute("found", FOUND);
                model.addAttribute("factors", PortalOption.options(AggravatingFactor.class));
            }
            case OUTCOME -> model.addAttribute("outcomes", OUTCOMES);
            case DECISION -> model.addAttribute("decisions", DECISIONS);
            case DISCLOSURE -> model.addAttribute("recipients", RECIPIENTS);
            case DECLINE -> {
                // the reason is all the page asks
            }
        }
        model.addAttribute("e", queries.detail(caseId, actor));
        model.addAttribute("form", form);
        model.addAttribute("draft", which.draft(caseId));
        return which.view;
    }

    /** The post of a decision's form, kept as a draft named for the form and the escalation. */
    private PortalPost decision(
            Actor actor, String caseId, DecisionForm which, PortalForm answers, RedirectAttributes redirect) {
        return pages.post(actor, answers, redirect).draft(which.draft(caseId));
    }

    private List<PortalOption> otherForces(Actor actor) {
        return forces.all().stream()
                .filter(f -> !f.code().equals(actor.organisation()))
                .map(f -> new PortalOption(f.code(), f.name()))
                .toList();
    }
}
