package org.casebridge.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import org.casebridge.platform.actor.Actor;
import org.junit.jupiter.api.Test;

class DraftCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void opensWhatItSealedAndNothingElse() {
        DraftCipher cipher = DraftCipher.of(KEY);
        byte[] plaintext = "{\"child1-given\":[\"Amira\"]}".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = cipher.seal("owner/key", plaintext);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Amira");
        assertThat(cipher.open("owner/key", sealed)).isEqualTo(plaintext);
        assertThat(cipher.seal("owner/key", plaintext))
                .as("a fresh nonce every time")
                .isNotEqualTo(sealed);
        assertThatThrownBy(() -> cipher.open("other/key", sealed)).hasCauseInstanceOf(AEADBadTagException.class);
        byte[] altered = sealed.clone();
        altered[altered.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.open("owner/key", altered)).hasCauseInstanceOf(AEADBadTagException.class);
        assertThatThrownBy(() -> DraftCipher.development().open("owner/key", sealed))
                .hasCauseInstanceOf(AEADBadTagException.class);
    }

    @Test
    void refusesAKeyThatIsNotBase64Of32Bytes() {
        assertThatThrownBy(() -> DraftCipher.of("not base64!")).hasMessageContaining("not base64");
        assertThatThrownBy(() -> DraftCipher.of(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void aFormKnowsItsKeysAndTheCaseTheyName() {
        UUID caseId = UUID.randomUUID();
        DraftForm parents = DraftForm.of("parents-" + DraftForm.CASE, Actor.Role.SCHOOL_DSL);
        DraftForm report = DraftForm.of("report-incident", Actor.Role.SCHOOL_DSL);

        assertThat(parents.matches("parents-" + caseId)).isTrue();
        assertThat(parents.caseOf("parents-" + caseId)).contains(caseId);
        assertThat(parents.matches("parents-" + caseId + "-x")).isFalse();
        assertThat(parents.matches("parents-" + caseId.toString().toUpperCase()))
                .isFalse();
        assertThat(report.caseOf("report-incident")).isEmpty();
        assertThat(report.matches("report-incident-2")).isFalse();
    }
}
