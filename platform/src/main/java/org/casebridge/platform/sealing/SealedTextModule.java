package org.casebridge.platform.sealing;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.cfg.HandlerInstantiator;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import org.jspecify.annotations.Nullable;

/** Makes a mapper seal and open {@link Sealed} fields with the service's keys: the event store's mapper only. */
public final class SealedTextModule {

    private SealedTextModule() {}

    /** {@code mapper}, sealing with {@code keys}. */
    public static ObjectMapper sealingWith(ObjectMapper mapper, TextKeys keys) {
        mapper.setHandlerInstantiator(new HandlerInstantiator() {
            @Override
            public @Nullable JsonDeserializer<?> deserializerInstance(
                    DeserializationConfig config, Annotated annotated, Class<?> deserClass) {
                return deserClass == SealedTextDeserializer.class ? new SealedTextDeserializer(keys) : null;
            }

            @Override
            public @Nullable KeyDeserializer keyDeserializerInstance(
                    DeserializationConfig config, Annotated annotated, Class<?> keyDeserClass) {
                return null;
            }

            @Override
            public @Nullable JsonSerializer<?> serializerInstance(
                    SerializationConfig config, Annotated annotated, Class<?> serClass) {
                return serClass == SealedTextSerializer.class ? new SealedTextSerializer(keys) : null;
            }

            @Override
            public @Nullable TypeResolverBuilder<?> typeResolverBuilderInstance(
                    MapperConfig<?> config, Annotated annotated, Class<?> builderClass) {
                return null;
            }

            @Override
            public @Nullable TypeIdResolver typeIdResolverInstance(
                    MapperConfig<?> config, Annotated annotated, Class<?> resolverClass) {
                return null;
            }
        });
        return mapper;
    }
}
