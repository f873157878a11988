package org.casebridge.police.strategy.portal;

import static org.casebridge.platform.portal.PortalOption.choice;
import static org.casebridge.platform.portal.PortalOption.label;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.platform.portal.PortalPages;
import org.casebridge.platform.portal.PortalPost;
import org.casebridge.platform.problem.NotFoundException;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.escalation.query.EscalationViews.EscalationDetailView;
import org.casebridge.police.portal.PageOfForms;
import org.casebridge.police.portal.PoliceText;
import org.casebridge.police.shared.ForceAccess;
import org.casebridge.police.strategy.command.DecisionTopic;
import org.casebridge.police.strategy.command.LawfulBasis;
import org.casebridge.police.strategy.command.OrganisationType;
import org.casebridge.police.strategy.command.Participant;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.AssignActionCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.CompleteActionCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.ConveneStrategyMeetingCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.RecordAttendanceCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.RecordInformationSharedCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.RecordStrategyDecisionCommand;
import org.casebridge.police.strategy.query.StrategyQueries;
import org.casebridge.police.strategy.query.StrategyQueries.ActionFilter;
import org.casebridge.police.strategy.query.StrategyViews.StrategyMeetingView;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Strategy meetings in the portal: convene one with its invitees, record who attended, what was shared, the
 * decisions and the actions, and complete actions. The same commands and queries as the strategy-meeting API.
 */
@PortalController
class StrategyPortalController {

    static final List<PortalOption> INVITEE_TYPES = Arrays.stream(OrganisationType.values())
            .map(t -> new PortalOption(
                    t.name(), label(t.name()), t == OrganisationType.CHILDRENS_SOCIAL_CARE ? "Must be invited" : null))
            .toList();
    static final List<PortalOption> TOPICS = Arrays.stream(DecisionTopic.values())
            .map(t -> new PortalOption(
                    t.name(), t == DecisionTopic.SECTION_47_ENQUIRIES ? "Section 47 enquiries" : label(t.name())))
            .toList();
    static final List<PortalOption> ACTION_TYPES = Arrays.stream(StrategyActionType.values())
            .map(t -> new PortalOption(t.name(), t.title()))
            .toList();
    static final List<PortalOption> BASES = Arrays.stream(LawfulBasis.values())
            .map(b -> new PortalOption(b.name(), label(b.name()), b.legislation()))
            .toList();
    static final List<PortalOption> ACTION_FILTERS = Arrays.stream(ActionFilter.values())
            .map(f -> new PortalOption(f.name().toLowerCase(Locale.ROOT), label(f.name())))
            .toList();

    static final List<String> MEETING_FORMS =
            List.of("attendanceForm", "informationForm", "decisionForm", "actionForm");

    private final CommandGateway commands;
    private final EscalationQueries escalations;
    private final StrategyQueries queries;
    private final PortalPages pages;
    private final PoliceText text;

    StrategyPortalController(
            CommandGateway commands,
            EscalationQueries escalations,
            StrategyQueries queries,
            PortalPages pages,
            PoliceText text) {
        this.commands = commands;
        this.escalations = escalations;
        this.queries = queries;
        this.pages = pages;
        this.text = text;
    }

    @GetMapping("/portal/escalations/{caseId}/strategy-meetings")
    @PoliceAccess(Rule.READ_CASE)
    @RecordsAccess("strategy-meetings")
    String meetings(Actor actor, @PathVariable String caseId, Model model) {
        EscalationDetailView e = escalations.detail(caseId, actor);
        PortalForm form = pages.draft(actor, conveneDraft(caseId));
        if (form.values().isEmpty()) {
            form.set("org-" + OrganisationType.SCHOOL, e.schoolUrn())
                    .set("org-" + OrganisationType.POLICE, e.forceCode())
                    .set("org-" + OrganisationType.CHILDRENS_SOCIAL_CARE, e.localAuthorityCode());
        }
        return meetingsPage(actor, e, form, model);
    }

