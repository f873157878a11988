package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/**
 * The DSL recorded that an adult in a position of trust is or may be involved; the case must be referred to the LADO
 * by {@code ladoReferralDueAt} (one working day, ADR 0055). The adult's involvement also meets the immediate-referral
 * criterion "the incident involves an adult".
 */
@Revision("1")
public record AdultInPositionOfTrustRecordedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        AdultInvolved adult,
        Instant ladoReferralDueAt,
        String rationale)
        implements CaseEvent {}
