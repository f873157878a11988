package org.casebridge.platform.access;

import org.casebridge.platform.actor.Actor;

/**
 * Which case's access log a non-auditor may read. A service declares one where its users may see who read their
 * records (a DSL: the school's own cases); without one, only auditors read the access log.
 */
@FunctionalInterface
public interface AccessLogScope {

    boolean mayReadAccessTo(Actor reader, String caseId);
}