    @PostMapping("/portal/escalations/{caseId}/strategy-meetings")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("strategy-meetings")
    String convene(
            Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        var scheduledFor = PortalDates.instant(form, "scheduledFor", "the date of the meeting");
        String venue = form.required("venue", "Enter where or how the meeting is held");
        form.limited("venue", 200, "The place must be 200 characters or fewer");
        List<Participant> invitees = new ArrayList<>();
        if (form.values("invitees").isEmpty()) {
            form.reject("invitees", "Select who is invited");
        }
        for (OrganisationType type : OrganisationType.values()) {
            if (form.has("invitees", type.name())) {
                String organisation = form.required(
                        "org-" + type.name(),
                        "Enter the organisation invited as "
                                + label(type.name()).toLowerCase(Locale.ROOT));
                invitees.add(new Participant(type, organisation, null));
            }
        }
        String meetingId = UUID.randomUUID().toString();
        return pages.post(actor, form, redirect)
                .draft(conveneDraft(caseId))
                .refusalsOn("scheduledFor-day")
                .refusal("social-care-not-invited", "invitees")
                .send(() -> commands.sendAndWait(new ConveneStrategyMeetingCommand(
                        meetingId,
                        caseId,
                        escalations.actingForce(caseId, actor),
                        actor.actedBy(),
                        scheduledFor,
                        venue,
                        invitees)))
                .awaitVisible(() -> queries.meetingsOfCase(caseId).stream()
                        .anyMatch(meeting -> meeting.meetingId().equals(meetingId)))
                .success("You convened the strategy meeting")
                .redirectTo("/portal/escalations/" + caseId + "/strategy-meetings/" + meetingId)
                .orShow(() -> meetingsPage(actor, escalations.detail(caseId, actor), form, model));
    }

    private String meetingsPage(Actor actor, EscalationDetailView e, PortalForm form, Model model) {
        model.addAttribute("e", e);
        model.addAttribute("meetings", queries.meetingsOfCase(e.caseId()));
        model.addAttribute("form", form);
        model.addAttribute("draft", conveneDraft(e.caseId()));
        model.addAttribute("inviteeTypes", INVITEE_TYPES);
        model.addAttribute("officer", ForceAccess.actsForAForce(actor.actedBy()));
        return "police/strategy-meetings";
    }

    @GetMapping("/portal/escalations/{caseId}/strategy-meetings/{meetingId}")
    @PoliceAccess(Rule.READ_CASE)
    @RecordsAccess("strategy-meetings")
    String meeting(Actor actor, @PathVariable String caseId, @PathVariable String meetingId, Model model) {
        return meetingPage(actor, caseId, meetingId, null, null, model);
    }

    @PostMapping("/portal/escalations/{caseId}/strategy-meetings/{meetingId}/attendance")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("strategy-meetings")
    String attendance(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String meetingId,
            PortalForm form,
            Model model,
            RedirectAttributes redirect) {
        StrategyMeetingView meeting = meetingOf(caseId, meetingId, actor);
        List<Participant> attendees = chosen(form, "attended", meeting.invitees());
        if (attendees.isEmpty()) {
            form.reject("attended", "Select who attended");
        }
        return recorded(actor, meetingId, "attendanceForm", form, redirect)
                .refusalsOn("attended")
                .send(() -> commands.sendAndWait(
                        new RecordAttendanceCommand(meetingId, caseId, actor.actedBy(), null, attendees)))
                .awaitChange(() -> meetingOf(caseId, meetingId, actor))
                .success("You recorded that the meeting took place")
                .redirectTo(meetingPath(caseId, meetingId))
                .orShow(() -> meetingPage(actor, caseId, meetingId, "attendanceForm", form, model));
    }

