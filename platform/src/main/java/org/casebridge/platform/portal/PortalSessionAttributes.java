package org.casebridge.platform.portal;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How a portal session's attributes are written to PostgreSQL and read back (ADR 0036): Java serialisation, as Spring
 * Session JDBC does by default, except that an attribute that cannot be read back (written by an instance running
 * another version of Spring Security, whose classes' serial version changed) is dropped rather than failing the
 * request with a 500. Dropping the security context signs the user out, and the next page sends them to sign in.
 * Only the class of the failure is logged, never the attribute's bytes, which hold the user's ID token and claims.
 */
final class PortalSessionAttributes {

    private static final Logger log = LoggerFactory.getLogger(PortalSessionAttributes.class);

    private PortalSessionAttributes() {}

    static ConversionService conversionService(ClassLoader classLoader) {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        DeserializingConverter deserializing = new DeserializingConverter(classLoader);
        conversions.addConverter(byte[].class, Object.class, bytes -> readOrDrop(deserializing, bytes));
        return conversions;
    }

    private static @Nullable Object readOrDrop(DeserializingConverter deserializing, byte[] bytes) {
        try {
            return deserializing.convert(bytes);
        } catch (SerializationFailedException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            log.warn(
                    "A portal session attribute could not be read back ({}); it is dropped and the user signs in "
                            + "again",
                    cause.getClass().getName());
            return null;
        }
    }
}
