package org.casebridge.platform.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SealedTextTest {

    private static final UUID CASE = UUID.fromString("0b6f3f0e-2c1d-4a57-9d0e-5f7c1a2b3c4d");
    private static final UUID OTHER = UUID.fromString("5f0e8a1c-9b7d-4c3e-8a21-0d6b2f4e9c10");

    record Note(String kind, @Sealed String text) {}

    record Noted(UUID caseId, @Sealed String rationale, Note note) implements SealedUnder {
        @Override
        public UUID sealingKeyId() {
            return caseId;
        }
    }

    private final Map<UUID, byte[]> keys = new HashMap<>(Map.of(CASE, key(1), OTHER, key(2)));
    private final TextKeys textKeys = id -> Optional.ofNullable(keys.get(id)).map(byte[]::clone);
    private final ObjectMapper store = SealedTextModule.sealingWith(new ObjectMapper(), textKeys);

    @Test
    void aSealedFieldIsStoredAsCiphertextWithItsKeyIdAndOpensWithTheKey() throws Exception {
        Noted noted = new Noted(CASE, "Told Mr Brackenbury", new Note("staff", "Ms Ottoline present"));

        String stored = store.writeValueAsString(noted);

        assertThat(stored)
                .doesNotContain("Brackenbury", "Ottoline")
                .contains("\"sealedUnder\":\"" + CASE + "\"", "\"kind\":\"staff\"");
        assertThat(store.readValue(stored, Noted.class)).isEqualTo(noted);
        assertThat(store.writeValueAsString(store.readValue(stored, Noted.class)))
                .as("the same text under the same key seals to the same bytes")
                .isEqualTo(stored);
    }

    @Test
    void onceTheKeyIsDestroyedTheTextReadsAsErasedAndNewTextIsNotKept() throws Exception {
        String stored = store.writeValueAsString(new Noted(CASE, "Told Mr Brackenbury", null));
        keys.remove(CASE);

        assertThat(store.readValue(stored, Noted.class).rationale()).isEqualTo(SealedText.ERASED);
        assertThat(store.writeValueAsString(new Noted(CASE, "Told Mr Brackenbury", null)))
                .doesNotContain("Brackenbury")
                .contains("\"erased\":true");
    }

    @Test
    void clearTextStoredBeforeSealingStillReadsAndAPlainMapperWritesText() throws Exception {
        String before = "{\"caseId\":\"" + CASE + "\",\"rationale\":\"Told Mr Brackenbury\"}";

        assertThat(store.readValue(before, Noted.class).rationale()).isEqualTo("Told Mr Brackenbury");
        assertThat(new ObjectMapper().writeValueAsString(new Noted(CASE, "Told Mr Brackenbury", null)))
                .contains("\"rationale\":\"Told Mr Brackenbury\"");
    }

    @Test
    void ciphertextCopiedToAnotherRecordFailsAuthentication() {
        byte[] sealed = SealedText.seal(key(1), CASE, "Told Mr Brackenbury");

        assertThat(SealedText.open(key(1), CASE, sealed)).isEqualTo("Told Mr Brackenbury");
        assertThatThrownBy(() -> SealedText.open(key(1), OTHER, sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SealedText.open(key(2), CASE, sealed)).isInstanceOf(IllegalStateException.class);
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
