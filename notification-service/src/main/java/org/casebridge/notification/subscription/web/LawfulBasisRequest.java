package org.casebridge.notification.subscription.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.Article9ConditionNotInScheduleOneException;
import org.casebridge.notification.subscription.command.LawfulBasis;
import org.casebridge.notification.subscription.command.Subscription;

/**
 * The lawful basis recorded on every share this subscription makes: an Article 6 basis a public authority may use and
 * a DPA 2018 Schedule 1 condition chosen from the list ({@code schedule1Condition}). {@code article9Condition}, the
 * free-text field of earlier clients, is still read when it cites a listed paragraph of Schedule 1 (for example
 * {@code DPA 2018 Sch 1 para 18}); any other text is a 422 (ADR 0024).
 */
public record LawfulBasisRequest(
        @NotNull
        @Schema(
                description = "UK GDPR Art 6(1) basis; CONSENT, CONTRACT and LEGITIMATE_INTERESTS are refused",
                example = "PUBLIC_TASK")
        Article6Basis article6,

        @Schema(
                description = "the DPA 2018 Schedule 1 condition (UK GDPR Art 9)",
                example = "PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK")
        Schedule1Condition schedule1Condition,

        @Size(max = 500)
        @Schema(
                description = "deprecated: the Schedule 1 condition as text citing its paragraph; use"
                        + " schedule1Condition",
                example = "DPA 2018 Sch 1 para 18",
                deprecated = true)
        String article9Condition) {

    /** The basis, its Article 6 basis checked first so that a request on consent is told so, whatever its text. */
    LawfulBasis toDomain() {
        Subscription.checkArticle6(article6);
        Schedule1Condition cited = null;
        if (article9Condition != null && !article9Condition.isBlank()) {
            cited = Schedule1Condition.cited(article9Condition)
                    .orElseThrow(Article9ConditionNotInScheduleOneException::new);
            if (schedule1Condition != null && schedule1Condition != cited) {
                throw new Article9ConditionNotInScheduleOneException();
            }
        }
        return new LawfulBasis(article6, schedule1Condition != null ? schedule1Condition : cited);
    }
}
