package org.casebridge.cases.incident.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.casebridge.cases.incident.query.CaseViewQueries;
import org.casebridge.cases.outside.OutsideReads;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.platform.portal.PortalPages;
import org.casebridge.platform.portal.PortalPost;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.ui.Model;
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

    private final CaseViewQueries queries;
    private final CaseCommands cases;
    private final OutsideReads outsideReads;
    private final PortalPages pages;

    public CasePortalController(
            CaseViewQueries queries, CaseCommands cases, PortalPages pages, OutsideReads outsideReads) {
        this.queries = queries;
        this.cases = cases;
        this.pages = pages;
        this.outsideReads = outsideReads;
    }

    /** A command of one of the pages, with the question its refusals are about and the banner after it. */
    private record Decision(Object command, String refusalsOn, String success) {}

    @GetMapping("/portal/cases")
    @RecordsAccess(value = "case-list", caseIdVariable = "")
    String list(@RequestParam(defaultValue = "OPEN") CaseFilter filter, Actor actor, Model model) {
        model.addAttribute("cases", queries.cases(CaseScope.of(actor), filter));
        model.addAttribute("filter", filter);
        model.addAttribute(
                "filters",
                List.of(
                        new PortalOption(CaseFilter.OPEN.name(), "Open"),
                        new PortalOption(CaseFilter.OVERDUE.name(), "Initial review overdue"),
                        new PortalOption(CaseFilter.AWAITING_POLICE.name(), "Awaiting the police"),
                        new PortalOption(CaseFilter.CLOSED.name(), "Closed"),
                        new PortalOption(CaseFilter.TRANSFER_OVERDUE.name(), "Record transfer overdue"),
                        new PortalOption(CaseFilter.LADO_REFERRAL_OVERDUE.name(), "LADO referral overdue"),
                        new PortalOption(CaseFilter.ALL.name(), "All")));
        return "cases/list";
    }

    @GetMapping("/portal/cases/{caseId}")
    @RecordsAccess("case")
    String casePage(@PathVariable UUID caseId, Actor actor, Model model) {
        CaseDetailView detail = detail(caseId, actor);
        model.addAttribute("detail", detail);
        model.addAttribute(
                "timeline", queries.timeline(caseId, CaseScope.of(actor)).entries());
        model.addAttribute("tasks", CaseTasks.of(detail));
        model.addAttribute("asAtForm", PortalForm.of(Map.of()));
        model.addAttribute("outsideReads", outsideReads.of(actor, caseId));
        return "cases/case";
    }

    @GetMapping("/portal/cases/{caseId}/{action:" + ACTIONS + "}")
    @RecordsAccess("case")
    String form(@PathVariable UUID caseId, @PathVariable String action, Actor actor, Model model) {
        return page(action, detail(caseId, actor), pages.draft(actor, draft(action, caseId)), model);
    }

    @GetMapping("/portal/cases/{caseId}/devices/{deviceRef}")
    @RecordsAccess("case")
    String deviceForm(@PathVariable UUID caseId, @PathVariable String deviceRef, Actor actor, Model model) {
        CaseDetailView detail = detail(caseId, actor);
        requireDevice(detail, deviceRef);
        model.addAttribute("deviceRef", deviceRef);
        return page("device", detail, pages.draft(actor, draft("device-" + deviceRef, caseId)), model);
    }

    @PostMapping("/portal/cases/{caseId}/{action:" + ACTIONS + "}")
    String submit(
            @PathVariable UUID caseId,
            @PathVariable String action,
            PortalForm form,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        CaseDetailView detail = detail(caseId, actor);
        CaseId id = new CaseId(caseId);
        ActedBy by = actor.actedBy();
        Decision decision = switch (action) {
            case "initial-review" ->
                new Decision(initialReview(id, by, form), "heldAt-day", "The initial review is recorded");
            case "referral" -> new Decision(referral(id, by, form), "referredTo", "The case is referred");
            case "handle-in-school" ->
                new Decision(
                        new HandleInSchoolCommand(
                                id, by, form.required("rationale", "Enter why the case can be handled in school")),
                        "rationale",
                        "The decision to handle the case in school is recorded");
            case "parents" ->
                new Decision(
                        parents(id, by, form, detail), "childRef", "The decision about parents or carers is recorded");
            case "viewing" -> new Decision(viewing(id, by, form), "reason", "The viewing is recorded");
            case "devices" -> new Decision(confiscation(id, by, form, detail), "description", "The device is recorded");
            case "closure" ->
                new Decision(
                        new CloseCaseCommand(
                                id,
                                by,
                                form.required("outcomeSummary", "Enter the outcome of the case"),
                                form.text("policeOutcomeNotAwaitedReason")),
                        "outcomeSummary",
                        "The case is closed");
            case "support" -> new Decision(support(id, by, form, detail), "childRef", "The support is recorded");
            case "own-deletion" ->
                new Decision(
                        ownDeletion(id, by, form, detail),
                        "childRef",
                        "The child's own deletion of the imagery is recorded");
            case "escalation" -> new Decision(escalation(id, by, form), "referredTo", "The case is escalated");
            default -> throw new NotFoundException("page", action);
        };
        boolean referralDue = decision.command() instanceof RecordInitialReviewCommand review
                && review.criteria().containsValue(true);
        return send(action, draft(action, caseId), detail, form, decision, actor, model, redirect)
                .redirectTo("/portal/cases/" + caseId + (referralDue ? "/referral" : ""))
                .orShow(() -> page(action, detail, form, model));
    }

    @PostMapping("/portal/cases/{caseId}/devices/{deviceRef}")
    String deviceDecision(
            @PathVariable UUID caseId,
            @PathVariable String deviceRef,
            PortalForm form,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        CaseDetailView detail = detail(caseId, actor);
        requireDevice(detail, deviceRef);
        model.addAttribute("deviceRef", deviceRef);
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
                        new Decision(command, "decision", "The decision on " + deviceRef + " is recorded"),
                        actor,
                        model,
                        redirect)
                .redirectTo("/portal/cases/" + caseId)
                .orShow(() -> page("device", detail, form, model));
    }

    /** Sends a page's decision; the case page then waits until the timeline shows it. */
    private PortalPost.Sending<Void> send(
            String action,
            String draftKey,
            CaseDetailView detail,
            PortalForm form,
            Decision decision,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        UUID caseId = UUID.fromString(detail.summary().caseId());
        return pages.post(actor, form, redirect)
                .draft(draftKey)
                .refusalsOn(decision.refusalsOn())
                .refusalOnNamedField("criterion-contradicts-report", "criterion")
                .run(() -> cases.send(decision.command()))
                .awaitChange(() ->
                        queries.timeline(caseId, CaseScope.of(actor)).entries().size())
                .success(decision.success());
    }

    private String page(String action, CaseDetailView detail, PortalForm form, Model model) {
        model.addAttribute("yesNo", PortalOption.YES_NO);
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
        return CasePage.show("cases/" + action, detail, form, model);
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
            form.yesNo(criterion.name(), "Answer yes or no: " + CaseText.words(criterion.name()))
                    .ifPresent(answer -> criteria.put(criterion, answer));
        }
        form.limited("riskNow", CaseLimits.MAX_TEXT_LENGTH, "The risk now must be 4000 characters or fewer");
        boolean viewing = form.yesNo("viewingNeeded", "Select yes if the imagery must be viewed")
                .orElse(false);
        boolean otherSchools = form.yesNo("otherSchoolsInvolved", "Select yes if other schools are involved")
                .orElse(false);
        boolean informParents = form.yesNo("informParents", "Select yes if parents or carers will be told")
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
        Set<Agency> to = referredTo(form);
        form.limited("reasons", CaseLimits.MAX_TEXT_LENGTH, "The reasons must be 4000 characters or fewer");
        return new ReferCaseCommand(id, by, to, form.text("reasons"));
    }

    /** The agencies a referral or an escalation goes to. */
    private static Set<Agency> referredTo(PortalForm form) {
        return form.choices("referredTo", Agency.class, "Select the police, children's social care, or both");
    }

    private static RecordSupportCommand support(CaseId id, ActedBy by, PortalForm form, CaseDetailView detail) {
        String child = child(form, detail);
        SupportType type = form.choice("supportType", SupportType.class, "Select the kind of support");
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
        Set<Agency> to = referredTo(form);
        Set<Criterion> criteria =
                form.optionalChoices("criteriaNowMet", Criterion.class, "Select the criteria now met, if any");
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
        String child = child(form, detail);
        boolean informed = form.yesNo("informed", "Select yes if their parents or carers were told")
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
        ParentContactMethod method = form.choice("method", ParentContactMethod.class, "Select how they were told");
        return new RecordParentsInformedCommand(id, by, child, who, at, method, form.text("notes"));
    }

    private static RecordExceptionalViewingCommand viewing(CaseId id, ActedBy by, PortalForm form) {
        Instant at = PortalDates.instant(form, "viewedAt", "the date of the viewing");
        boolean head = form.yesNo("headteacherConsulted", "Select yes if the headteacher was consulted")
                .orElse(false);
        String witness = form.required("witnessName", "Enter the member of staff who was present");
        boolean didNotView = form.yesNo("witnessDidNotView", "Select yes if they did not view the imagery")
                .orElse(false);
        boolean premises = form.yesNo("onSchoolPremises", "Select yes if it was on school premises")
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

    private CaseDetailView detail(UUID caseId, Actor actor) {
        return queries.detail(caseId, CaseScope.of(actor));
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
