package org.casebridge.cases.outside;

import java.time.Instant;

/**
 * One read of the school's case outside the school (ADR 0070), as the DSL reads it and with its codes.
 *
 * @param organisation     the reading organisation in words: a force or school by its name, an agency by its kind
 *                         and area where the case knows it
 * @param organisationCode its code
 * @param kind             {@code POLICE_FORCE}, {@code AGENCY} or {@code AUDITOR}
 * @param role             the reader's role in words
 * @param roleCode         its code
 * @param record           what was read, in words
 * @param recordCode       its code
 * @param lawfulBasis      the basis the reading service holds the record on, as the law cites it
 * @param readAt           when (the first read of the publisher's window)
 * @param when             the same in words, London time
 */
public record OutsideReadView(
        String organisation,
        String organisationCode,
        String kind,
        String role,
        String roleCode,
        String record,
        String recordCode,
        String lawfulBasis,
        Instant readAt,
        String when) {}
