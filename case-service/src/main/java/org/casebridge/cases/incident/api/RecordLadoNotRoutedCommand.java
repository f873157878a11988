package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Tell the school's case that its referral to the LADO reached no LADO (ADR 0065), from
 * {@code lado-referral-not-routed.v1} on {@code casebridge.agency.events}.
 *
 * @param agencyEventId      the CloudEvents id, so that a redelivery changes nothing
 * @param localAuthorityCode the area no LADO serves
 * @param referredAt         when the school referred
 */
public record RecordLadoNotRoutedCommand(
        @TargetAggregateIdentifier CaseId caseId,
        String agencyEventId,
        String localAuthorityCode,
        Instant referredAt) {}