    @PostMapping("/portal/escalations/{caseId}/strategy-meetings/{meetingId}/information-shared")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("strategy-meetings")
    String information(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String meetingId,
            PortalForm form,
            Model model,
            RedirectAttributes redirect) {
        StrategyMeetingView meeting = meetingOf(caseId, meetingId, actor);
        List<Participant> by = chosen(form, "sharedBy", meeting.attendees());
        if (by.isEmpty()) {
            form.reject("sharedBy", "Select who shared the information");
        }
        String summary = form.required("summary", "Enter a summary of what was shared");
        form.limited("summary", 4000, "The summary must be 4000 characters or fewer");
        LawfulBasis basis = form.choice("lawfulBasis", LawfulBasis.class, "Select the lawful basis for sharing it");
        return recorded(actor, meetingId, "informationForm", form, redirect)
                .refusalsOn("summary")
                .send(() -> commands.sendAndWait(new RecordInformationSharedCommand(
                        meetingId,
                        caseId,
                        actor.actedBy(),
                        UUID.randomUUID().toString(),
                        by.getFirst(),
                        summary,
                        basis)))
                .awaitChange(() -> meetingOf(caseId, meetingId, actor))
                .success("You recorded the information shared")
                .redirectTo(meetingPath(caseId, meetingId))
                .orShow(() -> meetingPage(actor, caseId, meetingId, "informationForm", form, model));
    }

    @PostMapping("/portal/escalations/{caseId}/strategy-meetings/{meetingId}/decisions")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("strategy-meetings")
    String decision(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String meetingId,
            PortalForm form,
            Model model,
            RedirectAttributes redirect) {
        meetingOf(caseId, meetingId, actor);
        DecisionTopic topic = form.choice("topic", DecisionTopic.class, "Select what the decision is about");
        String decision = form.required("decision", "Enter the decision");
        form.limited("decision", 4000, "The decision must be 4000 characters or fewer");
        Boolean section47 = form.text("startSection47") == null ? null : form.has("startSection47", "yes");
        if (topic == DecisionTopic.SECTION_47_ENQUIRIES && section47 == null) {
            form.reject("startSection47", "Select yes if section 47 enquiries start");
        }
        String rationale = form.required("rationale", "Enter the rationale for the decision");
        form.limited("rationale", 4000, "The rationale must be 4000 characters or fewer");
        return recorded(actor, meetingId, "decisionForm", form, redirect)
                .refusalsOn("topic")
                .refusal("section-47-answer-required", "startSection47")
                .send(() -> commands.sendAndWait(new RecordStrategyDecisionCommand(
                        meetingId,
                        caseId,
                        actor.actedBy(),
                        UUID.randomUUID().toString(),
                        topic,
                        decision,
                        section47,
                        rationale)))
                .awaitChange(() -> meetingOf(caseId, meetingId, actor))
                .success("You recorded the decision")
                .redirectTo(meetingPath(caseId, meetingId))
                .orShow(() -> meetingPage(actor, caseId, meetingId, "decisionForm", form, model));
    }

    @PostMapping("/portal/escalations/{caseId}/strategy-meetings/{meetingId}/actions")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @RecordsAccess("strategy-meetings")
    String action(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String meetingId,
            PortalForm form,
            Model model,
            RedirectAttributes redirect) {
        StrategyMeetingView meeting = meetingOf(caseId, meetingId, actor);
        StrategyActionType actionType =
                form.optionalChoice("actionType", StrategyActionType.class, "Select what kind of action it is");
        String description = form.required("description", "Enter what is to be done");
        form.limited("description", 4000, "The action must be 4000 characters or fewer");
        List<Participant> owner =
                chosen(form, "owner", meeting.attendees().isEmpty() ? meeting.invitees() : meeting.attendees());
        if (owner.isEmpty()) {
            form.reject("owner", "Select who owns the action");
        }
        var dueBy = PortalDates.instant(form, "dueBy", "the due date", LocalTime.of(17, 0));
        return recorded(actor, meetingId, "actionForm", form, redirect)
                .refusalsOn("description")
                .refusal("action-due-in-past", "dueBy-day", "The due date must be in the future")
                .send(() -> commands.sendAndWait(new AssignActionCommand(
                        meetingId,
                        caseId,
                        actor.actedBy(),
                        UUID.randomUUID().toString(),
                        actionType,
                        description,
                        owner.getFirst(),
                        dueBy)))
                .awaitChange(() -> meetingOf(caseId, meetingId, actor))
                .success(assigned -> "You gave the action to " + text.organisation(owner.getFirst()))
                .redirectTo(meetingPath(caseId, meetingId))
                .orShow(() -> meetingPage(actor, caseId, meetingId, "actionForm", form, model));
    }

