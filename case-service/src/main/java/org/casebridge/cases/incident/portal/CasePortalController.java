package org.casebridge.cases.incident.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.casebridge.cases.incident.api.Agency;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.CaseLimits;
import org.casebridge.cases.incident.api.CloseCaseCommand;
import org.casebridge.cases.incident.api.ConfirmChildDeletionCommand;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.cases.incident.api.EscalateCaseCommand;
import org.casebridge.cases.incident.api.HandleInSchoolCommand;
import org.casebridge.cases.incident.api.ParentContactMethod;
import org.casebridge.cases.incident.api.RecordDeletionBySchoolCommand;
import org.casebridge.cases.incident.api.RecordDeviceConfiscatedCommand;
import org.casebridge.cases.incident.api.RecordDeviceExaminedCommand;
import org.casebridge.cases.incident.api.RecordDeviceHandedToPoliceCommand;
import org.casebridge.cases.incident.api.RecordDeviceReturnedCommand;
import org.casebridge.cases.incident.api.RecordExceptionalViewingCommand;
import org.casebridge.cases.incident.api.RecordInitialReviewCommand;
import org.casebridge.cases.incident.api.RecordParentsInformedCommand;
import org.casebridge.cases.incident.api.RecordParentsNotInformedCommand;
import org.casebridge.cases.incident.api.RecordSupportCommand;
import org.casebridge.cases.incident.api.ReferCaseCommand;
import org.casebridge.cases.incident.api.ReviewAttendee;
import org.casebridge.cases.incident.api.ReviewConsiderations;
import org.casebridge.cases.incident.api.SupportType;
import org.casebridge.cases.incident.command.CaseCommands;
import org.casebridge.cases.incident.query.CaseDetailView;
import org.casebridge.cases.incident.query.CaseFilter;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.incident.query.CaseSummaryView;
import org.casebridge.cases.incident.query.CaseTimelineView;
import org.casebridge.cases.incident.query.FindCaseQuery;
import org.casebridge.cases.incident.query.FindCaseTimelineQuery;
import org.casebridge.cases.incident.query.FindCasesQuery;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.portal.PortalDrafts;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.platform.portal.ReadSide;
import org.casebridge.platform.problem.DomainRuleViolation;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The school's cases: the list with its filters, each case as a task list with the police decisions and the
 * timeline, and the pages that record the initial review, the decision to refer or handle in school, parents,
 * an exceptional viewing, devices, support for a child, a child's own deletion of the imagery, an escalation with
 * new information, and closure. Reads are the API's queries within the reader's {@link CaseScope};
 * writes are the API's commands through {@link CaseCommands}. Each form keeps a draft per case as the DSL types.
 */
@PortalController
public class CasePortalController {

    /** The pages that each record one decision on a case. */
    static final String ACTIONS =
            "initial-review|referral|handle-in-school|parents|viewing|devices|closure|support|own-deletion|escalation";

    /** How long a page waits for the case list and the case page to show a decision just recorded. */
    private final QueryGateway queries;

    private final CaseCommands cases;
    private final PortalDrafts drafts;

    public CasePortalController(QueryGateway queries, CaseCommands cases, PortalDrafts drafts) {
        this.queries = queries;
        this.cases = cases;
        this.drafts = drafts;
    }

    @GetMapping("/portal/cases")
    @RecordsAccess(value = "case-list", caseIdVariable = "")
    String list(@RequestParam(defaultValue = "OPEN") CaseFilter filter, Actor actor, Model model) {
        List<CaseSummaryView> list = queries.query(
                        new FindCasesQuery(CaseScope.of(actor), filter),
                        ResponseTypes.multipleInstancesOf(CaseSummaryView.class))
                .join();
        model.addAttribute("cases", list);
        model.addAttribute("filter", filter);
        model.addAttribute(
                "filters",
                List.of(
                        new PortalOption(CaseFilter.OPEN.name(), "Open"),
                        new PortalOption(CaseFilter.OVERDUE.name(), "Initial review overdue"),
                        new PortalOption(CaseFilter.AWAITING_POLICE.name(), "Awaiting the police"),
                        new PortalOption(CaseFilter.CLOSED.name(), "Closed"),
                        new PortalOption(CaseFilter.ALL.name(), "All")));
        return "cases/list";
    }

