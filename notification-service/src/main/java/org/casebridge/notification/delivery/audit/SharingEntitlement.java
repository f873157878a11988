package org.casebridge.notification.delivery.audit;

/**
 * The sharing rule checked before a share (ADR 0025): the cell of {@code SHARING-RULES.md} that entitled the agency,
 * by the agency's kind and how far it was involved in the case when the event happened, and what the cell gives
 * ({@code YES}, or {@code WITHOUT_CHILD_ROLES}). Names, not enums, so that the record outlives a renamed constant.
 */
public record SharingEntitlement(String agencyKind, String involvement, String share) {}
