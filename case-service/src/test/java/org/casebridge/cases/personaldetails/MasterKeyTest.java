package org.casebridge.cases.personaldetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MasterKeyTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "not base64!", "c2hvcnQ="})
    void theServiceDoesNotStartWithoutAProperMasterKey(String configured) {
        assertThatThrownBy(() -> new MasterKey(configured))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CASEBRIDGE_PERSONAL_DATA_KEY");
    }

    @Test
    void acceptsThirtyTwoBytesAndHandsOutCopies() {
        MasterKey key = new MasterKey(Base64.getEncoder().encodeToString(new byte[32]));
        byte[] first = key.bytes();
        first[0] = 1;
        assertThat(key.bytes()[0]).isZero();
    }
}
