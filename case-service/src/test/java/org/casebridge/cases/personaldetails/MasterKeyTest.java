package org.casebridge.cases.personaldetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.casebridge.platform.security.UnsafeConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

class MasterKeyTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "not base64!", "c2hvcnQ="})
    void theServiceDoesNotStartWithoutAProperMasterKey(String configured) {
        assertThatThrownBy(() -> new MasterKey(configured, new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CASEBRIDGE_PERSONAL_DATA_KEY");
    }

    @Test
    void acceptsThirtyTwoBytesAndHandsOutCopies() {
        MasterKey key = new MasterKey(Base64.getEncoder().encodeToString(new byte[32]), new MockEnvironment());
        byte[] first = key.bytes();
        first[0] = 1;
        assertThat(key.bytes()[0]).isZero();
    }

    @Test
    void refusesThePublishedDevelopmentKeyUnlessTheServiceListensOnLoopback() {
        String published = Base64.getEncoder().encodeToString(MasterKey.DEVELOPMENT_KEY);
        assertThatThrownBy(() -> new MasterKey(published, new MockEnvironment()))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("published development master key")
                .hasMessageContaining("every network interface")
                .hasMessageContaining("CASEBRIDGE_PERSONAL_DATA_KEY");
        assertThatThrownBy(() ->
                        new MasterKey(published, new MockEnvironment().withProperty("server.address", "10.1.2.3")))
                .isInstanceOf(UnsafeConfigurationException.class);
        assertThat(new MasterKey(published, new MockEnvironment().withProperty("server.address", "127.0.0.1")).bytes())
                .isEqualTo(MasterKey.DEVELOPMENT_KEY);
    }
}
