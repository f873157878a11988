package org.casebridge.police.shared;

/** The list of a force's MoPI reviews (ADR 0083) is for its supervisors and auditors. */
public class ReviewReaderRequiredException extends RuleViolationAbout {
    public ReviewReaderRequiredException(String role) {
        super(
                403,
                "review-reader-required",
                "Only police supervisors and auditors read a force's list of record reviews, not " + role + ".",
                "role",
                role);
    }
}
