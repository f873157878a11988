package org.casebridge.notification.sealing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import org.casebridge.notification.referral.command.AgencyCaseEvent;
import org.casebridge.notification.referral.command.AgencyCaseId;
import org.casebridge.platform.audit.AuditReseals;
import org.casebridge.platform.audit.AuditSigningKey;
import org.casebridge.platform.sealing.SealStoredFreeTextMigration;
import org.casebridge.platform.sealing.SealingMasterKey;
import org.springframework.stereotype.Component;

/**
 * Notification migration 24 (ADR 0075), run once by Flyway as the owner role: seals the free text of the agency case
 * events stored before sealing (the LADO's meeting and outcome rationales and the attendees' organisations) under
 * their agency case's key, exactly as the event store's serializer now writes it, creating each key ({@code
 * sealing_key}) on the way. Each rewritten row that the audit chain already holds is resealed with the service's
 * signature ({@link AuditReseals}), so the verifier still checks every byte. The stored revision is kept (the reader
 * takes a sealed or a clear field in every revision). An upcaster could not do this: it runs on every read and has no
 * key.
 */
@Component
public class SealStoredFreeText extends SealStoredFreeTextMigration {

    static final String REASON = "ADR 0075: agency case free text sealed under the agency case's key";

    private final SealingMasterKey masterKey;

    public SealStoredFreeText(SealingMasterKey masterKey, AuditSigningKey signingKey, Clock clock) {
        super("24", 75, REASON, signingKey, clock);
        this.masterKey = masterKey;
    }

    @Override
    protected void report(Result result) {
        report(result, "stored agency case events", "agency cases", "an agency case id");
    }

    @Override
    public Result seal(Connection connection) throws SQLException, IOException {
        return sealUnderVaultKeys(
                connection,
                masterKey,
                Arrays.stream(AgencyCaseEvent.class.getPermittedSubclasses()),
                payload -> textField(payload, "agencyCaseId").map(AgencyCaseId::sealingKey));
    }
}
