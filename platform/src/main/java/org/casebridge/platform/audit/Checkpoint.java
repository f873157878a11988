package org.casebridge.platform.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signed checkpoint: the count and head hash of each chain at a time. {@code root} is the SHA-256 of
 * {@link #statement()} (UTF-8) and {@code signature} is the Ed25519 signature of the root's 32 bytes, so anyone with
 * the exported public key can check a kept checkpoint and later compare it with the chain.
 *
 * @param eventHead hex of the event chain's hash at entry {@code eventEntries - 1} (zeros for an empty chain)
 * @param publicKey base64 X.509 of the key that signed it
 * @param signature base64
 */
public record Checkpoint(
        long id,
        Instant takenAt,
        long eventEntries,
        String eventHead,
        long accessEntries,
        String accessHead,
        String root,
        String algorithm,
        String publicKey,
        String signature) {

    static final HexFormat HEX = HexFormat.of();

    /** The text the root is the hash of. */
    public String statement() {
        return statement(takenAt, eventEntries, eventHead, accessEntries, accessHead);
    }

    static String statement(
            Instant takenAt, long eventEntries, String eventHead, long accessEntries, String accessHead) {
        return "casebridge-audit-checkpoint/v1|" + takenAt + "|event|" + eventEntries + "|" + eventHead + "|access|"
                + accessEntries + "|" + accessHead;
    }

    static byte[] root(String statement) {
        return AuditSource.sha256(statement.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the root is the hash of the statement and the signature the given key's. */
    public boolean signedBy(String base64PublicKey) {
        byte[] root = HEX.parseHex(this.root);
        return Arrays.equals(root, root(statement()))
                && AuditSigningKey.verifies(
                        AuditSigningKey.publicKey(base64PublicKey),
                        root,
                        Base64.getDecoder().decode(signature));
    }

    long entries(AuditSource source) {
        return source == AuditSource.EVENT ? eventEntries : accessEntries;
    }

    String head(AuditSource source) {
        return source == AuditSource.EVENT ? eventHead : accessHead;
    }
}
