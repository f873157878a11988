package org.casebridge.police.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a police API handler. {@link PoliceAccessInterceptor} decides from the caller's token (and the
 * case's force) before the request body is read, so a refusal never depends on what was sent; every police
 * handler carries one (PoliceArchitectureTest). The handlers, queries and aggregates check again.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PoliceAccess {

    Rule value();

    /** The path variable naming the case, for the rules about one case. */
    String caseIdVariable() default "caseId";

    /** The access rules of the police API. */
    enum Rule {
        /** Reference data, no one's record: any signed-in role. */
        ANY_ROLE,
        /**
         * A force's lists (inbox, sign-off queue, actions): officers and supervisors see their own force's entries,
         * auditors every force's; other roles 403.
         */
        FORCE_LISTS,
        /**
         * A force's list of MoPI reviews (ADR 0083): its supervisors and auditors, each seeing the force of their own
         * organisation; other roles 403.
         */
        REVIEW_LIST,
        /** One case's records: its force's officers and supervisors, and auditors; for anyone else 404. */
        READ_CASE,
        /** A change to a case: officers and supervisors (any other role 403) of the case's force (else 404). */
        ACT_ON_CASE,
        /**
         * A supervisor's decision (signing off or sending back an outcome, erasing a case's personal data on its
         * review): supervisors (any other role 403) of the case's force (else 404).
         */
        DECIDE_OUTCOME,
        /**
         * A subject access request (ADR 0066): supervisors (any other role 403) of the case's force (else 404); an
         * auditor reads escalations but not disclosures.
         */
        SUBJECT_ACCESS,
        /**
         * A legal hold (ADR 0081): supervisors of the case's force (another force's: 404), and auditors of that force
         * (an auditor of another organisation reads the escalation but does not hold it: 403); any other role 403.
         */
        KEEP_LEGAL_HOLD
    }
}