    @GetMapping("/portal/cases/{caseId}")
    @RecordsAccess("case")
    String casePage(@PathVariable UUID caseId, Actor actor, Model model) {
        CaseDetailView detail = detail(caseId, actor);
        CaseTimelineView timeline = queries.query(
                        new FindCaseTimelineQuery(caseId, CaseScope.of(actor)),
                        ResponseTypes.optionalInstanceOf(CaseTimelineView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("case", caseId.toString()));
        model.addAttribute("detail", detail);
        model.addAttribute("timeline", timeline.entries());
        model.addAttribute("tasks", CaseTasks.of(detail));
        return "cases/case";
    }

    @GetMapping("/portal/cases/{caseId}/{action:" + ACTIONS + "}")
    @RecordsAccess("case")
    String form(@PathVariable UUID caseId, @PathVariable String action, Actor actor, Model model) {
        return page(action, detail(caseId, actor), PortalForm.of(drafts.load(actor, draft(action, caseId))), model);
    }

    @GetMapping("/portal/cases/{caseId}/devices/{deviceRef}")
    @RecordsAccess("case")
    String deviceForm(@PathVariable UUID caseId, @PathVariable String deviceRef, Actor actor, Model model) {
        CaseDetailView detail = detail(caseId, actor);
        requireDevice(detail, deviceRef);
        model.addAttribute("deviceRef", deviceRef);
        return page("device", detail, PortalForm.of(drafts.load(actor, draft("device-" + deviceRef, caseId))), model);
    }

    @PostMapping("/portal/cases/{caseId}/{action:" + ACTIONS + "}")
    String submit(
            @PathVariable UUID caseId,
            @PathVariable String action,
            @RequestParam MultiValueMap<String, String> fields,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        CaseDetailView detail = detail(caseId, actor);
        PortalForm form = PortalForm.of(fields);
        CaseId id = new CaseId(caseId);
        ActedBy by = actor.actedBy();
        Object command = switch (action) {
            case "initial-review" -> initialReview(id, by, form);
            case "referral" -> referral(id, by, form);
            case "handle-in-school" ->
                new HandleInSchoolCommand(
                        id, by, form.required("rationale", "Enter why the case can be handled in school"));
            case "parents" -> parents(id, by, form, detail);
            case "viewing" -> viewing(id, by, form);
            case "devices" -> confiscation(id, by, form, detail);
            case "closure" ->
                new CloseCaseCommand(
                        id,
                        by,
                        form.required("outcomeSummary", "Enter the outcome of the case"),
                        form.text("policeOutcomeNotAwaitedReason"));
            case "support" -> support(id, by, form, detail);
            case "own-deletion" -> ownDeletion(id, by, form, detail);
            case "escalation" -> escalation(id, by, form);
            default -> throw new NotFoundException("page", action);
        };
        return send(action, draft(action, caseId), detail, form, command, actor, model, redirect, null);
    }

    @PostMapping("/portal/cases/{caseId}/devices/{deviceRef}")
    String deviceDecision(
            @PathVariable UUID caseId,
            @PathVariable String deviceRef,
            @RequestParam MultiValueMap<String, String> fields,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        CaseDetailView detail = detail(caseId, actor);
        requireDevice(detail, deviceRef);
        model.addAttribute("deviceRef", deviceRef);
        PortalForm form = PortalForm.of(fields);
        CaseId id = new CaseId(caseId);
        ActedBy by = actor.actedBy();
        String decision = form.required("decision", "Select what happened to the device");
        Object command = null;
        if ("handover".equals(decision)) {
            String handedTo = form.required("handedTo", "Enter the officer the device was handed to");
            Instant at = PortalDates.instant(form, "handedOverAt", "the date it was handed over");
            String exhibit = form.required("exhibitRef", "Enter the police exhibit reference");
            command =
                    new RecordDeviceHandedToPoliceCommand(id, by, deviceRef, handedTo, at, exhibit, form.text("notes"));
        } else if ("deletion".equals(decision)) {
            command = new RecordDeletionBySchoolCommand(
                    id, by, deviceRef, form.required("deletionRationale", "Enter why the school deleted the imagery"));
        } else if ("return".equals(decision)) {
            command = new RecordDeviceReturnedCommand(
                    id,
                    by,
                    deviceRef,
                    form.required("returnedTo", "Enter who the device was returned to"),
                    form.text("returnRationale"));
        } else if ("examination".equals(decision)) {
            command = new RecordDeviceExaminedCommand(
                    id,
                    by,
                    deviceRef,
                    form.required("goodReason", "Enter the good reason for examining the device"),
                    form.text("findings"));
        } else if (decision != null) {
            form.reject("decision", "Select what happened to the device");
        }
        return send(
                "device",
                draft("device-" + deviceRef, caseId),
                detail,
                form,
                command,
                actor,
                model,
                redirect,
                "The decision on " + deviceRef + " is recorded");
    }

    private String send(
            String action,
            String draftKey,
            CaseDetailView detail,
            PortalForm form,
            Object command,
            Actor actor,
            Model model,
            RedirectAttributes redirect,
            String done) {
        UUID caseId = UUID.fromString(detail.summary().caseId());
        drafts.save(actor, draftKey, form.values());
        if (form.hasErrors()) {
            return page(action, detail, form, model);
        }
        int before = timelineSize(caseId, actor);
        try {
            cases.send(command);
        } catch (DomainRuleViolation violation) {
            form.reject(ruleField(action), violation.getMessage());
            return page(action, detail, form, model);
        }
        drafts.discard(actor, draftKey);
        awaitTimeline(caseId, actor, before);
        redirect.addFlashAttribute("done", done != null ? done : DONE.getOrDefault(action, "Recorded"));
        if ("initial-review".equals(action)
                && command instanceof RecordInitialReviewCommand review
                && review.criteria().containsValue(true)) {
            return "redirect:/portal/cases/" + caseId + "/referral";
        }
        return "redirect:/portal/cases/" + caseId;
    }

    private static final Map<String, String> DONE = Map.of(
            "initial-review", "The initial review is recorded",
            "referral", "The case is referred",
            "handle-in-school", "The decision to handle the case in school is recorded",
            "parents", "The decision about parents or carers is recorded",
            "viewing", "The viewing is recorded",
            "devices", "The device is recorded",
            "closure", "The case is closed",
            "support", "The support is recorded",
            "own-deletion", "The child's own deletion of the imagery is recorded",
            "escalation", "The case is escalated");

    /** The field a refused command's message is shown against: the question the rule is about. */
    private static String ruleField(String action) {
        return switch (action) {
            case "initial-review" -> "heldAt-day";
            case "referral" -> "referredTo";
            case "handle-in-school" -> "rationale";
            case "parents" -> "childRef";
            case "viewing" -> "reason";
            case "devices" -> "description";
            case "device" -> "decision";
            case "support" -> "childRef";
            case "own-deletion" -> "childRef";
            case "escalation" -> "referredTo";
            default -> "outcomeSummary";
        };
    }

    private String page(String action, CaseDetailView detail, PortalForm form, Model model) {
        model.addAttribute("detail", detail);
        model.addAttribute("form", form);
        model.addAttribute("yesNo", CaseText.YES_NO);
        model.addAttribute("caseId", detail.summary().caseId());
        List<PortalOption> children = detail.childrenInvolved().stream()
                .map(child ->
                        new PortalOption(child.ref(), child.ref(), "Age " + child.age() + ", " + child.yearGroup()))
                .toList();
        model.addAttribute("childOptions", children);
        switch (action) {
            case "initial-review" -> model.addAttribute("criteria", List.of(Criterion.values()));
            case "referral" -> model.addAttribute("agencyOptions", CaseText.options(Agency.values()));
            case "escalation" -> {
                model.addAttribute("agencyOptions", CaseText.options(Agency.values()));
                model.addAttribute("criterionOptions", CaseText.criteriaOptions());
            }
            case "support" -> model.addAttribute("supportOptions", CaseText.options(SupportType.values()));
            case "parents" -> model.addAttribute("methodOptions", CaseText.options(ParentContactMethod.values()));
            case "devices" -> {
                List<PortalOption> owners = new ArrayList<>(children);
                owners.add(new PortalOption("none", "No child, or not known"));
                model.addAttribute("ownerOptions", owners);
            }
            case "device" ->
                model.addAttribute(
                        "decisionOptions",
                        List.of(
                                new PortalOption("handover", "Handed to the police"),
                                new PortalOption(
                                        "deletion",
                                        "Imagery deleted under the school's powers",
                                        "Only when the police have not been asked, or have left deletion to the school"),
                                new PortalOption("return", "Returned"),
                                new PortalOption(
                                        "examination",
                                        "Examined under the school's powers (it stays with the school)",
                                        "Never to look at the imagery: if you suspect it holds an indecent image of a child,"
                                                + " hand it to the police")));
            default -> {}
        }
        return "cases/" + action;
    }

    private RecordInitialReviewCommand initialReview(CaseId id, ActedBy by, PortalForm form) {
        Instant heldAt = PortalDates.instant(form, "heldAt", "the date of the meeting");
        List<ReviewAttendee> attendees = new ArrayList<>();
        String typed = form.required("attendees", "Enter who attended, one person a line");
        if (typed != null) {
            for (String line : typed.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                String name = (comma < 0 ? line : line.substring(0, comma)).strip();
                String role = comma < 0 ? "" : line.substring(comma + 1).strip();
                if (role.isEmpty() || name.isEmpty()) {
                    form.reject("attendees", "Enter each person as a name and a role, like A. Kaur, DSL");
                } else if (name.length() > CaseLimits.MAX_SHORT_TEXT_LENGTH
                        || role.length() > CaseLimits.MAX_SHORT_TEXT_LENGTH) {
                    form.reject(
                            "attendees",
                            "Each name and role must be " + CaseLimits.MAX_SHORT_TEXT_LENGTH + " characters or fewer");
                } else {
                    attendees.add(new ReviewAttendee(name, role));
                }
            }
            if (attendees.size() > CaseLimits.MAX_ATTENDEES) {
                form.reject("attendees", "Enter " + CaseLimits.MAX_ATTENDEES + " people or fewer");
            }
        }
        Map<Criterion, Boolean> criteria = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            yesNo(form, criterion.name(), "Answer yes or no: " + CaseText.words(criterion.name()))
                    .ifPresent(answer -> criteria.put(criterion, answer));
        }
        form.limited("riskNow", CaseLimits.MAX_TEXT_LENGTH, "The risk now must be 4000 characters or fewer");
        boolean viewing = yesNo(form, "viewingNeeded", "Select yes if the imagery must be viewed")
                .orElse(false);
        boolean otherSchools = yesNo(form, "otherSchoolsInvolved", "Select yes if other schools are involved")
                .orElse(false);
        boolean informParents = yesNo(form, "informParents", "Select yes if parents or carers will be told")
                .orElse(false);
        return new RecordInitialReviewCommand(
                id,
                by,
                heldAt,
                attendees,
                criteria,
                new ReviewConsiderations(
                        form.text("riskNow"),
                        viewing,
                        form.text("spreadAssessment"),
                        form.text("deletionPlan"),
                        otherSchools,
                        informParents),
                form.text("notes"));
    }

