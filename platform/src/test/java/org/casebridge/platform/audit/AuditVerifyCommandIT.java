package org.casebridge.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.casebridge.platform.test.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;

/** The operator's command shows its progress and answers by its exit status. */
class AuditVerifyCommandIT {

    @Test
    void showsProgressAndExitsZeroOnlyWhileTheTrailVerifies() {
        AuditDatabase db = new AuditDatabase();
        long event = db.event("one");
        db.access("case-1");
        db.chain.appendCommitted();
        db.checkpoints.take();
        Map<String, String> environment = Map.of(
                "CASEBRIDGE_DB_URL", db.url,
                "CASEBRIDGE_DB_USER", EmbeddedInfrastructure.username(),
                "CASEBRIDGE_DB_PASSWORD", EmbeddedInfrastructure.password(),
                "CASEBRIDGE_AUDIT_PUBLIC_KEY", db.key.encodedPublicKey());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(AuditVerifyCommand.run(environment, new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("event  1 of 1 entries (100%)", "access 1 of 1 entries (100%)", "VERIFIED");

        db.tamper("DELETE FROM domain_event_entry WHERE global_index = " + event);
        out.reset();
        assertThat(AuditVerifyCommand.run(environment, new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isOne();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("NOT VERIFIED", "the row was removed");

        assertThat(AuditVerifyCommand.run(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
    }
}
