package org.casebridge.events.police;

import java.time.Instant;
import java.util.List;
import org.casebridge.events.EventType;

/**
 * A force gave its standard statement on the disclosure of non-conviction information (an Outcome 21 or 22, or no
 * further action), so the school sees that it was given. The statement's text stays with the police, by its version.
 *
 * @param caseId           the case
 * @param forceCode        the force
 * @param statementVersion the version of the force's standard statement that was given
 * @param givenTo          SCHOOL and/or PARENTS
 * @param givenAt          when
 */
@EventType("org.casebridge.police.disclosure-statement-given.v1")
public record DisclosureStatementGivenEvent(
        String caseId, String forceCode, String statementVersion, List<String> givenTo, Instant givenAt)
        implements PoliceEvent {

    public DisclosureStatementGivenEvent {
        givenTo = List.copyOf(givenTo);
    }
}
