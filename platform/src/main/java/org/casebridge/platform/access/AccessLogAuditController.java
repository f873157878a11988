package org.casebridge.platform.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.problem.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An auditor's questions to the access log: who read what, filtered by person, case, reading organisation and time,
 * within the auditor's own organisation (ADR 0019). Every search is itself recorded.
 */
@RestController
@Tag(name = "Access log", description = "Every read of a case, its timeline or personal details, recorded")
public class AccessLogAuditController {

    private final AccessLogSearch search;

    public AccessLogAuditController(AccessLogSearch search) {
        this.search = search;
    }

    @GetMapping("/api/audit/access-log")
    @RecordsAccess(value = "access-log-search", caseIdVariable = "")
    @Operation(
            summary = "Search the access log, newest first, a page at a time (auditors only; 403 for others)",
            description = "An auditor sees reads by their own organisation's people and reads of their organisation's"
                    + " cases by anyone. from is inclusive, to exclusive (ISO-8601 instants). The search is recorded.")
    public AccessLogSearch.Page find(
            Actor actor,
            @Parameter(description = "Who read (the reader's user id)", example = "officer.morgan")
                    @RequestParam(required = false)
                    @Nullable
                    String person,
            @Parameter(description = "Which case", example = "0b9d2c4e-8a51-4f0e-9c39-5f1c6d0b7a11")
                    @RequestParam(required = false)
                    @Nullable
                    String caseId,
            @Parameter(description = "The reader's organisation", example = "MPS")
                    @RequestParam(required = false)
                    @Nullable
                    String organisation,
            @Parameter(description = "Reads at or after", example = "2026-11-01T00:00:00Z")
                    @RequestParam(required = false)
                    @Nullable
                    Instant from,
            @Parameter(description = "Reads before", example = "2026-12-01T00:00:00Z")
                    @RequestParam(required = false)
                    @Nullable
                    Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (actor.role() != Actor.Role.AUDITOR) {
            throw new AuditorRoleRequiredException(actor.role().name());
        }
        return search.forAuditor(actor.organisation(), filter(person, caseId, organisation, from, to), page, size);
    }

    /** The filter of a request, or a 400 problem when its period is empty. */
    public static AccessLogSearch.Filter filter(
            @Nullable String person,
            @Nullable String caseId,
            @Nullable String organisation,
            @Nullable Instant from,
            @Nullable Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidParameterException("from", "from must be before to.");
        }
        return new AccessLogSearch.Filter(person, caseId, organisation, from, to);
    }
}
