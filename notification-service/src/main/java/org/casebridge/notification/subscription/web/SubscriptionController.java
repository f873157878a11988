package org.casebridge.notification.subscription.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.casebridge.notification.subscription.command.Channel;
import org.casebridge.notification.subscription.command.SubscriptionFilter;
import org.casebridge.notification.subscription.service.SubscriptionService;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An agency's subscriptions. Another agency's subscription does not exist for the caller (404); auditors read every
 * agency's and change none (403); other roles are refused (403).
 */
@RestController
@RequestMapping("/api/subscriptions")
@Tag(name = "Subscriptions", description = "What case events an agency receives, where, and on which lawful basis")
public class SubscriptionController {

    private final SubscriptionService service;

    public SubscriptionController(SubscriptionService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(
            summary = "Subscribe to case events",
            description = "The webhook secret is in this response only; it is stored encrypted and never shown again.")
    @ApiResponse(responseCode = "201", description = "Subscribed; Location names the subscription")
    @ApiResponse(responseCode = "422", description = "A rule refused it: unknown event type, webhook URL, lawful basis")
    public ResponseEntity<SubscriptionCreatedResponse> subscribe(
            Actor actor, @Valid @RequestBody SubscriptionRequest request) {
        SubscriptionService.Subscribed subscribed = service.subscribe(
                actor,
                new SubscriptionFilter(request.eventTypes(), request.areas(), request.scope()),
                new Channel(request.channel().type(), request.channel().endpoint()),
                request.lawfulBasis().toDomain());
        return ResponseEntity.created(URI.create(
                        "/api/subscriptions/" + subscribed.subscription().subscriptionId()))
                .body(new SubscriptionCreatedResponse(
                        SubscriptionResponse.of(subscribed.subscription()), subscribed.webhookSecret()));
    }

    @GetMapping
    @RecordsAccess(value = "subscriptions", caseIdVariable = "")
    @Operation(summary = "The caller's agency's subscriptions (an auditor: every agency's)")
    public List<SubscriptionResponse> list(Actor actor) {
        return service.visible(actor).stream().map(SubscriptionResponse::of).toList();
    }

    @GetMapping("/{subscriptionId}")
    @RecordsAccess(value = "subscription", caseIdVariable = "")
    @Operation(summary = "One subscription of the caller's agency (an auditor: any)")
    @ApiResponse(responseCode = "404", description = "No such subscription, or another agency's")
    public SubscriptionResponse get(Actor actor, @PathVariable String subscriptionId) {
        return SubscriptionResponse.of(service.visible(actor, subscriptionId));
    }

    @PutMapping("/{subscriptionId}/filters")
    @Operation(summary = "Replace the filters (event types, areas, scope)")
    public SubscriptionResponse replaceFilters(
            Actor actor, @PathVariable String subscriptionId, @Valid @RequestBody FiltersRequest request) {
        return SubscriptionResponse.of(service.changeFilters(actor, subscriptionId, current -> {
            if (request.eventTypes() == null || request.areas() == null || request.scope() == null) {
                throw new FiltersIncompleteException();
            }
            return new SubscriptionFilter(request.eventTypes(), request.areas(), request.scope());
        }));
    }

    @PatchMapping("/{subscriptionId}/filters")
    @Operation(summary = "Change some filters; missing fields keep their value")
    public SubscriptionResponse patchFilters(
            Actor actor, @PathVariable String subscriptionId, @Valid @RequestBody FiltersRequest request) {
        return SubscriptionResponse.of(service.changeFilters(
                actor,
                subscriptionId,
                current -> new SubscriptionFilter(
                        request.eventTypes() == null ? current.eventTypes() : request.eventTypes(),
                        request.areas() == null ? current.areas() : request.areas(),
                        request.scope() == null ? current.scope() : request.scope())));
    }

    @PostMapping("/{subscriptionId}/pause")
    @Operation(
            summary = "Stop deliveries",
            description = "Queued deliveries wait; events arriving while paused are "
                    + "not queued (a replay brings them back). Pausing a paused subscription records nothing and "
                    + "answers it with `unchanged: true`.")
    public SubscriptionResponse pause(Actor actor, @PathVariable String subscriptionId) {
        return SubscriptionResponse.of(service.pause(actor, subscriptionId));
    }

    @PostMapping("/{subscriptionId}/resume")
    @Operation(
            summary = "Resume deliveries",
            description = "Resuming a subscription that is receiving records nothing and answers it with "
                    + "`unchanged: true`.")
    public SubscriptionResponse resume(Actor actor, @PathVariable String subscriptionId) {
        return SubscriptionResponse.of(service.resume(actor, subscriptionId));
    }

    @PostMapping("/{subscriptionId}/secret-rotation")
    @Operation(
            summary = "Replace the webhook signing secret",
            description = "The new secret is in this response only; later deliveries are signed with it.")
    @ApiResponse(responseCode = "422", description = "Not a webhook subscription")
    public SecretRotatedResponse rotateSecret(
            Actor actor,
            @Parameter(example = "5b0e9a52-9d61-4f3e-a3b5-0d4a3e7c2f11") @PathVariable String subscriptionId) {
        return new SecretRotatedResponse(subscriptionId, service.rotateSecret(actor, subscriptionId));
    }
}
