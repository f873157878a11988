package org.casebridge.notification.subscription.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.LawfulBasis;

/** The lawful basis recorded on every share this subscription makes. */
public record LawfulBasisRequest(
        @NotNull @Schema(description = "UK GDPR Art 6(1) basis; CONSENT is refused", example = "PUBLIC_TASK")
        Article6Basis article6,

        @NotBlank @Size(max = 500) @Schema(description = "UK GDPR Art 9 condition", example = "DPA 2018 Sch 1 para 18")
        String article9Condition) {

    LawfulBasis toDomain() {
        return new LawfulBasis(article6, article9Condition.strip());
    }
}
