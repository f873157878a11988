package org.casebridge.platform.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who read what: an auditor may ask about every case unless the service's {@link AccessLogScope} narrows them to their
 * organisation's; others only about cases that scope lets them see.
 */
@RestController
@Tag(name = "Access log", description = "Every read of a case, its timeline or personal details, recorded")
public class AccessLogController {

    private final AccessLog accessLog;
    private final ObjectProvider<AccessLogScope> scope;

    public AccessLogController(AccessLog accessLog, ObjectProvider<AccessLogScope> scope) {
        this.accessLog = accessLog;
        this.scope = scope;
    }

    @GetMapping("/api/access-log")
    @RecordsAccess(value = "access-log", caseIdVariable = "")
    @Operation(
            summary = "Who read a case, newest first. Auditors may leave out caseId to see every read; "
                    + "reading the log is itself recorded.")
    public List<AccessEntry> find(
            Actor actor,
            @Parameter(description = "The case", example = "0b9d2c4e-8a51-4f0e-9c39-5f1c6d0b7a11")
                    @RequestParam(required = false)
                    String caseId,
            @Parameter(description = "Only reads by this organisation", example = "MPS") @RequestParam(required = false)
                    String readerOrganisation,
            @RequestParam(defaultValue = "100") int limit) {
        AccessLogScope own = scope.getIfAvailable();
        boolean everyCase = actor.role() == Actor.Role.AUDITOR && (own == null || own.auditorReadsEveryCase(actor));
        if (!everyCase) {
            if (caseId == null || own == null || !own.mayReadAccessTo(actor, caseId)) {
                throw caseId == null
                        ? NotFoundException.none("access log of every case")
                        : new NotFoundException("access log for case", caseId);
            }
        }
        return accessLog.find(caseId, readerOrganisation, limit);
    }
}