    private static ReferCaseCommand referral(CaseId id, ActedBy by, PortalForm form) {
        Set<Agency> to = EnumSet.noneOf(Agency.class);
        for (String value : ReportPortalController.chosen(form, "referredTo")) {
            try {
                to.add(Agency.valueOf(value));
            } catch (IllegalArgumentException e) {
                form.reject("referredTo", "Select the police, children's social care, or both");
            }
        }
        if (to.isEmpty()) {
            form.reject("referredTo", "Select the police, children's social care, or both");
        }
        form.limited("reasons", CaseLimits.MAX_TEXT_LENGTH, "The reasons must be 4000 characters or fewer");
        return new ReferCaseCommand(id, by, to, form.text("reasons"));
    }

    private static RecordSupportCommand support(CaseId id, ActedBy by, PortalForm form, CaseDetailView detail) {
        String child = child(form, detail);
        SupportType type = null;
        String chosen = form.required("supportType", "Select the kind of support");
        if (chosen != null) {
            try {
                type = SupportType.valueOf(chosen);
            } catch (IllegalArgumentException e) {
                form.reject("supportType", "Select the kind of support");
            }
        }
        String description = form.required("description", "Describe the support given");
        form.limited("description", CaseLimits.MAX_TEXT_LENGTH, "The description must be 4000 characters or fewer");
        return new RecordSupportCommand(id, by, child, type, description);
    }

