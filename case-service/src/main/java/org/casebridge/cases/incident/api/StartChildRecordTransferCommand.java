package org.casebridge.cases.incident.api;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/**
 * The DSL of the school a child leaves sends that child's part of the case to the school the child moves to (KCSIE:
 * within five school days of the child starting there), with the reason.
 *
 * @param childStartedOn the day the child starts at the new school; the five school days count from it
 */
public record StartChildRecordTransferCommand(
        @TargetAggregateIdentifier CaseId caseId,
        ActedBy by,
        UUID transferId,
        String childRef,
        String toSchoolUrn,
        LocalDate childStartedOn,
        String reason) {}
