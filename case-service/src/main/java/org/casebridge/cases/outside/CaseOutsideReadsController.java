package org.casebridge.cases.outside;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Who outside the school read one of its cases in the police's and the agencies' services (ADR 0070). */
@RestController
@Tag(name = "Access log", description = "Every read of a case, its timeline or personal details, recorded")
public class CaseOutsideReadsController {

    private final OutsideReads reads;

    public CaseOutsideReadsController(OutsideReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/cases/{caseId}/outside-reads")
    @RecordsAccess("case-outside-reads")
    @Operation(
            summary = "Who outside the school read this case: the police and the agencies, newest first",
            description = "For the school's DSL and auditor, as the case itself. Each line is the first read of a"
                    + " window of minutes by one organisation, role and record, as the reading service told it;"
                    + " never who by name. The read is recorded.")
    @ApiResponse(responseCode = "404", description = "No such case of the school")
    public List<OutsideReadView> outsideReads(Actor actor, @PathVariable UUID caseId) {
        return reads.of(actor, caseId);
    }
}
