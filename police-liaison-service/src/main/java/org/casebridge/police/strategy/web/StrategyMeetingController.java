package org.casebridge.police.strategy.web;

import static org.casebridge.police.shared.ListOptions.option;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.strategy.command.Participant;
import org.casebridge.police.strategy.command.StrategyMeetingCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.AssignActionCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.CompleteActionCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.ConveneStrategyMeetingCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.RecordAttendanceCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.RecordInformationSharedCommand;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.RecordStrategyDecisionCommand;
import org.casebridge.police.strategy.query.StrategyQueries;
import org.casebridge.police.strategy.query.StrategyQueries.ActionFilter;
import org.casebridge.police.strategy.query.StrategyViews.ActionView;
import org.casebridge.police.strategy.query.StrategyViews.StrategyMeetingView;
import org.casebridge.police.strategy.web.StrategyRequests.ActionRequest;
import org.casebridge.police.strategy.web.StrategyRequests.AttendanceRequest;
import org.casebridge.police.strategy.web.StrategyRequests.CompletionRequest;
import org.casebridge.police.strategy.web.StrategyRequests.ConveneRequest;
import org.casebridge.police.strategy.web.StrategyRequests.Created;
import org.casebridge.police.strategy.web.StrategyRequests.DecisionRequest;
import org.casebridge.police.strategy.web.StrategyRequests.InformationSharedRequest;
import org.casebridge.police.strategy.web.StrategyRequests.ParticipantRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Strategy meetings on a force's case: convene, attendance, information shared, decisions and actions. */
@RestController
@RequestMapping("/api")
@Tag(name = "Strategy meetings", description = "Working Together 2023 strategy meetings with the school and agencies")
class StrategyMeetingController {

    private final CommandGateway commands;
    private final EscalationQueries escalations;
    private final StrategyQueries queries;

    StrategyMeetingController(CommandGateway commands, EscalationQueries escalations, StrategyQueries queries) {
        this.commands = commands;
        this.escalations = escalations;
        this.queries = queries;
    }

    @GetMapping("/escalations/{caseId}/strategy-meetings")
    @PoliceAccess(Rule.READ_CASE)
    @RecordsAccess("strategy-meetings")
    @Operation(
            summary = "The strategy meetings of a case, with information, decisions and actions",
            description = "For the case's force and auditors; 404 for anyone else. The read is recorded.")
    List<StrategyMeetingView> meetings(Actor actor, @PathVariable String caseId) {
        escalations.readableForce(caseId, actor);
        return queries.meetingsOfCase(caseId);
    }

    @GetMapping("/strategy-actions")
    @PoliceAccess(Rule.FORCE_LISTS)
    @RecordsAccess(value = "strategy-actions", caseIdVariable = "")
    @Operation(
            summary = "Strategy-meeting actions across the caller's force (every force for an auditor), soonest"
                    + " due first",
            description = "Other roles get 403. The read is recorded.")
    List<ActionView> actions(
            Actor actor,
            @Parameter(description = "open (default), overdue or all", example = "overdue")
                    @RequestParam(defaultValue = "open")
                    String status) {
        return queries.actionsVisibleTo(actor, option(ActionFilter.class, "status", status));
    }

    @PostMapping("/escalations/{caseId}/strategy-meetings")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @Operation(
            summary = "Convene a strategy meeting",
            description = "When, where or how, and the invitees;" + " children's social care must be invited.")
    ResponseEntity<Created> convene(
            Actor actor, @PathVariable String caseId, @Valid @RequestBody ConveneRequest request) {
        String force = escalations.actingForce(caseId, actor);
        String meetingId = UUID.randomUUID().toString();
        commands.sendAndWait(new ConveneStrategyMeetingCommand(
                meetingId,
                caseId,
                force,
                actor.actedBy(),
                request.scheduledFor(),
                request.venue(),
                participants(request.invitees())));
        return ResponseEntity.created(URI.create("/api/escalations/" + caseId + "/strategy-meetings/" + meetingId))
                .body(new Created(meetingId));
    }

    @PostMapping("/escalations/{caseId}/strategy-meetings/{meetingId}/attendance")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record that the meeting took place and who attended")
    void attendance(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String meetingId,
            @Valid @RequestBody AttendanceRequest request) {
        act(
                actor,
                caseId,
                () -> new RecordAttendanceCommand(
                        meetingId, caseId, actor.actedBy(), request.heldAt(), participants(request.attendees())));
    }

    @PostMapping("/escalations/{caseId}/strategy-meetings/{meetingId}/information-shared")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record information shared at the meeting with its lawful basis")
    Created informationShared(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String meetingId,
            @Valid @RequestBody InformationSharedRequest request) {
        return created(
                actor,
                caseId,
                id -> new RecordInformationSharedCommand(
                        meetingId,
                        caseId,
                        actor.actedBy(),
                        id,
                        request.sharedBy().toParticipant(),
                        request.summary(),
                        request.lawfulBasis()));
    }

    @PostMapping("/escalations/{caseId}/strategy-meetings/{meetingId}/decisions")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a decision with its rationale",
            description = "For SECTION_47_ENQUIRIES say whether enquiries start (startSection47).")
    Created decision(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String meetingId,
            @Valid @RequestBody DecisionRequest request) {
        return created(
                actor,
                caseId,
                id -> new RecordStrategyDecisionCommand(
                        meetingId,
                        caseId,
                        actor.actedBy(),
                        id,
                        request.topic(),
                        request.decision(),
                        request.startSection47(),
                        request.rationale()));
    }

    @PostMapping("/escalations/{caseId}/strategy-meetings/{meetingId}/actions")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Give an action to an organisation with a due date",
            description = "An action still open at its due date is flagged overdue by the action clock.")
    Created action(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String meetingId,
            @Valid @RequestBody ActionRequest request) {
        return created(
                actor,
                caseId,
                id -> new AssignActionCommand(
                        meetingId,
                        caseId,
                        actor.actedBy(),
                        id,
                        request.actionType(),
                        request.description(),
                        request.owner().toParticipant(),
                        request.dueBy()));
    }

    @PostMapping("/escalations/{caseId}/strategy-meetings/{meetingId}/actions/{actionId}/completion")
    @PoliceAccess(Rule.ACT_ON_CASE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Complete an action",
            description = "Completing it again, or one its owner completed, changes nothing and answers 204 again; the"
                    + " second note is not recorded (ADR 0090).")
    void complete(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String meetingId,
            @PathVariable String actionId,
            @Valid @RequestBody(required = false) CompletionRequest request) {
        act(
                actor,
                caseId,
                () -> new CompleteActionCommand(
                        meetingId, caseId, actor.actedBy(), actionId, request == null ? null : request.note()));
    }

    /** The caller must act for the case's force (404 for another force's case) before the command is made and sent. */
    private void act(Actor actor, String caseId, Supplier<StrategyMeetingCommand> command) {
        escalations.actingForce(caseId, actor);
        commands.sendAndWait(command.get());
    }

    /** As {@link #act}, for a command that adds a record to the meeting under a new id, which is the answer. */
    private Created created(Actor actor, String caseId, Function<String, StrategyMeetingCommand> command) {
        escalations.actingForce(caseId, actor);
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(command.apply(id));
        return new Created(id);
    }

    private static List<Participant> participants(List<ParticipantRequest> requests) {
        return requests.stream().map(ParticipantRequest::toParticipant).toList();
    }
}
