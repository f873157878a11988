package org.casebridge.notification.subscription.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.notification.agency.Agencies;
import org.casebridge.notification.agency.ReadScope;
import org.casebridge.notification.subscription.command.Channel;
import org.casebridge.notification.subscription.command.ChangeSubscriptionFiltersCommand;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.PauseSubscriptionCommand;
import org.casebridge.notification.subscription.command.ResumeSubscriptionCommand;
import org.casebridge.notification.subscription.command.RotateWebhookSecretCommand;
import org.casebridge.notification.subscription.command.SecretRotationRequiresWebhookException;
import org.casebridge.notification.subscription.command.SubscribeCommand;
import org.casebridge.notification.subscription.command.SubscriptionFilter;
import org.casebridge.notification.subscription.query.SubscriptionView;
import org.casebridge.notification.subscription.query.Subscriptions;
import org.casebridge.notification.subscription.secret.SecretCipher;
import org.casebridge.notification.subscription.secret.WebhookSecrets;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.problem.NotFoundException;
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

    private final CommandGateway commands;
    private final Subscriptions subscriptions;
    private final WebhookSecrets secrets;
    private final SecretCipher cipher;

    public SubscriptionController(CommandGateway commands, Subscriptions subscriptions, WebhookSecrets secrets,
                                  SecretCipher cipher) {
        this.commands = commands;
        this.subscriptions = subscriptions;
        this.secrets = secrets;
        this.cipher = cipher;
    }

    @PostMapping
    @Operation(summary = "Subscribe to case events",
            description = "The webhook secret is in this response only; it is stored encrypted and never shown again.")
    @ApiResponse(responseCode = "201", description = "Subscribed; Location names the subscription")
    @ApiResponse(responseCode = "422", description = "A rule refused it: unknown event type, webhook URL, lawful basis")
    public ResponseEntity<SubscriptionCreatedResponse> subscribe(Actor actor,
                                                                 @Valid @RequestBody SubscriptionRequest request) {
        String agencyId = Agencies.agencyOf(actor);
        String subscriptionId = UUID.randomUUID().toString();
        boolean webhook = request.channel().type() == ChannelType.WEBHOOK;
        String secret = webhook ? secrets.generate() : null;
        commands.sendAndWait(new SubscribeCommand(subscriptionId, agencyId, actor.id(),
                new SubscriptionFilter(request.eventTypes(), request.areas(), request.scope()),
                new Channel(request.channel().type(), request.channel().endpoint()),
                webhook ? cipher.encrypt(secret) : null, request.lawfulBasis().toDomain()));
        return ResponseEntity.created(URI.create("/api/subscriptions/" + subscriptionId))
                .body(new SubscriptionCreatedResponse(SubscriptionResponse.of(owned(subscriptionId, agencyId)),
                        secret));
    }

    @GetMapping
    @RecordsAccess(value = "subscriptions", caseIdVariable = "")
    @Operation(summary = "The caller's agency's subscriptions (an auditor: every agency's)")
    public List<SubscriptionResponse> list(Actor actor) {
        return subscriptions.visibleTo(ReadScope.of(actor)).stream().map(SubscriptionResponse::of).toList();
    }

    @GetMapping("/{subscriptionId}")
    @RecordsAccess(value = "subscription", caseIdVariable = "")
    @Operation(summary = "One subscription of the caller's agency (an auditor: any)")
    @ApiResponse(responseCode = "404", description = "No such subscription, or another agency's")
    public SubscriptionResponse get(Actor actor, @PathVariable String subscriptionId) {
        return SubscriptionResponse.of(subscriptions.findVisible(subscriptionId, ReadScope.of(actor))
                .orElseThrow(() -> new NotFoundException("subscription", subscriptionId)));
    }

    @PutMapping("/{subscriptionId}/filters")
    @Operation(summary = "Replace the filters (event types, areas, scope)")
    public SubscriptionResponse replaceFilters(Actor actor, @PathVariable String subscriptionId,
                                               @Valid @RequestBody FiltersRequest request) {
        String agencyId = Agencies.agencyOf(actor);
        SubscriptionView current = owned(subscriptionId, agencyId);
        if (request.eventTypes() == null || request.areas() == null || request.scope() == null) {
            throw new FiltersIncompleteException();
        }
        return changeFilters(actor, current,
                new SubscriptionFilter(request.eventTypes(), request.areas(), request.scope()));
    }

    @PatchMapping("/{subscriptionId}/filters")
    @Operation(summary = "Change some filters; missing fields keep their value")
    public SubscriptionResponse patchFilters(Actor actor, @PathVariable String subscriptionId,
                                             @Valid @RequestBody FiltersRequest request) {
        SubscriptionView current = owned(subscriptionId, Agencies.agencyOf(actor));
        SubscriptionFilter filter = new SubscriptionFilter(
                request.eventTypes() == null ? current.eventTypes() : request.eventTypes(),
                request.areas() == null ? current.areas() : request.areas(),
                request.scope() == null ? current.scope() : request.scope());
        return changeFilters(actor, current, filter);
    }

    @PostMapping("/{subscriptionId}/pause")
    @Operation(summary = "Stop deliveries", description = "Queued deliveries wait; events arriving while paused are "
            + "not queued (a replay brings them back).")
    @ApiResponse(responseCode = "409", description = "Already paused")
    public SubscriptionResponse pause(Actor actor, @PathVariable String subscriptionId) {
        String agencyId = Agencies.agencyOf(actor);
        owned(subscriptionId, agencyId);
        commands.sendAndWait(new PauseSubscriptionCommand(subscriptionId, agencyId, actor.id()));
        return SubscriptionResponse.of(owned(subscriptionId, agencyId));
    }

    @PostMapping("/{subscriptionId}/resume")
    @Operation(summary = "Resume deliveries")
    @ApiResponse(responseCode = "409", description = "Not paused")
    public SubscriptionResponse resume(Actor actor, @PathVariable String subscriptionId) {
        String agencyId = Agencies.agencyOf(actor);
        owned(subscriptionId, agencyId);
        commands.sendAndWait(new ResumeSubscriptionCommand(subscriptionId, agencyId, actor.id()));
        return SubscriptionResponse.of(owned(subscriptionId, agencyId));
    }

    @PostMapping("/{subscriptionId}/secret-rotation")
    @Operation(summary = "Replace the webhook signing secret",
            description = "The new secret is in this response only; later deliveries are signed with it.")
    @ApiResponse(responseCode = "422", description = "Not a webhook subscription")
    public SecretRotatedResponse rotateSecret(Actor actor,
                                              @Parameter(example = "5b0e9a52-9d61-4f3e-a3b5-0d4a3e7c2f11")
                                              @PathVariable String subscriptionId) {
        String agencyId = Agencies.agencyOf(actor);
        SubscriptionView current = owned(subscriptionId, agencyId);
        if (current.channelType() != ChannelType.WEBHOOK) {
            throw new SecretRotationRequiresWebhookException(subscriptionId, current.channelType());
        }
        String secret = secrets.generate();
        commands.sendAndWait(new RotateWebhookSecretCommand(subscriptionId, agencyId, actor.id(),
                cipher.encrypt(secret)));
        return new SecretRotatedResponse(subscriptionId, secret);
    }

    private SubscriptionResponse changeFilters(Actor actor, SubscriptionView current, SubscriptionFilter filter) {
        commands.sendAndWait(new ChangeSubscriptionFiltersCommand(current.subscriptionId(), current.agencyId(),
                actor.id(), filter));
        return SubscriptionResponse.of(owned(current.subscriptionId(), current.agencyId()));
    }

    private SubscriptionView owned(String subscriptionId, String agencyId) {
        return subscriptions.findOwned(subscriptionId, agencyId)
                .orElseThrow(() -> new NotFoundException("subscription", subscriptionId));
    }
}
