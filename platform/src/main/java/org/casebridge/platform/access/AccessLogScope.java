package org.casebridge.platform.access;

import org.casebridge.platform.actor.Actor;

/**
 * Which case's access log a reader may read. A service declares one where its users may see who read their records (a
 * DSL: the school's own cases), or where some of its auditors may see only their own organisation's (a force's
 * auditor: that force's escalations); without one, only auditors read the access log, every case's.
 */
@FunctionalInterface
public interface AccessLogScope {

    boolean mayReadAccessTo(Actor reader, String caseId);

    /**
     * Whether this auditor reads every case's access log, with or without a case named; otherwise only that of a case
     * {@link #mayReadAccessTo} allows.
     */
    default boolean auditorReadsEveryCase(Actor auditor) {
        return true;
    }
}
