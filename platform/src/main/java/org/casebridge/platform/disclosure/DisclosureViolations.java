package org.casebridge.platform.disclosure;

import org.casebridge.platform.problem.DomainRuleViolation;

/**
 * The rules every controller's subject access request enforces (ADR 0057, 0066), one exception (and one problem type)
 * each; a service adds the rules of its own.
 */
public final class DisclosureViolations {

    /** Longest phrase a reviewer may withhold: a name or a short phrase, not a paragraph. */
    public static final int MAX_PHRASE = 200;

    private DisclosureViolations() {}

    /** Who asked is part of the record of a disclosure. */
    public static final class RequesterRequiredException extends DomainRuleViolation {
        public RequesterRequiredException() {
            super(
                    422,
                    "requester-required",
                    "Say who made the request and how they relate to the child, for example \"the child's mother\".");
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

    /** What was released was released: a later redaction cannot change it. */
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
