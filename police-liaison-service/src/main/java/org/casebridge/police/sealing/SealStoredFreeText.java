package org.casebridge.police.sealing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.casebridge.platform.audit.AuditReseals;
import org.casebridge.platform.audit.AuditSigningKey;
import org.casebridge.platform.sealing.SealStoredFreeTextMigration;
import org.casebridge.platform.sealing.SealingMasterKey;
import org.casebridge.police.device.command.DeviceEvent;
import org.casebridge.police.escalation.command.EscalationEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent;
import org.springframework.stereotype.Component;

/**
 * Police migration 11 (ADR 0064), run once by Flyway as the owner role: seals the free text of the escalation, device
 * and strategy-meeting events stored before sealing under their case's key, exactly as the event store's serializer
 * now writes it, creating each case's key ({@code sealing_key}) on the way. Each rewritten row that the audit chain
 * already holds is resealed with the service's signature ({@link AuditReseals}), so the verifier still checks every
 * byte. The stored revision is kept (the reader takes a sealed or a clear field in every revision), so the upcasters
 * still apply. An upcaster could not do this: it runs on every read and has no key.
 */
@Component
public class SealStoredFreeText extends SealStoredFreeTextMigration {

    static final String REASON = "ADR 0064: police free text sealed under the case's key";

    private final SealingMasterKey masterKey;

    public SealStoredFreeText(SealingMasterKey masterKey, AuditSigningKey signingKey, Clock clock) {
        super("11", 64, REASON, signingKey, clock);
        this.masterKey = masterKey;
    }

    @Override
    protected void report(Result result) {
        report(result, "stored police events", "cases", "a case id");
    }

    @Override
    public Result seal(Connection connection) throws SQLException, IOException {
        return sealUnderVaultKeys(
                connection,
                masterKey,
                Stream.of(EscalationEvent.class, StrategyMeetingEvent.class, DeviceEvent.class)
                        .flatMap(root -> Arrays.stream(root.getPermittedSubclasses())),
                payload -> textField(payload, "caseId").flatMap(SealStoredFreeText::uuid));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