    private static ConfirmChildDeletionCommand ownDeletion(
            CaseId id, ActedBy by, PortalForm form, CaseDetailView detail) {
        String child = child(form, detail);
        String confirmation = form.required("confirmation", "Enter how the child confirmed they deleted the imagery");
        form.limited(
                "confirmation",
                CaseLimits.MAX_TEXT_LENGTH,
                "How the child confirmed it must be 4000 characters or fewer");
        return new ConfirmChildDeletionCommand(id, by, child, confirmation);
    }

    private static EscalateCaseCommand escalation(CaseId id, ActedBy by, PortalForm form) {
        Set<Agency> to = EnumSet.noneOf(Agency.class);
        for (String value : ReportPortalController.chosen(form, "referredTo")) {
            try {
                to.add(Agency.valueOf(value));
            } catch (IllegalArgumentException e) {
                form.reject("referredTo", "Select the police, children's social care, or both");
            }
        }
        if (to.isEmpty()) {
            form.reject("referredTo", "Select the police, children's social care, or both");
        }
        Set<Criterion> criteria = EnumSet.noneOf(Criterion.class);
        for (String value : ReportPortalController.chosen(form, "criteriaNowMet")) {
            try {
                criteria.add(Criterion.valueOf(value));
            } catch (IllegalArgumentException e) {
                form.reject("criteriaNowMet", "Select the criteria now met, if any");
            }
        }
        String information = form.required("newInformation", "Enter the new information");
        form.limited(
                "newInformation", CaseLimits.MAX_TEXT_LENGTH, "The new information must be 4000 characters or fewer");
        return new EscalateCaseCommand(id, by, to, criteria, information);
    }

