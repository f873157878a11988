package org.casebridge.cases.incident.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.casebridge.platform.access.AccessLogAuditController;
import org.casebridge.platform.access.AccessLogSearch;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who outside the school read the school's cases, as case-service's access log knows it (ADR 0047): reads of the
 * caller's organisation's cases by people of any other organisation. Reads the police and agencies make of what
 * the school shared with them are in their own services' logs.
 */
@RestController
@Tag(name = "Access log", description = "Every read of a case, its timeline or personal details, recorded")
public class OutsideReadsController {

    private final AccessLogSearch search;

    public OutsideReadsController(AccessLogSearch search) {
        this.search = search;
    }

    @GetMapping("/api/outside-reads")
    @RecordsAccess(value = "outside-reads", caseIdVariable = "")
    @Operation(
            summary = "Reads of the caller's school's cases by other organisations, newest first, a page at a time",
            description = "For a DSL or the school's auditor; anyone else has no school's cases here and gets an"
                    + " empty page. Filters as the auditor's search; the read is recorded.")
    public AccessLogSearch.Page outsideReads(
            Actor actor,
            @Parameter(description = "Which case") @RequestParam(required = false) @Nullable String caseId,
            @Parameter(description = "The reader's organisation", example = "WMP")
                    @RequestParam(required = false)
                    @Nullable
                    String organisation,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return search.readsByOthers(
                actor.organisation(),
                AccessLogAuditController.filter(null, caseId, organisation, from, to),
                page,
                size);
    }
}
