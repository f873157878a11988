package org.casebridge.platform.access;

import java.util.Optional;
import org.casebridge.platform.actor.Actor;

/**
 * A service that holds records of schools' cases and tells each school who outside it read them (ADR 0070) declares
 * one: for a read it recorded, whose case it was and what was read. A service without one publishes no reads.
 */
public interface SchoolCases {

    /**
     * @param actor  who read
     * @param what   the access-log name of the read ({@link RecordsAccess#value()})
     * @param caseId the case read
     * @return the school's case and the record read; empty for a read that is not of a school's case or is not told
     */
    Optional<SchoolCaseRead> read(Actor actor, String what, String caseId);
}
