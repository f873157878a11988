package org.casebridge.cases.incident.query;

import org.casebridge.platform.actor.Actor;

/**
 * Which cases a reader may see, decided once from who they are: a DSL or an auditor their own school's (DOMAIN:
 * information governance belongs
 * to each organisation, review defect 14),
 * anyone else none (case-service holds no police or agency view of a case). Every case query and the personal
 * details vault filter by it, so a case outside the scope reads exactly like one that does not exist.
 */
public sealed interface CaseScope {

    /** The scope of the acting user. */
    static CaseScope of(Actor reader) {
        return switch (reader.role()) {
            case SCHOOL_DSL -> new OneSchool(reader.organisation());
            case AUDITOR -> new OneSchool(reader.organisation());
            case POLICE_LIAISON, POLICE_SUPERVISOR, AGENCY, OPERATOR, PARTNERSHIP -> new NoCases();
        };
    }

    /** Whether a case of this school is in scope. */
    boolean includes(String schoolUrn);

    /** A DSL, or an auditor (information governance of their own organisation, to read): their school's cases. */
    record OneSchool(String schoolUrn) implements CaseScope {

        @Override
        public boolean includes(String urn) {
            return schoolUrn.equals(urn);
        }
    }

    /** Police and agencies: no case of case-service; their views live in their own services. */
    record NoCases() implements CaseScope {

        @Override
        public boolean includes(String urn) {
            return false;
        }
    }
}
