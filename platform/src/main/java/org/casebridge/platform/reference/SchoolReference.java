package org.casebridge.platform.reference;

import org.jspecify.annotations.Nullable;

/**
 * One school of the reference data, as its line says: a column the line does not have is empty, and the short code is
 * null when absent (ADR 0048).
 *
 * @param line    the line's number in its file, for messages that stop the start-up
 * @param columns how many columns the line has
 */
public record SchoolReference(
        int line,
        int columns,
        String urn,
        String name,
        String localAuthorityCode,
        String localAuthorityName,
        String forceCode,
        String forceName,
        @Nullable String shortCode) {}