    /** The child a form is about, one of the case's children. */
    private static String child(PortalForm form, CaseDetailView detail) {
        String child = form.required("childRef", "Select the child");
        if (child != null
                && detail.childrenInvolved().stream().noneMatch(c -> c.ref().equals(child))) {
            form.reject("childRef", "Select the child");
        }
        return child;
    }

    private static Object parents(CaseId id, ActedBy by, PortalForm form, CaseDetailView detail) {
        String child = form.required("childRef", "Select the child");
        if (child != null
                && detail.childrenInvolved().stream().noneMatch(c -> c.ref().equals(child))) {
            form.reject("childRef", "Select the child");
        }
        boolean informed = yesNo(form, "informed", "Select yes if their parents or carers were told")
                .orElse(true);
        if (!informed) {
            return new RecordParentsNotInformedCommand(
                    id,
                    by,
                    child,
                    form.required("reasonNotInformed", "Enter why their parents or carers were not told"));
        }
        String who = form.required("whoWasInformed", "Enter who was told");
        Instant at = PortalDates.instant(form, "informedAt", "the date they were told");
        ParentContactMethod method = null;
        String how = form.required("method", "Select how they were told");
        if (how != null) {
            try {
                method = ParentContactMethod.valueOf(how);
            } catch (IllegalArgumentException e) {
                form.reject("method", "Select how they were told");
            }
        }
        return new RecordParentsInformedCommand(id, by, child, who, at, method, form.text("notes"));
    }

