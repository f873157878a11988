package org.casebridge.cases.sar.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** The rules a {@link SubjectAccessRequest} enforces, one exception (and one problem type) each. */
public final class SubjectAccessViolations {

    /** Longest phrase a DSL may withhold: a name or a short phrase, not a paragraph. */
    public static final int MAX_PHRASE = 200;

    private SubjectAccessViolations() {}

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

    /**
     * The children's names and dates of birth on the case were erased: the school can no longer tell which child the
     * record is about, so it cannot answer a request from it.
     */
    public static final class SubjectIdentitiesErasedException extends DomainRuleViolation {
        public SubjectIdentitiesErasedException(String caseReference) {
            super(
                    409,
                    "subject-identities-erased",
                    "The children's names, dates of birth and pupil numbers on case " + caseReference + " were erased,"
                            + " so the school can no longer say which child its records are about. Tell the requester"
                            + " that the school holds no information it can link to the child in this case.");
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

    /** The released files were erased with the case's personal details. */
    public static final class DisclosureErasedException extends DomainRuleViolation {
        public DisclosureErasedException() {
            super(
                    409,
                    "disclosure-erased",
                    "The files of this disclosure were erased with the case's personal details; the disclosure event"
                            + " still records when it was released, by whom and the hashes of what was sent.");
        }
    }

    /** A disclosure without the shares made of the case would be incomplete: it waits for notification-service. */
    public static final class ShareRecordsUnavailableException extends DomainRuleViolation {
        public ShareRecordsUnavailableException() {
            super(
                    409,
                    "share-records-unavailable",
                    "The shares made of this case could not be read from notification-service, so the disclosure"
                            + " would be incomplete; try again when it answers.");
        }
    }
}
