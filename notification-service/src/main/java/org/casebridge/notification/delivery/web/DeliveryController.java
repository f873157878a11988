package org.casebridge.notification.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.casebridge.notification.agency.Agencies;
import org.casebridge.notification.agency.ReadScope;
import org.casebridge.notification.delivery.query.DeliveryLog;
import org.casebridge.notification.delivery.query.DeliveryView;
import org.casebridge.notification.delivery.query.InformationShareView;
import org.casebridge.notification.subscription.query.Subscriptions;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agency's delivery log, dead letters, redeliveries, replays and share record. An auditor reads every agency's
 * and changes nothing; another agency's records do not exist for the caller (404).
 */
@RestController
@Validated
@Tag(name = "Deliveries", description = "Every attempt to deliver, and every share made, for the caller's agency")
public class DeliveryController {

    private final DeliveryLog log;
    private final DeliveryRequests requests;
    private final Subscriptions subscriptions;

    public DeliveryController(DeliveryLog log, DeliveryRequests requests, Subscriptions subscriptions) {
        this.log = log;
        this.requests = requests;
        this.subscriptions = subscriptions;
    }

    @GetMapping("/api/deliveries")
    @RecordsAccess(value = "deliveries", caseIdVariable = "")
    @Operation(
            summary = "The delivery log: deliveries with every attempt, newest first (an auditor: every agency's)",
            description = "Narrow by case and/or subscription; at most " + DeliveryLog.MAX_ROWS + " deliveries.")
    public List<DeliveryView> deliveries(
            Actor actor,
            @Parameter(example = "c-2026-000123") @Size(max = 255) @RequestParam(required = false) String caseId,
            @Parameter(example = "5b0e9a52-9d61-4f3e-a3b5-0d4a3e7c2f11") @Size(max = 64) @RequestParam(required = false)
                    String subscriptionId) {
        return log.deliveries(ReadScope.of(actor), caseId, subscriptionId);
    }

    @GetMapping("/api/cases/{caseId}/deliveries")
    @RecordsAccess("case-deliveries")
    @Operation(summary = "The delivery log of one case (the read is recorded against the case in the access log)")
    @ApiResponse(responseCode = "404", description = "No delivery of this case to the caller's agency")
    public List<DeliveryView> caseDeliveries(
            Actor actor, @Parameter(example = "c-2026-000123") @Size(max = 255) @PathVariable String caseId) {
        return nonEmpty(log.deliveries(ReadScope.of(actor), caseId, null), caseId);
    }

    @GetMapping("/api/cases/{caseId}/information-shares")
    @RecordsAccess("case-information-shares")
    @Operation(summary = "Every share of one case made to the caller's agency (recorded against the case)")
    @ApiResponse(responseCode = "404", description = "Nothing about this case was shared with the caller's agency")
    public List<InformationShareView> caseShares(
            Actor actor, @Parameter(example = "c-2026-000123") @Size(max = 255) @PathVariable String caseId) {
        return nonEmpty(log.shares(ReadScope.of(actor), caseId, null), caseId);
    }

    @GetMapping("/api/subscriptions/{subscriptionId}/dead-letters")
    @RecordsAccess(value = "dead-letters", caseIdVariable = "")
    @Operation(summary = "Deliveries that exhausted their retry period")
    @ApiResponse(responseCode = "404", description = "No such subscription, or another agency's")
    public List<DeliveryView> deadLetters(Actor actor, @PathVariable String subscriptionId) {
        ReadScope scope = ReadScope.of(actor);
        subscriptions
                .findVisible(subscriptionId, scope)
                .orElseThrow(() -> new NotFoundException("subscription", subscriptionId));
        return log.deadLetters(scope, subscriptionId);
    }

    @PostMapping("/api/deliveries/{deliveryId}/redelivery")
    @Operation(summary = "Send a delivered or dead-lettered delivery again (same webhook-id)")
    @ApiResponse(responseCode = "202", description = "Queued")
    @ApiResponse(
            responseCode = "409",
            description = "delivery-in-progress: still pending; delivery-erased: its payload was erased when its"
                    + " retention ended (ADR 0069)")
    public ResponseEntity<DeliveryView> redeliver(Actor actor, @PathVariable UUID deliveryId) {
        DeliveryView delivery = requests.redeliver(Agencies.agencyOf(actor), actor.actedBy(), deliveryId);
        return ResponseEntity.accepted()
                .location(URI.create("/api/deliveries?subscriptionId=" + delivery.subscriptionId()))
                .body(delivery);
    }

    @PostMapping("/api/subscriptions/{subscriptionId}/replay")
    @Operation(
            summary = "Deliver again every received event since a point in time that the subscription matches now",
            description = "Rebuilt from the stored events, with today's filters; a delivery already made is sent "
                    + "again with its original webhook-id.")
    @ApiResponse(responseCode = "202", description = "Queued")
    @ApiResponse(responseCode = "409", description = "The subscription is paused")
    @ApiResponse(responseCode = "422", description = "from is in the future")
    public ResponseEntity<ReplayResponse> replay(
            Actor actor,
            @PathVariable String subscriptionId,
            @Parameter(example = "2026-11-27T00:00:00Z")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Instant from) {
        return ResponseEntity.accepted()
                .body(requests.replay(Agencies.agencyOf(actor), actor.actedBy(), subscriptionId, from));
    }

    @GetMapping("/api/information-shares")
    @RecordsAccess(value = "information-shares", caseIdVariable = "")
    @Operation(
            summary = "Every share made to the caller's agency, with its lawful basis (InformationSharedEvent); "
                    + "an auditor: every agency's")
    public List<InformationShareView> shares(
            Actor actor,
            @Parameter(example = "c-2026-000123") @Size(max = 255) @RequestParam(required = false) String caseId,
            @Size(max = 64) @RequestParam(required = false) String subscriptionId) {
        return log.shares(ReadScope.of(actor), caseId, subscriptionId);
    }

    /** A case the caller has no record of answers as one that does not exist: the same 404 either way. */
    private static <T> List<T> nonEmpty(List<T> records, String caseId) {
        if (records.isEmpty()) {
            throw new NotFoundException("case", caseId);
        }
        return records;
    }
}
