package org.casebridge.notification.subscription.service;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.notification.agency.Agencies;
import org.casebridge.notification.agency.AgencyDirectory;
import org.casebridge.notification.agency.ReadScope;
import org.casebridge.notification.agency.SharingRules;
import org.casebridge.notification.subscription.command.ChangeSubscriptionFiltersCommand;
import org.casebridge.notification.subscription.command.Channel;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.LawfulBasis;
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
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * What an agency does with its subscriptions, and what a reader sees of them: the one path the API and the portal
 * both take. Changes need the AGENCY role and the agency's own subscription (another's is a 404); reads follow
 * {@link ReadScope}.
 */
@Service
public class SubscriptionService {

    private final CommandGateway commands;
    private final Subscriptions subscriptions;
    private final WebhookSecrets secrets;
    private final SecretCipher cipher;
    private final AgencyDirectory directory;
    private final Clock clock;

    public SubscriptionService(
            CommandGateway commands,
            Subscriptions subscriptions,
            WebhookSecrets secrets,
            SecretCipher cipher,
            AgencyDirectory directory,
            Clock clock) {
        this.commands = commands;
        this.subscriptions = subscriptions;
        this.secrets = secrets;
        this.cipher = cipher;
        this.directory = directory;
        this.clock = clock;
    }

    /** A new subscription, and its webhook secret (null for other channels): the only time the secret is shown. */
    public record Subscribed(SubscriptionView subscription, String webhookSecret) {}

    public Subscribed subscribe(Actor actor, SubscriptionFilter filter, Channel channel, LawfulBasis lawfulBasis) {
        String agencyId = Agencies.agencyOf(actor);
        String subscriptionId = UUID.randomUUID().toString();
        boolean webhook = channel.type() == ChannelType.WEBHOOK;
        String secret = webhook ? secrets.generate() : null;
        commands.sendAndWait(new SubscribeCommand(
                subscriptionId,
                agencyId,
                actor.actedBy(),
                filter,
                channel,
                webhook ? cipher.encrypt(secret) : null,
                lawfulBasis));
        return new Subscribed(owned(subscriptionId, agencyId), secret);
    }

    public List<SubscriptionView> visible(Actor actor) {
        return subscriptions.visibleTo(ReadScope.of(actor));
    }

    public SubscriptionView visible(Actor actor, String subscriptionId) {
        return subscriptions
                .findVisible(subscriptionId, ReadScope.of(actor))
                .orElseThrow(() -> new NotFoundException("subscription", subscriptionId));
    }

    /** The areas the agency directory gives the agency now or from a later date: the only ones it may subscribe to. */
    public Set<String> areasServed(String agencyId) {
        return directory
                .find(agencyId)
                .map(agency -> agency.areasNotEndedAt(clock.instant()))
                .orElse(Set.of());
    }

    /**
     * The event types a subscription of the agency can ever bring it: those the sharing rules of its kind (from the
     * agency directory) give it anything of, however involved; none for an agency the directory does not list.
     */
    public Set<String> receivableTypes(String agencyId) {
        return directory
                .find(agencyId)
                .map(agency -> IntegrationEventTypes.all().keySet().stream()
                        .filter(type -> SharingRules.reaches(type, agency.kind()))
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .orElseGet(LinkedHashSet::new);
    }

    /** Whether the caller may change subscriptions at all: their agency, or a 403 (an auditor, a school, police). */
    public String mayChange(Actor actor) {
        return Agencies.agencyOf(actor);
    }

    /** The agency's own subscription, to change: refused to anyone but its agency (403 by role, else 404). */
    public SubscriptionView ownedForChange(Actor actor, String subscriptionId) {
        return owned(subscriptionId, Agencies.agencyOf(actor));
    }

    /** Replaces the filters with what {@code change} makes of the current ones. */
    public SubscriptionView changeFilters(
            Actor actor, String subscriptionId, UnaryOperator<SubscriptionFilter> change) {
        SubscriptionView current = ownedForChange(actor, subscriptionId);
        SubscriptionFilter filter =
                change.apply(new SubscriptionFilter(current.eventTypes(), current.areas(), current.scope()));
        commands.sendAndWait(
                new ChangeSubscriptionFiltersCommand(subscriptionId, current.agencyId(), actor.actedBy(), filter));
        return owned(subscriptionId, current.agencyId());
    }

    /**
     * A pause or a resume: the subscription after it, and whether it was already so, in which case nothing was recorded
     * (a second click, ADR 0093).
     */
    public record StatusChange(SubscriptionView subscription, boolean unchanged) {}

    public StatusChange pause(Actor actor, String subscriptionId) {
        SubscriptionView current = ownedForChange(actor, subscriptionId);
        Boolean unchanged =
                commands.sendAndWait(new PauseSubscriptionCommand(subscriptionId, current.agencyId(), actor.actedBy()));
        return new StatusChange(owned(subscriptionId, current.agencyId()), Boolean.TRUE.equals(unchanged));
    }

    public StatusChange resume(Actor actor, String subscriptionId) {
        SubscriptionView current = ownedForChange(actor, subscriptionId);
        Boolean unchanged = commands.sendAndWait(
                new ResumeSubscriptionCommand(subscriptionId, current.agencyId(), actor.actedBy()));
        return new StatusChange(owned(subscriptionId, current.agencyId()), Boolean.TRUE.equals(unchanged));
    }

    /** A new webhook signing secret, returned this once; later deliveries are signed with it. */
    public String rotateSecret(Actor actor, String subscriptionId) {
        SubscriptionView current = ownedForChange(actor, subscriptionId);
        if (current.channelType() != ChannelType.WEBHOOK) {
            throw new SecretRotationRequiresWebhookException(subscriptionId, current.channelType());
        }
        String secret = secrets.generate();
        commands.sendAndWait(new RotateWebhookSecretCommand(
                subscriptionId, current.agencyId(), actor.actedBy(), cipher.encrypt(secret)));
        return secret;
    }

    private SubscriptionView owned(String subscriptionId, String agencyId) {
        return subscriptions
                .findOwned(subscriptionId, agencyId)
                .orElseThrow(() -> new NotFoundException("subscription", subscriptionId));
    }
}
