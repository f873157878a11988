package org.casebridge.cases.personaldetails;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a fresh 96-bit nonce per encryption and the case and child ref as associated data, so that a
 * ciphertext copied to another case or child fails authentication instead of decrypting.
 */
final class CaseKeyCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    /** NIST SP 800-38D: a 96-bit nonce is the recommended size for GCM. */
    private static final int NONCE_BYTES = 12;
    /** The full 128-bit tag; shorter tags weaken authentication. */
    private static final int TAG_BITS = 128;

    private static final int KEY_BITS = 256;

    private final SecureRandom random = new SecureRandom();

    byte[] newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(KEY_BITS, random);
            return generator.generateKey().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    Sealed encrypt(byte[] key, String associatedData, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return new Sealed(nonce, run(Cipher.ENCRYPT_MODE, key, nonce, associatedData, plaintext));
    }

    byte[] decrypt(byte[] key, String associatedData, Sealed sealed) {
        return run(Cipher.DECRYPT_MODE, key, sealed.nonce(), associatedData, sealed.ciphertext());
    }

    private static byte[] run(int mode, byte[] key, byte[] nonce, String associatedData, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Personal details could not be "
                            + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted or failed authentication"),
                    e);
        }
    }

    /** A nonce and the ciphertext with its tag. */
    record Sealed(byte[] nonce, byte[] ciphertext) {}
}
