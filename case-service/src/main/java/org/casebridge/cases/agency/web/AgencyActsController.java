package org.casebridge.cases.agency.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.casebridge.cases.agency.AgencyActs;
import org.casebridge.cases.agency.query.AgencyActsView;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Other agencies' acts in the school's case (ADR 0022): children's social care's acknowledgement of the referral and
 * its clock, section 47 enquiries, and the strategy actions the police gave the school, which its DSL marks done.
 */
@RestController
@Validated
@RequestMapping("/api/cases")
@Tag(
        name = "Agencies",
        description = "Children's social care's handling of the referral, the school's strategy actions")
public class AgencyActsController {

    private final AgencyActs acts;

    public AgencyActsController(AgencyActs acts) {
        this.acts = acts;
    }

    @GetMapping("/{caseId}/agencies")
    @RecordsAccess("case-agencies")
    @Operation(
            summary = "What children's social care did about the referral, and the school's strategy actions",
            description =
                    "acknowledgementOverdue is the case's flag: an agency had not acknowledged the referral by the"
                            + " end of the next working day, or acknowledged it late.")
    public AgencyActsView agencies(Actor actor, @PathVariable UUID caseId) {
        return acts.of(actor, caseId);
    }

    @PostMapping("/{caseId}/strategy-actions/{actionId}/completion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Mark a strategy action the police gave the school done",
            description = "Published to the police, who complete the action on the meeting only if the school owns it."
                    + " Marking an action done again, or one the police completed, changes nothing and answers 204"
                    + " again (ADR 0090).")
    @ApiResponse(responseCode = "403", description = "Not the DSL of the school that owns the action")
    @ApiResponse(responseCode = "404", description = "No such case or action of the school")
    public void markDone(
            Actor actor,
            @PathVariable UUID caseId,
            @Parameter(example = "action-1") @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}") @PathVariable
                    String actionId) {
        acts.markActionDone(actor, caseId, actionId);
    }
}
