package org.casebridge.platform.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts drafts at rest with AES-256-GCM under the service's draft key, with a fresh 96-bit nonce per save and
 * the owner and draft key as associated data, so that a row copied to another user or another form fails
 * authentication instead of decrypting. The key comes from {@code CASEBRIDGE_PORTAL_DRAFTS_KEY} (base64 of 32
 * random bytes); only the {@code local} profile falls back to a published development key.
 */
final class DraftCipher {

    /** Published on purpose: it protects nothing but the drafts of a developer's own machine. */
    static final String DEVELOPMENT_KEY_SEED = "casebridge-local-development-drafts-key-not-secret";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    /** NIST SP 800-38D: a 96-bit nonce is the recommended size for GCM. */
    static final int NONCE_BYTES = 12;
    /** The full 128-bit tag; shorter tags weaken authentication. */
    private static final int TAG_BITS = 128;

    private static final int KEY_BYTES = 32;

    private final byte[] key;
    private final SecureRandom random = new SecureRandom();

    private DraftCipher(byte[] key) {
        this.key = key;
    }

    /** The cipher under a configured key (base64 of 32 bytes). */
    static DraftCipher of(String base64) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("CASEBRIDGE_PORTAL_DRAFTS_KEY is not base64", e);
        }
        if (decoded.length != KEY_BYTES) {
            throw new IllegalStateException("CASEBRIDGE_PORTAL_DRAFTS_KEY must decode to " + KEY_BYTES + " bytes");
        }
        return new DraftCipher(decoded);
    }

    /** The cipher under the published development key, for the local stack only. */
    static DraftCipher development() {
        try {
            return new DraftCipher(
                    MessageDigest.getInstance("SHA-256").digest(DEVELOPMENT_KEY_SEED.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The nonce followed by the ciphertext and its tag. */
    byte[] seal(String associatedData, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, associatedData, plaintext, 0, plaintext.length);
        byte[] out = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return out;
    }

    /** The plaintext, or an {@link AEADBadTagException} cause when the row was altered or moved. */
    byte[] open(String associatedData, byte[] sealed) {
        if (sealed.length < NONCE_BYTES) {
            throw new IllegalStateException("A stored draft is too short to be sealed");
        }
        return run(
                Cipher.DECRYPT_MODE,
                Arrays.copyOf(sealed, NONCE_BYTES),
                associatedData,
                sealed,
                NONCE_BYTES,
                sealed.length - NONCE_BYTES);
    }

    private byte[] run(int mode, byte[] nonce, String associatedData, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input, offset, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "A draft could not be "
                            + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted or failed authentication"),
                    e);
        }
    }
}
