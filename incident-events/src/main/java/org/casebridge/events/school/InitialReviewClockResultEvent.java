package org.casebridge.events.school;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * The initial review's clock of a case stopped: the review was recorded by the time set for the school ({@code MET}),
 * or the time passed first ({@code MISSED}, published when the deadline fires, or when a review comes in late before
 * it fired). Once per case (ADR 0067). Nothing of the review crosses.
 *
 * @param caseId             the case
 * @param schoolUrn          the school
 * @param localAuthorityCode the school's local authority (ONS code)
 * @param result             MET or MISSED
 * @param dueAt              when the review was due
 * @param decidedAt          when the review was recorded, or when the deadline found it missing
 */
@EventType("org.casebridge.school.initial-review-clock-result.v1")
public record InitialReviewClockResultEvent(
        String caseId, String schoolUrn, String localAuthorityCode, String result, Instant dueAt, Instant decidedAt)
        implements SchoolEvent {}
