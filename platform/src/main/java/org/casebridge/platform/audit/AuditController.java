package org.casebridge.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Auditors verify the service's audit trail and export its signed checkpoints (ADR 0045). */
@RestController
@Tag(name = "Audit", description = "The hash-chained event store and access log, their verification and checkpoints")
public class AuditController {

    /** Most checkpoints one export returns. */
    static final int MAX_CHECKPOINTS = 1000;

    private final AuditVerifier verifier;
    private final AuditCheckpoints checkpoints;
    private final AuditSigningKey key;
    private final AuditMetrics metrics;

    public AuditController(
            AuditVerifier verifier, AuditCheckpoints checkpoints, AuditSigningKey key, AuditMetrics metrics) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.key = key;
        this.metrics = metrics;
    }

    @GetMapping("/api/audit/verification")
    @RecordsAccess(value = "audit-verification", caseIdVariable = "")
    @Operation(
            summary = "Checks every chain (event store, access log) against the stored rows and the latest signed "
                    + "checkpoint, and names the first entry that breaks. Auditors only; the read is recorded.")
    public Verification verification(Actor actor) {
        requireAuditor(actor);
        return metrics.record(verifier.verify(key.encodedPublicKey(), AuditVerifier.Progress.NONE));
    }

    @GetMapping("/api/audit/checkpoints")
    @RecordsAccess(value = "audit-checkpoints", caseIdVariable = "")
    @Operation(
            summary = "The signed checkpoints, newest first, with the service's public key, for a party outside the "
                    + "service to keep and verify later. Auditors only; the read is recorded.")
    public CheckpointExport checkpoints(Actor actor, @RequestParam(defaultValue = "100") int limit) {
        requireAuditor(actor);
        return new CheckpointExport(
                AuditSigningKey.ALGORITHM,
                key.encodedPublicKey(),
                checkpoints.list(Math.min(Math.max(limit, 1), MAX_CHECKPOINTS)));
    }

    private static void requireAuditor(Actor actor) {
        if (actor.role() != Actor.Role.AUDITOR) {
            throw new AuditorRoleRequiredException(actor.role().name());
        }
    }

    /**
     * @param publicKey base64 X.509 of the service's current key; each checkpoint names the key that signed it
     */
    public record CheckpointExport(String algorithm, String publicKey, List<Checkpoint> checkpoints) {}
}
