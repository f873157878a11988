package org.casebridge.platform.deadletter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operators see and retry the events a projection parked; auditors may see them (ADR 0012). */
@RestController
@Tag(name = "Dead letters", description = "Events a projection could not apply, parked per aggregate")
public class DeadLetterController {

    private final ParkedEvents parked;
    private final DeadLetterOperations operations;

    public DeadLetterController(ParkedEvents parked, DeadLetterOperations operations) {
        this.parked = parked;
        this.operations = operations;
    }

    @GetMapping("/api/dead-letters")
    @RecordsAccess(value = "dead-letters", caseIdVariable = "")
    @Operation(
            summary = "The parked events, without their data: group, aggregate, type, when and why. Operators "
                    + "and auditors; the read is recorded.")
    public List<ParkedEvent> list(
            Actor actor,
            @Parameter(description = "Only this processing group", example = "case-views")
                    @RequestParam(required = false)
                    String processingGroup,
            @RequestParam(defaultValue = "100") int limit) {
        if (actor.role() != Actor.Role.OPERATOR && actor.role() != Actor.Role.AUDITOR) {
            throw new OperatorRoleRequiredException("list", actor.role().name());
        }
        if (processingGroup != null && !operations.groups().contains(processingGroup)) {
            throw new NotFoundException("processing group that parks events", processingGroup);
        }
        return parked.list(processingGroup, Math.max(1, limit));
    }

    @PostMapping("/api/dead-letters/{processingGroup}/retry")
    @Operation(
            summary = "Retries the parked sequences of a processing group (or one, by sequenceId) in order; "
                    + "what applies leaves the queue, what fails again stays parked. Operators only.")
    public DeadLetterOperations.RetryResult retry(
            Actor actor,
            @Parameter(description = "The processing group", example = "case-views") @PathVariable
                    String processingGroup,
            @Parameter(description = "Only this sequence (the aggregate id)") @RequestParam(required = false)
                    String sequenceId) {
        if (actor.role() != Actor.Role.OPERATOR) {
            throw new OperatorRoleRequiredException("retry", actor.role().name());
        }
        return operations.retry(processingGroup, sequenceId);
    }
}
