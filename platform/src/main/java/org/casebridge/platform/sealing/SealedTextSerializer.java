package org.casebridge.platform.sealing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Sealed} field. With the service's {@link TextKeys} (the event store's mapper, {@link
 * SealedTextModule}) it writes {@code {"sealedUnder": <key id>, "text": <base64>}}, or {@code {"sealedUnder": <key
 * id>, "erased": true}} when the record's key no longer exists (the text is not kept); without them (a web or
 * projection mapper) it writes the text as it is, for a reader already entitled to it.
 */
public final class SealedTextSerializer extends StdSerializer<String> {

    private final @Nullable TextKeys keys;

    public SealedTextSerializer() {
        this(null);
    }

    SealedTextSerializer(@Nullable TextKeys keys) {
        super(String.class);
        this.keys = keys;
    }

    @Override
    public void serialize(String text, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (keys == null) {
            gen.writeString(text);
            return;
        }
        UUID keyId = keyIdOf(gen);
        Optional<byte[]> key = keys.key(keyId);
        gen.writeStartObject();
        gen.writeStringField(SealedTextDeserializer.KEY_ID, keyId.toString());
        if (key.isPresent()) {
            try {
                gen.writeBinaryField(SealedTextDeserializer.TEXT, SealedText.seal(key.get(), keyId, text));
            } finally {
                Arrays.fill(key.get(), (byte) 0);
            }
        } else {
            gen.writeBooleanField(SealedTextDeserializer.ERASED, true);
        }
        gen.writeEndObject();
    }

    private static UUID keyIdOf(JsonGenerator gen) {
        for (JsonStreamContext context = gen.getOutputContext(); context != null; context = context.getParent()) {
            if (context.getCurrentValue() instanceof SealedUnder owner) {
                return owner.sealingKeyId();
            }
        }
        throw new IllegalStateException("A @Sealed field must be inside a SealedUnder event to be stored");
    }
}
