package org.casebridge.platform.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import javax.sql.DataSource;
import org.casebridge.platform.test.EmbeddedInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The platform's vault of sealing keys (ADR 0064) on real PostgreSQL: a record's key is created once and then the same
 * for every reader, is stored only wrapped, opens nothing under another master key, and once destroyed is gone for good
 * (never created again, and the table refuses material beside a destruction date).
 */
class SealingKeyVaultIT {

    private static final byte[] MASTER = "sealing-key-vault-test-master-32".getBytes(StandardCharsets.US_ASCII);

    private final JdbcTemplate jdbc = database();
    private final SealingKeyVault vault = new SealingKeyVault(jdbc, Clock.systemUTC(), MASTER);

    @Test
    void aRecordsKeyIsCreatedOnceStoredWrappedAndTheSameForEveryReader() {
        UUID record = UUID.randomUUID();
        assertThat(vault.hasKey(record)).isFalse();

        byte[] first = vault.key(record).orElseThrow();
        byte[] again =
                new SealingKeyVault(jdbc, Clock.systemUTC(), MASTER).key(record).orElseThrow();

        assertThat(first).hasSize(SealingKeyVault.KEY_BYTES).isEqualTo(again);
        assertThat(vault.hasKey(record)).isTrue();
        byte[] stored =
                jdbc.queryForObject("SELECT key_material FROM sealing_key WHERE key_id = ?", byte[].class, record);
        assertThat(indexOf(stored, first)).as("stored only wrapped").isNegative();
        assertThat(SealedText.open(again, record, SealedText.seal(first, record, "A name")))
                .isEqualTo("A name");
    }

    @Test
    void anotherMasterKeyOpensNoRecordsKey() {
        UUID record = UUID.randomUUID();
        vault.key(record);
        byte[] otherMaster = Arrays.copyOf(MASTER, MASTER.length);
        otherMaster[0] ^= 1;

        assertThatThrownBy(() -> new SealingKeyVault(jdbc, Clock.systemUTC(), otherMaster).key(record))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDestroyedKeyIsGoneForGood() {
        UUID record = UUID.randomUUID();
        vault.key(record);

        vault.destroy(record);
        vault.destroy(record);

        assertThat(vault.key(record)).as("never created again").isEmpty();
        assertThat(vault.hasKey(record)).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT key_material IS NULL AND destroyed_at IS NOT NULL FROM sealing_key WHERE key_id = ?",
                        Boolean.class,
                        record))
                .isTrue();
        assertThatThrownBy(() ->
                        jdbc.update("UPDATE sealing_key SET key_material = '\\x00'::bytea WHERE key_id = ?", record))
                .isInstanceOf(DataIntegrityViolationException.class);
        UUID never = UUID.randomUUID();
        vault.destroy(never);
        assertThat(vault.key(never))
                .as("a record erased before it sealed anything gets no key")
                .isEmpty();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static JdbcTemplate database() {
        String url = EmbeddedInfrastructure.createDatabase("sealing");
        DataSource dataSource = EmbeddedInfrastructure.dataSource(
                url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", ""));
        Flyway.configure()
                .dataSource(dataSource)
                .table("platform_schema_history")
                .locations("classpath:db/platform")
                .load()
                .migrate();
        return new JdbcTemplate(dataSource);
    }
}
