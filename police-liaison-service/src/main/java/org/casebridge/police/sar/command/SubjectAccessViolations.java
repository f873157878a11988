package org.casebridge.police.sar.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** The rules of a force's subject access request, one exception (and one problem type) each. */
public final class SubjectAccessViolations {

    /** Shortest reason for a start, a redaction and a release: a sentence, as ADR 0057 asks of the school. */
    public static final int MIN_REASON = 20;

    private SubjectAccessViolations() {}

    /** Only a supervisor of the force answers a subject access request (ADR 0066). */
    public static final class SubjectAccessSupervisorRequiredException extends DomainRuleViolation {
        public SubjectAccessSupervisorRequiredException() {
            super(
                    403,
                    "supervisor-required",
                    "Only a police supervisor of the force answers a subject access request.");
        }
    }

    /** A start, a redaction and a release each say why, in a sentence. */
    public static final class SubjectAccessReasonRequiredException extends DomainRuleViolation {
        public SubjectAccessReasonRequiredException(String what) {
            super(422, "rationale-required", what + " needs a reason of at least " + MIN_REASON + " characters.");
        }
    }
}
