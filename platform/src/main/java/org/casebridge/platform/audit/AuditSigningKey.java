package org.casebridge.platform.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's Ed25519 key for checkpoints: the private key signs, the public key is exported with every checkpoint
 * so that anyone can verify them later. Configured as base64 PKCS#8 and X.509 ({@code CASEBRIDGE_AUDIT_SIGNING_KEY},
 * {@code CASEBRIDGE_AUDIT_PUBLIC_KEY}); without them a development key is generated, and kept in a file when one is
 * named (the local stack), so checkpoints stay verifiable across restarts. The private key is never logged.
 */
public final class AuditSigningKey {

    public static final String ALGORITHM = "Ed25519";

    private static final Logger log = LoggerFactory.getLogger(AuditSigningKey.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private AuditSigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        byte[] probe = "casebridge-audit-key-check".getBytes(StandardCharsets.UTF_8);
        if (!verifies(publicKey, probe, sign(probe))) {
            throw new IllegalStateException("The audit public key is not the signing key's");
        }
    }

    /** The configured pair, or a development key (from {@code devKeyFile} if it exists, else new). */
    public static AuditSigningKey load(
            @Nullable String signingKey, @Nullable String publicKey, @Nullable String devKeyFile) {
        if (signingKey != null && !signingKey.isBlank()) {
            if (publicKey == null || publicKey.isBlank()) {
                throw new IllegalStateException(
                        "casebridge.audit.signing-key needs casebridge.audit.public-key beside it");
            }
            return new AuditSigningKey(privateKey(signingKey.strip()), publicKey(publicKey.strip()));
        }
        if (devKeyFile != null && !devKeyFile.isBlank()) {
            return fromFile(Path.of(devKeyFile));
        }
        log.warn("Audit checkpoints are signed with a key generated at start: set CASEBRIDGE_AUDIT_SIGNING_KEY and"
                + " CASEBRIDGE_AUDIT_PUBLIC_KEY, or checkpoints made before a restart no longer verify");
        return generate();
    }

    public static AuditSigningKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new AuditSigningKey(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK since 15 has Ed25519", e);
        }
    }

    /** Two instances of a service may start together: the first to create the file wins, the other reads it. */
    private static AuditSigningKey fromFile(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                AuditSigningKey key = generate();
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path written = Files.createTempFile(file.toAbsolutePath().getParent(), "audit-key", ".tmp");
                Files.writeString(written, key.encodedPrivateKey() + "\n" + key.encodedPublicKey() + "\n");
                try {
                    Files.createLink(file, written);
                    log.warn("Audit checkpoints are signed with a development key generated in {}", file);
                } catch (FileAlreadyExistsException e) {
                    // another instance was first
                } finally {
                    Files.delete(written);
                }
            }
            List<String> lines = Files.readAllLines(file);
            return new AuditSigningKey(
                    privateKey(lines.get(0).strip()), publicKey(lines.get(1).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the audit development key " + file, e);
        }
    }

    static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The audit signing key is not a base64 PKCS#8 Ed25519 key", e);
        }
    }

    public static PublicKey publicKey(String base64) {
        return publicKey(Base64.getDecoder().decode(base64));
    }

    public static PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The audit public key is not a base64 X.509 Ed25519 key", e);
        }
    }

    public byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the audit key", e);
        }
    }

    public static boolean verifies(PublicKey key, byte[] message, byte[] signed) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(signed);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String encodedPublicKey() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    private String encodedPrivateKey() {
        return Base64.getEncoder().encodeToString(privateKey.getEncoded());
    }

    @Override
    public String toString() {
        return "AuditSigningKey[public=" + encodedPublicKey() + "]";
    }
}
