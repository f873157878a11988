package org.casebridge.platform.sealing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Sealed} field: a clear string as it is (stored before sealing, ADR 0058), a sealed one opened with
 * the record's key while it exists, {@link SealedText#ERASED} once the key was destroyed or where no keys are at hand.
 */
public final class SealedTextDeserializer extends StdDeserializer<String> {

    static final String KEY_ID = "sealedUnder";
    static final String TEXT = "text";
    static final String ERASED = "erased";

    private final @Nullable TextKeys keys;

    public SealedTextDeserializer() {
        this(null);
    }

    SealedTextDeserializer(@Nullable TextKeys keys) {
        super(String.class);
        this.keys = keys;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        JsonNode sealed = parser.readValueAsTree();
        JsonNode text = sealed.get(TEXT);
        JsonNode keyId = sealed.get(KEY_ID);
        if (keys == null || text == null || keyId == null) {
            return SealedText.ERASED;
        }
        UUID id = UUID.fromString(keyId.asText());
        Optional<byte[]> key = keys.key(id);
        if (key.isEmpty()) {
            return SealedText.ERASED;
        }
        try {
            return SealedText.open(key.get(), id, text.binaryValue());
        } finally {
            Arrays.fill(key.get(), (byte) 0);
        }
    }
}
