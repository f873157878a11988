package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/**
 * The school's referral to the LADO reached no LADO: Casebridge's agency directory names none serving the case's area
 * (ADR 0065). Casebridge is the actor; {@code rationale} tells the DSL to telephone the local authority's LADO.
 *
 * @param agencyEventId      the CloudEvents id of {@code lado-referral-not-routed.v1}, so that a redelivery changes
 *                           nothing
 * @param localAuthorityCode the area no LADO serves
 * @param referredAt         when the school referred
 */
@Revision("1")
public record LadoReferralNotRoutedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        String agencyEventId,
        String localAuthorityCode,
        Instant referredAt,
        String rationale)
        implements CaseEvent {}
