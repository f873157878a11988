package org.casebridge.platform.sealing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The keys of sealed text for a service with no key table of its own (ADR 0064): the platform's {@code sealing_key}
 * table, one 256-bit key per record, wrapped (AES-256-GCM, the record's id as associated data) by the service's master
 * key, so that a copy of the database alone opens nothing. A record's key is created with its first sealed text, in
 * the transaction that stores it; {@link #destroy} removes it for good, and every text sealed under it reads as
 * {@link SealedText#ERASED} from then on.
 */
public class SealingKeyVault implements TextKeys {

    /** AES-256. */
    public static final int KEY_BYTES = 32;

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final byte[] masterKey;
    private final SecureRandom random = new SecureRandom();

    public SealingKeyVault(JdbcTemplate jdbc, Clock clock, byte[] masterKey) {
        if (masterKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("The master key must be " + KEY_BYTES + " bytes");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.masterKey = Arrays.copyOf(masterKey, KEY_BYTES);
    }

    /**
     * A copy of the record's key, created in the caller's transaction if the record has none yet; empty once it was
     * destroyed. A key is never created again after its destruction.
     */
    @Override
    public Optional<byte[]> key(UUID keyId) {
        Optional<Optional<byte[]>> stored = stored(keyId);
        if (stored.isEmpty()) {
            byte[] key = new byte[KEY_BYTES];
            random.nextBytes(key);
            try {
                jdbc.update(
                        "INSERT INTO sealing_key (key_id, key_material, created_at) VALUES (?, ?, ?)"
                                + " ON CONFLICT (key_id) DO NOTHING",
                        keyId,
                        wrap(keyId, key),
                        Timestamp.from(clock.instant()));
            } finally {
                Arrays.fill(key, (byte) 0);
            }
            stored = stored(keyId);
        }
        return stored.flatMap(material -> material).map(material -> unwrap(keyId, material));
    }

    /** Whether the record's key exists: false once destroyed, or for a record that never sealed any text. */
    public boolean hasKey(UUID keyId) {
        return stored(keyId).flatMap(material -> material).isPresent();
    }

    /** Destroys the record's key for good (or records that it may never have one), in the caller's transaction. */
    public void destroy(UUID keyId) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                INSERT INTO sealing_key (key_id, key_material, created_at, destroyed_at) VALUES (?, NULL, ?, ?)
                ON CONFLICT (key_id) DO UPDATE SET key_material = NULL,
                    destroyed_at = COALESCE(sealing_key.destroyed_at, excluded.destroyed_at)""", keyId, now, now);
    }

    /** Empty when the record has no row; a row's material, empty once destroyed. */
    private Optional<Optional<byte[]>> stored(UUID keyId) {
        return jdbc
                .query(
                        "SELECT key_material FROM sealing_key WHERE key_id = ?",
                        (rs, row) -> Optional.ofNullable(rs.getBytes(1)),
                        keyId)
                .stream()
                .findFirst();
    }

    private byte[] wrap(UUID keyId, byte[] key) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] wrapped = run(Cipher.ENCRYPT_MODE, nonce, keyId, key);
        byte[] material = Arrays.copyOf(nonce, NONCE_BYTES + wrapped.length);
        System.arraycopy(wrapped, 0, material, NONCE_BYTES, wrapped.length);
        return material;
    }

    private byte[] unwrap(UUID keyId, byte[] material) {
        return run(
                Cipher.DECRYPT_MODE,
                Arrays.copyOf(material, NONCE_BYTES),
                keyId,
                Arrays.copyOfRange(material, NONCE_BYTES, material.length));
    }

    private byte[] run(int mode, byte[] nonce, UUID keyId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(masterKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(("casebridge-sealing-key/" + keyId).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "A sealing key could not be " + (mode == Cipher.ENCRYPT_MODE ? "wrapped" : "unwrapped"), e);
        }
    }
}
