package org.casebridge.platform.sealing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens free text under a record's key (ADR 0058): AES-256-GCM under a key derived from the record's key,
 * the record's id as associated data (a ciphertext copied to another record fails), and a synthetic nonce, the first
 * 96 bits of an HMAC-SHA256 over the associated data and the text under a second derived key. The same text under the
 * same key therefore seals to the same bytes (so a stored event writes again as it was saved, and GCM never sees one
 * nonce with two texts); what that reveals is only that two fields of one record hold the same text.
 */
public final class SealedText {

    /** What a reader sees of sealed text whose key was destroyed. */
    public static final String ERASED = "Erased with the case's personal details";

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private SealedText() {}

    /** The nonce followed by the ciphertext and its tag. */
    public static byte[] seal(byte[] key, UUID keyId, String text) {
        byte[] aad = associatedData(keyId);
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        byte[] nonceInput = ByteBuffer.allocate(aad.length + 1 + plain.length)
                .put(aad)
                .put((byte) 0)
                .put(plain)
                .array();
        byte[] nonce = Arrays.copyOf(hmac(derive(key, "nonce"), nonceInput), NONCE_BYTES);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, derive(key, "text"), nonce, aad, plain);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce)
                .put(sealed)
                .array();
    }

    /** The text sealed by {@link #seal}; fails if the bytes were changed or sealed under another record. */
    public static String open(byte[] key, UUID keyId, byte[] sealed) {
        if (sealed.length < NONCE_BYTES) {
            throw new IllegalStateException("Sealed text is too short");
        }
        byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length);
        return new String(
                run(Cipher.DECRYPT_MODE, derive(key, "text"), nonce, associatedData(keyId), ciphertext),
                StandardCharsets.UTF_8);
    }

    private static byte[] associatedData(UUID keyId) {
        return ("casebridge-sealed-text/v1/" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] derive(byte[] key, String purpose) {
        return hmac(key, ("casebridge-sealed-text/" + purpose).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, byte[] input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] run(int mode, byte[] key, byte[] nonce, byte[] aad, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Text could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened or failed authentication"),
                    e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
