package org.casebridge.platform.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.casebridge.platform.security.UnsafeConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The master key of a service's sealing keys: from its setting, or the published development key on loopback only. */
class SealingMasterKeyTest {

    private static final String SEED = "a-service-local-development-key-not-secret";

    @Test
    void aServiceWithoutTheKeyDoesNotStartOutsideTheLocalProfile() {
        assertThatThrownBy(() -> SealingMasterKey.from(" ", environment(Map.of()), SEED, "the texts"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CASEBRIDGE_PERSONAL_DATA_KEY");
    }

    @Test
    void theKeyIsBase64OfThirtyTwoBytes() {
        byte[] key = new byte[32];
        key[0] = 7;
        assertThat(SealingMasterKey.from(
                        Base64.getEncoder().encodeToString(key), environment(Map.of()), SEED, "the texts"))
                .isEqualTo(key);
        assertThatThrownBy(() -> SealingMasterKey.from(
                        Base64.getEncoder().encodeToString(new byte[16]), environment(Map.of()), SEED, "the texts"))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> SealingMasterKey.from("not base64!", environment(Map.of()), SEED, "the texts"))
                .hasMessageContaining("not base64");
    }

    @Test
    void theDevelopmentKeyIsOnlyForTheLocalProfileOnLoopback() {
        StandardEnvironment open = environment(Map.of());
        open.setActiveProfiles("local");
        assertThatThrownBy(() -> SealingMasterKey.from("", open, SEED, "the texts"))
                .isInstanceOf(UnsafeConfigurationException.class);
        StandardEnvironment loopback = environment(Map.of("server.address", "127.0.0.1"));
        loopback.setActiveProfiles("local");
        assertThat(SealingMasterKey.from("", loopback, SEED, "the texts"))
                .hasSize(SealingKeyVault.KEY_BYTES)
                .isEqualTo(SealingMasterKey.from("", loopback, SEED, "the texts"))
                .isNotEqualTo(SealingMasterKey.from("", loopback, SEED + "-other", "the texts"));
    }

    @Test
    void aServicesKeyIsReadFromItsSettingOnceAndHandedOutAsACopy() {
        byte[] key = new byte[32];
        key[31] = 9;
        SealingMasterKey master = SealingMasterKey.of(
                environment(
                        Map.of(SealingMasterKey.PROPERTY, Base64.getEncoder().encodeToString(key))),
                SEED,
                "the texts");
        byte[] handedOut = master.bytes();
        assertThat(handedOut).isEqualTo(key);
        handedOut[31] = 0;
        assertThat(master.bytes()).as("clearing a copy leaves the key").isEqualTo(key);
        assertThatThrownBy(() -> SealingMasterKey.of(environment(Map.of()), SEED, "the texts"))
                .hasMessageContaining("to seal the texts");
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
