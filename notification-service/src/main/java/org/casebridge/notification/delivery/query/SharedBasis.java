package org.casebridge.notification.delivery.query;

import io.swagger.v3.oas.annotations.media.Schema;
import org.casebridge.notification.subscription.command.Article6Basis;

/** A basis the agency received a case's information on, as the share record reads it. */
public record SharedBasis(
        @Schema(example = "PUBLIC_TASK") Article6Basis article6,

        @Schema(
                example = "Art 9(2)(g) with DPA 2018 Sch 1 Part 2 para 18 (safeguarding of children and of individuals"
                        + " at risk)")
        String article9Condition) {}