    @PostMapping("/portal/escalations/{caseId}/strategy-meetings/{meetingId}/actions/{actionId}/completion")
    @PoliceAccess(Rule.ACT_ON_CASE)
    String complete(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String meetingId,
            @PathVariable String actionId,
            RedirectAttributes redirect) {
        return pages.act(
                redirect,
                () -> Boolean.TRUE.equals(commands.sendAndWait(
                        new CompleteActionCommand(meetingId, caseId, actor.actedBy(), actionId, null))),
                "You marked the action complete",
                "The action was already complete",
                meetingPath(caseId, meetingId));
    }

    @GetMapping("/portal/strategy-actions")
    @PoliceAccess(Rule.FORCE_LISTS)
    @RecordsAccess(value = "strategy-actions", caseIdVariable = "")
    String actions(Actor actor, @RequestParam(defaultValue = "open") String status, Model model) {
        ActionFilter filter = choice(ActionFilter.class, status, null);
        ActionFilter shown = filter == null ? ActionFilter.OPEN : filter;
        model.addAttribute("actions", queries.actionsVisibleTo(actor, shown));
        model.addAttribute("status", shown.name().toLowerCase(Locale.ROOT));
        model.addAttribute("filters", ACTION_FILTERS);
        return "police/strategy-actions";
    }

    private String meetingPage(
            Actor actor, String caseId, String meetingId, String posted, PortalForm form, Model model) {
        EscalationDetailView e = escalations.detail(caseId, actor);
        StrategyMeetingView meeting = meetingOf(caseId, meetingId, actor);
        PageOfForms.show(model, pages, actor, MEETING_FORMS, name -> meetingDraft(meetingId, name), posted, form);
        model.addAttribute("e", e);
        model.addAttribute("meeting", meeting);
        model.addAttribute("invitees", options(meeting.invitees()));
        model.addAttribute("attendees", options(meeting.attendees()));
        model.addAttribute("owners", options(meeting.attendees().isEmpty() ? meeting.invitees() : meeting.attendees()));
        model.addAttribute("topics", TOPICS);
        model.addAttribute("actionTypes", ACTION_TYPES);
        model.addAttribute("bases", BASES);
        model.addAttribute("yesNo", PortalOption.YES_NO);
        model.addAttribute("officer", ForceAccess.actsForAForce(actor.actedBy()));
        return "police/strategy-meeting";
    }

    private StrategyMeetingView meetingOf(String caseId, String meetingId, Actor actor) {
        escalations.readableForce(caseId, actor);
        return queries.meetingsOfCase(caseId).stream()
                .filter(m -> m.meetingId().equals(meetingId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("strategy meeting", meetingId));
    }

    /** The post of one of the meeting page's forms, each kept in a draft of its own. */
    private PortalPost recorded(
            Actor actor, String meetingId, String formName, PortalForm form, RedirectAttributes redirect) {
        return pages.post(actor, form, redirect).draft(meetingDraft(meetingId, formName));
    }

    private static String meetingPath(String caseId, String meetingId) {
        return "/portal/escalations/" + caseId + "/strategy-meetings/" + meetingId;
    }

    /** The participants whose positions in {@code from} the field chose. */
    private static List<Participant> chosen(PortalForm form, String field, List<Participant> from) {
        List<Participant> chosen = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            if (form.has(field, String.valueOf(i))) {
                chosen.add(from.get(i));
            }
        }
        return chosen;
    }

    private List<PortalOption> options(List<Participant> participants) {
        List<PortalOption> options = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            options.add(new PortalOption(String.valueOf(i), text.participant(p), p.role()));
        }
        return options;
    }

    /** Each form on a meeting's page keeps its own draft, e.g. "meeting-<meetingId>-decision". */
    private static String meetingDraft(String meetingId, String formName) {
        return "meeting-" + meetingId + "-" + formName.substring(0, formName.length() - "Form".length());
    }

    private static String conveneDraft(String caseId) {
        return "convene-" + caseId;
    }
}
