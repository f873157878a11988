package org.casebridge.notification.subscription.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.casebridge.notification.subscription.command.CaseScope;

/** New filters: with PUT every field is required; with PATCH a missing field keeps its current value. */
@Schema(example = """
        {"eventTypes": ["org.casebridge.police.outcome-assigned.v1"], "areas": ["E09000012", "E09000030"],
         "scope": "ALL_IN_AREA"}""")
public record FiltersRequest(
        @Size(min = 1, max = 50) Set<@NotBlank @Size(max = 200) String> eventTypes,

        @Size(max = 100)
        Set<
                        @NotNull
                        @Pattern(regexp = "[EWSN]\\d{8}", message = "must be a local authority code such as E09000012")
                        String>
                areas,

        CaseScope scope) {}
