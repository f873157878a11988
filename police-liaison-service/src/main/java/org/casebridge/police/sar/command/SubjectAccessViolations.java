package org.casebridge.police.sar.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** The rules of a force's subject access request, one exception (and one problem type) each. */
public final class SubjectAccessViolations {

    /** Shortest reason for a start, a redaction and a release: a sentence, as ADR 0057 asks of the school. */
    public static final int MIN_REASON = 20;

    /** Longest phrase a supervisor may withhold: a name or a short phrase, not a paragraph. */
    public static final int MAX_PHRASE = 200;

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

    /** Who asked is part of the record of a disclosure. */
    public static final class RequesterRequiredException extends DomainRuleViolation {
        public RequesterRequiredException() {
            super(
                    422,
                    "requester-required",
                    "Say who made the request and how they relate to the child, for example \"the child's mother\".");
        }
    }

    /** A start, a redaction and a release each say why, in a sentence. */
    public static final class SubjectAccessReasonRequiredException extends DomainRuleViolation {
        public SubjectAccessReasonRequiredException(String what) {
            super(422, "rationale-required", what + " needs a reason of at least " + MIN_REASON + " characters.");
        }
    }

    /** A phrase to withhold is at least two characters (an initial would withhold every word it starts). */
    public static final class RedactionPhraseInvalidException extends DomainRuleViolation {
        public RedactionPhraseInvalidException() {
            super(
                    422,
                    "redaction-phrase-invalid",
                    "Enter the words to withhold, between 2 and " + MAX_PHRASE + " characters, exactly as the record"
                            + " shows them.");
        }
    }

    /** What was released was released: nothing is withheld afterwards, and it is not released twice. */
    public static final class SubjectAccessAlreadyReleasedException extends DomainRuleViolation {
        public SubjectAccessAlreadyReleasedException() {
            super(
                    409,
                    "subject-access-already-released",
                    "This disclosure was already released; start a new request to disclose again.");
        }
    }

    /** A disclosure is downloaded once it is released, never as a draft. */
    public static final class DisclosureNotReleasedException extends DomainRuleViolation {
        public DisclosureNotReleasedException() {
            super(
                    409,
                    "disclosure-not-released",
                    "This disclosure is not released yet: review it and release it first.");
        }
    }
}
