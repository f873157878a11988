package org.casebridge.cases.incident.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A stored event that tells the police or children's social care about a case: the referral and the escalation. Both
 * are published in the same codes and refs, so the publication reads them through this one view.
 */
public interface ReferralEvent {

    CaseId caseId();

    String schoolUrn();

    Instant at();

    Set<Agency> referredTo();

    Set<Criterion> criteriaMet();

    String localAuthorityCode();

    String forceCode();

    List<ChildInvolved> children();
}
