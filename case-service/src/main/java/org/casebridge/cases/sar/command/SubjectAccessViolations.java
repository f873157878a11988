package org.casebridge.cases.sar.command;

import org.casebridge.platform.problem.DomainRuleViolation;

/** The rules a {@link SubjectAccessRequest} enforces, one exception (and one problem type) each. */
public final class SubjectAccessViolations {

    private SubjectAccessViolations() {}

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
