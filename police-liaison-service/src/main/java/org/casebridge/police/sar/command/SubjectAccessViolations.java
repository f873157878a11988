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

    /**
     * The escalation's personal data was erased on its review (ADR 0064): the force's free text about the children is
     * gone and the case's record is kept only as codes, so the force cannot answer a request from it (ADR 0069).
     */
    public static final class SubjectIdentitiesErasedException extends DomainRuleViolation {
        public SubjectIdentitiesErasedException(String caseReference) {
            super(
                    409,
                    "subject-identities-erased",
                    "The personal data of escalation " + caseReference + " was erased on its review, so the force can"
                            + " no longer say what its records held about the child. Tell the requester that the force"
                            + " holds no information it can disclose about the child in this escalation.");
        }
    }
}