    private static RecordExceptionalViewingCommand viewing(CaseId id, ActedBy by, PortalForm form) {
        Instant at = PortalDates.instant(form, "viewedAt", "the date of the viewing");
        boolean head = yesNo(form, "headteacherConsulted", "Select yes if the headteacher was consulted")
                .orElse(false);
        String witness = form.required("witnessName", "Enter the member of staff who was present");
        boolean didNotView = yesNo(form, "witnessDidNotView", "Select yes if they did not view the imagery")
                .orElse(false);
        boolean premises = yesNo(form, "onSchoolPremises", "Select yes if it was on school premises")
                .orElse(false);
        String reason = form.required("reason", "Enter why the imagery had to be viewed");
        return new RecordExceptionalViewingCommand(
                id, by, at, head, witness, didNotView, premises, reason, form.text("whatFollowed"));
    }

    private static RecordDeviceConfiscatedCommand confiscation(
            CaseId id, ActedBy by, PortalForm form, CaseDetailView detail) {
        String description = form.required("description", "Describe the device, for example Black smartphone");
        String owner = form.required("owner", "Select whose device it is");
        String confiscatedBy = form.required("confiscatedBy", "Enter who confiscated the device");
        String stored = form.required("storedWhere", "Enter where the device is kept");
        String deviceRef = "device-" + (detail.devices().size() + 1);
        return new RecordDeviceConfiscatedCommand(
                id,
                by,
                deviceRef,
                description,
                owner == null || "none".equals(owner) ? null : owner,
                confiscatedBy,
                stored,
                form.text("notes"));
    }

    private static Optional<Boolean> yesNo(PortalForm form, String field, String message) {
        String value = form.required(field, message);
        if ("yes".equals(value)) {
            return Optional.of(true);
        }
        if ("no".equals(value)) {
            return Optional.of(false);
        }
        if (value != null) {
            form.reject(field, message);
        }
        return Optional.empty();
    }

    private CaseDetailView detail(UUID caseId, Actor actor) {
        return queries.query(
                        new FindCaseQuery(caseId, CaseScope.of(actor)),
                        ResponseTypes.optionalInstanceOf(CaseDetailView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("case", caseId.toString()));
    }

    private int timelineSize(UUID caseId, Actor actor) {
        return queries.query(
                        new FindCaseTimelineQuery(caseId, CaseScope.of(actor)),
                        ResponseTypes.optionalInstanceOf(CaseTimelineView.class))
                .join()
                .map(timeline -> timeline.entries().size())
                .orElse(0);
    }

    /** Waits, briefly, for the read model to show the event just recorded, so the next page shows it. */
    private void awaitTimeline(UUID caseId, Actor actor, int before) {
        ReadSide.awaitVisible(() -> timelineSize(caseId, actor) > before);
    }

    private static void requireDevice(CaseDetailView detail, String deviceRef) {
        if (detail.devices().stream().noneMatch(device -> device.ref().equals(deviceRef))) {
            throw new NotFoundException("device", deviceRef);
        }
    }

    private static String draft(String action, UUID caseId) {
        return action + "-" + caseId;
    }
}
