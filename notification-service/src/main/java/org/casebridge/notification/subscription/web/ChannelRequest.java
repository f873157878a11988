package org.casebridge.notification.subscription.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.casebridge.notification.subscription.command.ChannelType;

/** How deliveries reach the agency. */
@Schema(
        description = "WEBHOOK needs url (https), EMAIL needs email, KAFKA needs nothing: its topic is "
                + "casebridge.agency.<agencyId>.events")
public record ChannelRequest(
        @NotNull @Schema(example = "WEBHOOK") ChannelType type,

        @Size(max = 2048) @Schema(example = "https://hooks.hackney.example/casebridge")
        String url,

        @Email @Size(max = 254) @Schema(example = "mash@hackney.example")
        String email) {

    String endpoint() {
        return switch (type) {
            case WEBHOOK -> url;
            case EMAIL -> email;
            case KAFKA -> null;
        };
    }
}
