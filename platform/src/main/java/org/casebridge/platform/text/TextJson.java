package org.casebridge.platform.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The text rule as Jackson modules: every string is checked after Jackson has undone the JSON escapes, so what is
 * checked is exactly what the handler receives. A refused string fails deserialization with a
 * {@link RefusedJsonTextException}, to which Jackson adds the path of the field.
 */
public final class TextJson {

    private TextJson() {}

    /** Strings obey the text rule and hold no image or file: for request bodies. */
    public static Module acceptedText() {
        return module("casebridge-accepted-text", true);
    }

    /** Strings obey the text rule: for data that other Casebridge services wrote (integration events). */
    public static Module cleanText() {
        return module("casebridge-clean-text", false);
    }

    private static Module module(String name, boolean scanForEmbeddedData) {
        SimpleModule module = new SimpleModule(name);
        module.addDeserializer(String.class, new GuardedStringDeserializer(scanForEmbeddedData));
        return module;
    }

    /** A refused string inside a JSON document; its path names the field. */
    public static final class RefusedJsonTextException extends JsonMappingException {

        private final transient RefusedTextException refusal;

        RefusedJsonTextException(JsonParser parser, RefusedTextException refusal) {
            super(parser, refusal.getMessage(), refusal);
            this.refusal = refusal;
        }

        /** The refusal, naming the field by its path in the document, for example {@code children[0].name}. */
        public RefusedTextException refusal() {
            StringBuilder path = new StringBuilder();
            for (Reference reference : getPath()) {
                if (reference.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.isEmpty() ? refusal : refusal.inField(path.toString());
        }
    }

    private static final class GuardedStringDeserializer extends StdScalarDeserializer<String> {

        private final boolean scanForEmbeddedData;

        GuardedStringDeserializer(boolean scanForEmbeddedData) {
            super(String.class);
            this.scanForEmbeddedData = scanForEmbeddedData;
        }

        @Override
        public @Nullable String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            String field = parser.currentName() == null ? "value" : parser.currentName();
            try {
                return scanForEmbeddedData ? TextRule.accept(field, value) : TextRule.clean(field, value);
            } catch (RefusedTextException refused) {
                throw new RefusedJsonTextException(parser, refused);
            }
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
