package org.casebridge.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Signed checkpoints: verifiable by anyone with the exported public key, and they catch a rewritten chain. */
class AuditCheckpointIT {

    @Test
    void aCheckpointVerifiesWithTheExportedPublicKeyAlone() throws Exception {
        AuditDatabase db = new AuditDatabase();
        db.event("one");
        db.access("case-1");
        db.chain.appendCommitted();

        Checkpoint checkpoint = db.checkpoints.take().orElseThrow();

        // as an outsider would, with the JDK only: the root is the hash of the statement, signed with the key
        byte[] root = MessageDigest.getInstance("SHA-256")
                .digest(checkpoint.statement().getBytes(StandardCharsets.UTF_8));
        assertThat(HexFormat.of().formatHex(root)).isEqualTo(checkpoint.root());
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(db.key.encodedPublicKey()))));
        signature.update(root);
        assertThat(signature.verify(Base64.getDecoder().decode(checkpoint.signature())))
                .isTrue();
        assertThat(checkpoint.eventEntries()).isEqualTo(1);
        assertThat(checkpoint.accessEntries()).isEqualTo(1);
        assertThat(checkpoint.signedBy(AuditSigningKey.generate().encodedPublicKey()))
                .isFalse();

        assertThat(db.checkpoints.take()).as("nothing new was chained").isEmpty();
    }

    @Test
    void aChainRewrittenAfterAChangedRowDiffersFromTheSignedCheckpoint() {
        AuditDatabase db = new AuditDatabase();
        long first = db.event("one");
        db.event("two");
        db.chain.appendCommitted();
        Checkpoint checkpoint = db.checkpoints.take().orElseThrow();

        db.tamper(
                "UPDATE domain_event_entry SET payload = convert_to('{\"text\":\"forged\"}', 'UTF8') WHERE global_index = "
                        + first,
                "DELETE FROM audit_chain",
                "DELETE FROM audit_chain_horizon");
        db.chain.appendCommitted();

        Verification verification = db.verify();
        assertThat(verification.verified()).isFalse();
        assertThat(verification.firstBrokenEntry())
                .isEqualTo(new Verification.BrokenEntry(
                        "event",
                        1,
                        first + 1,
                        "the chain differs from the one checkpoint " + checkpoint.id() + " signed"));
        assertThat(verification.checkpoint()).isNotNull();
        assertThat(verification.checkpoint().signatureValid()).isTrue();
    }

    @Test
    void aChainCutShortOfItsCheckpointDoesNotVerify() {
        AuditDatabase db = new AuditDatabase();
        db.access("case-1");
        db.access("case-2");
        db.chain.appendCommitted();
        db.checkpoints.take();

        db.tamper(
                "DELETE FROM access_log WHERE id = (SELECT max(id) FROM access_log)",
                "DELETE FROM audit_chain WHERE position = 1");

        assertThat(db.verify().firstBrokenEntry())
                .isEqualTo(new Verification.BrokenEntry(
                        "access", 1, null, "checkpoint 1 signed 2 entries; the chain has 1"));
    }

    @Test
    void aCheckpointSignedWithAnotherKeyDoesNotVerify() {
        AuditDatabase db = new AuditDatabase();
        db.event("one");
        db.chain.appendCommitted();
        db.checkpoints.take();

        Verification verification =
                db.verifier.verify(AuditSigningKey.generate().encodedPublicKey(), AuditVerifier.Progress.NONE);

        assertThat(verification.verified()).isFalse();
        assertThat(verification.firstBrokenEntry()).isNull();
        assertThat(verification.checkpoint().signatureValid()).isFalse();
    }
}
