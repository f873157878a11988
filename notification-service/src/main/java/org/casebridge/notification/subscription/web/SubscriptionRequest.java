package org.casebridge.notification.subscription.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.casebridge.notification.subscription.command.CaseScope;

/** A new subscription. The agency is the caller's organisation. */
@Schema(example = """
        {"eventTypes": ["org.casebridge.school.referral-made.v1", "org.casebridge.police.outcome-assigned.v1"],
         "areas": ["E09000012"], "scope": "ALL_IN_AREA",
         "channel": {"type": "WEBHOOK", "url": "https://hooks.hackney.example/casebridge"},
         "lawfulBasis": {"article6": "PUBLIC_TASK",
                         "schedule1Condition": "PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK"}}""")
public record SubscriptionRequest(
        @NotEmpty @Size(max = 50) Set<@NotBlank @Size(max = 200) String> eventTypes,

        @Size(max = 100)
        Set<
                        @NotNull
                        @Pattern(regexp = "[EWSN]\\d{8}", message = "must be a local authority code such as E09000012")
                        String>
                areas,

        @NotNull CaseScope scope,
        @NotNull @Valid ChannelRequest channel,
        @NotNull @Valid LawfulBasisRequest lawfulBasis) {}
