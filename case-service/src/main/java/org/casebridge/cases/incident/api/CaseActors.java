package org.casebridge.cases.incident.api;

import org.casebridge.platform.domain.ActedBy;

/**
 * Who acts on a school's case, as its events record them ({@link ActedBy}): the school's Designated Safeguarding
 * Lead, its auditor for a legal hold, a police force whose decisions arrive over Kafka, and the retention job for the
 * school's disposal schedule. Casebridge's own clocks are {@link ActedBy#casebridge()}.
 */
public final class CaseActors {

    /** The role of a Designated Safeguarding Lead, the only one who may act on a school's case. */
    public static final String SCHOOL_DSL = "SCHOOL_DSL";

    /** The role of a school's auditor (information governance): reads the school's cases, sets and lifts legal holds. */
    public static final String AUDITOR = "AUDITOR";

    /** The id Casebridge's retention job acts under (ADR 0053), as {@link ActedBy#SYSTEM} of the case's school. */
    public static final String RETENTION = "casebridge:retention";

    /** The role recorded for decisions that came from the police over Kafka. */
    public static final String POLICE = "POLICE";

    /** The role recorded for steps that came from an agency (the LADO) over Kafka, as notification-service names it. */
    public static final String AGENCY = "AGENCY";

    private CaseActors() {}

    /** An agency of the agency directory, as named on the event notification-service published for it. */
    public static ActedBy agency(String agencyId) {
        return new ActedBy("agency:" + agencyId, AGENCY, agencyId);
    }

    /** A police force, as named on the event it published. */
    public static ActedBy policeForce(String forceCode) {
        return new ActedBy("force:" + forceCode, POLICE, forceCode);
    }

    /**
     * Casebridge's retention job acting for the school whose record it is, as the school's own disposal schedule
     * (ADR 0053): the erasure is recorded with the school's organisation, and with no person as its author.
     */
    public static ActedBy retention(String schoolUrn) {
        return new ActedBy(RETENTION, ActedBy.SYSTEM, schoolUrn);
    }

    /** Whether {@code by} is the retention job. */
    public static boolean actsAsRetention(ActedBy by) {
        return by.actsAs(ActedBy.SYSTEM) && RETENTION.equals(by.id());
    }

    /** Whether {@code by} acted as a school's auditor. */
    public static boolean actsAsAuditor(ActedBy by) {
        return by.actsAs(AUDITOR);
    }

    /** Whether {@code by} acted as a school's Designated Safeguarding Lead. */
    public static boolean actsAsSchoolDsl(ActedBy by) {
        return by.actsAs(SCHOOL_DSL);
    }
}
