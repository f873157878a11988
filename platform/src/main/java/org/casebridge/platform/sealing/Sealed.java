package org.casebridge.platform.sealing;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A free-text field of a stored event (or of a value inside one) that can hold a name: stored sealed under the key of
 * the nearest enclosing {@link SealedUnder} object, so that destroying that key erases it (ADR 0058). The Java type
 * stays {@code String}; only the stored form changes, and a clear string stored before sealing still reads.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = SealedTextSerializer.class)
@JsonDeserialize(using = SealedTextDeserializer.class)
public @interface Sealed {}
