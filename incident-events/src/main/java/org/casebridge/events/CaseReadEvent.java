package org.casebridge.events;

import java.time.Instant;

/**
 * A read of a school's case by someone outside the school, told to the school (ADR 0070): which organisation, of
 * what kind, in what role, read which record of the case, on what lawful basis, and when. Codes only, never who:
 * the reader's user id stays in the reading service's own access log. At most one is published per case, reading
 * organisation, role and record in a window of minutes, so {@link #readAt()} is the first read of that window.
 */
public interface CaseReadEvent extends IntegrationEvent {

    /** The school whose case was read (its URN), so that the school can check it holds the case. */
    String schoolUrn();

    /** The reading organisation's code: a force code, an agency id, {@code casebridge-audit}. */
    String readerOrganisation();

    /** {@code POLICE_FORCE}, {@code AGENCY} or {@code AUDITOR}. */
    String readerKind();

    /** The reader's role, for example {@code POLICE_LIAISON}, {@code AGENCY}, {@code AUDITOR}. */
    String readerRole();

    /**
     * What was read, a code: {@code ESCALATION}, {@code STRATEGY_MEETINGS}, {@code DEVICES}, {@code REFERRAL},
     * {@code SHARED_INFORMATION}, {@code DELIVERIES}, {@code SUBJECT_ACCESS_BUNDLE}, {@code HISTORY}.
     */
    String record();

    /** The lawful basis the reading service holds the record on, as the CloudEvents attribute spells it. */
    String lawfulBasis();

    /** When (the first read of the window). */
    Instant readAt();
}
