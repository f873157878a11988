package org.casebridge.notification.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.casebridge.notification.agency.ReadScope;
import org.casebridge.notification.delivery.query.AgencyCaseSummary;
import org.casebridge.notification.delivery.query.AgencyCaseView;
import org.casebridge.notification.delivery.query.AgencyCases;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cases the caller's agency is entitled to: those it has been sent something about. A case it was sent nothing
 * about answers 404 exactly as one that does not exist. An auditor sees every agency's.
 */
@RestController
@Validated
@Tag(name = "Cases", description = "The cases an agency has been sent something about, pseudonymous as the events")
public class AgencyCaseController {

    private final AgencyCases cases;

    public AgencyCaseController(AgencyCases cases) {
        this.cases = cases;
    }

    @GetMapping("/api/agency/cases")
    @RecordsAccess(value = "agency-cases", caseIdVariable = "")
    @Operation(
            summary = "The cases shared with the caller's agency, most recently shared first",
            description = "Case id, area, the event types shared, when and on which lawful basis; at most "
                    + AgencyCases.MAX_ROWS + " cases. An auditor sees one row per agency and case.")
    public List<AgencyCaseSummary> list(Actor actor) {
        return cases.list(ReadScope.of(actor));
    }

    @GetMapping("/api/agency/cases/{caseId}")
    @RecordsAccess("agency-case")
    @Operation(summary = "One case shared with the caller's agency, with every share (recorded against the case)")
    @ApiResponse(responseCode = "404", description = "Nothing about this case was shared with the caller's agency")
    public AgencyCaseView get(
            Actor actor,
            @Parameter(example = "8ccb4417-2b1e-4a4e-9f0e-5d1b6a3c2e10") @Size(max = 255) @PathVariable String caseId) {
        return cases.find(ReadScope.of(actor), caseId).orElseThrow(() -> new NotFoundException("case", caseId));
    }
}
