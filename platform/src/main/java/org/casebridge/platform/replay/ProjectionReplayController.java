package org.casebridge.platform.replay;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators rebuild a projection from the event store and follow the replay; auditors may follow it (ADR 0050). */
@RestController
@Tag(name = "Projections", description = "Read models rebuilt from the event store")
public class ProjectionReplayController {

    private final ProjectionReplays replays;

    public ProjectionReplayController(ProjectionReplays replays) {
        this.replays = replays;
    }

    @GetMapping("/api/projections")
    @RecordsAccess(value = "projections", caseIdVariable = "")
    @Operation(
            summary = "Every processing group of this instance: whether it may be replayed, whether a replay runs, "
                    + "its progress and position. Operators and auditors; the read is recorded.")
    public List<ReplayStatus> list(Actor actor) {
        if (actor.role() != Actor.Role.OPERATOR && actor.role() != Actor.Role.AUDITOR) {
            throw ReplayRefusedException.operatorOnly("list", actor.role().name());
        }
        return replays.statuses();
    }

    @PostMapping("/api/projections/{processingGroup}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Empties a projection's tables and applies every stored event again; answers at once, and "
                    + "GET /api/projections follows it. 409 for a group that sends messages, one being replayed, or "
                    + "one another instance holds. Operators only.")
    public ReplayStatus replay(
            Actor actor,
            @Parameter(description = "The processing group", example = "case-views") @PathVariable
                    String processingGroup) {
        if (actor.role() != Actor.Role.OPERATOR) {
            throw ReplayRefusedException.operatorOnly("replay", actor.role().name());
        }
        return replays.replay(processingGroup);
    }
}
