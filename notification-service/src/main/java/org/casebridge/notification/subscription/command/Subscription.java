package org.casebridge.notification.subscription.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.notification.agency.AgencyDirectory;
import org.casebridge.notification.agency.DirectoryAgency;
import org.casebridge.notification.agency.SharingRules;
import org.casebridge.platform.problem.NotFoundException;

/**
 * An agency's subscription to case events. Only the owning agency may change it: to anyone else it does not exist.
 */
@Aggregate
public class Subscription {

    /** ONS local authority codes: country letter (England, Wales, Scotland, Northern Ireland) and eight digits. */
    private static final Pattern AREA_CODE = Pattern.compile("[EWSN]\\d{8}");
    /** A mailbox, deliberately simple: one @, no spaces, a dotted domain. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Kafka topic names allow these characters; the agency id becomes part of one. */
    private static final Pattern TOPIC_PART = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    /**
     * A replay sends history to the agency's endpoint again: once a minute per subscription recovers from any outage,
     * and bounds the work one agency token can make the service do (security review L9).
     */
    static final Duration REPLAY_INTERVAL = Duration.ofMinutes(1);

    @AggregateIdentifier
    private String subscriptionId;

    private String agencyId;
    private ChannelType channelType;
    private SubscriptionFilter filter;
    private SubscriptionStatus status;
    private Instant lastReplayAt;

    protected Subscription() {}

    @CommandHandler
    public Subscription(
            SubscribeCommand command, WebhookEndpointPolicy endpoints, AgencyDirectory directory, Clock clock) {
        checkFilter(command.subscriptionId(), command.filter());
        Channel channel = checkChannel(command, endpoints);
        checkLawfulBasis(command.lawfulBasis());
        checkDirectory(directory, command.agencyId(), command.filter(), clock.instant());
        apply(new SubscribedEvent(
                command.subscriptionId(),
                command.agencyId(),
                command.filter(),
                channel,
                channel.type() == ChannelType.WEBHOOK ? command.encryptedSecret() : null,
                command.lawfulBasis(),
                command.actor(),
                clock.instant()));
    }

    /** Answers whether the subscription was already paused: a second click records nothing (ADR 0093). */
    @CommandHandler
    public boolean handle(PauseSubscriptionCommand command, Clock clock) {
        checkOwner(command.agencyId());
        if (status == SubscriptionStatus.PAUSED) {
            return true;
        }
        apply(new SubscriptionPausedEvent(subscriptionId, agencyId, command.actor(), clock.instant()));
        return false;
    }

    /** Answers whether the subscription was already receiving: a second click records nothing (ADR 0093). */
    @CommandHandler
    public boolean handle(ResumeSubscriptionCommand command, Clock clock) {
        checkOwner(command.agencyId());
        if (status != SubscriptionStatus.PAUSED) {
            return true;
        }
        apply(new SubscriptionResumedEvent(subscriptionId, agencyId, command.actor(), clock.instant()));
        return false;
    }

    @CommandHandler
    public void handle(RotateWebhookSecretCommand command, Clock clock) {
        checkOwner(command.agencyId());
        if (channelType != ChannelType.WEBHOOK) {
            throw new SecretRotationRequiresWebhookException(subscriptionId, channelType);
        }
        requireSecret(command.encryptedSecret());
        apply(new WebhookSecretRotatedEvent(
                subscriptionId, agencyId, command.encryptedSecret(), command.actor(), clock.instant()));
    }

    @CommandHandler
    public void handle(ChangeSubscriptionFiltersCommand command, AgencyDirectory directory, Clock clock) {
        checkOwner(command.agencyId());
        checkFilter(subscriptionId, command.filter());
        checkDirectory(directory, agencyId, command.filter(), clock.instant());
        if (command.filter().equals(filter)) {
            return;
        }
        apply(new SubscriptionFiltersChangedEvent(
                subscriptionId, agencyId, command.filter(), command.actor(), clock.instant()));
    }

    @CommandHandler
    public void handle(RequestReplayCommand command, Clock clock) {
        checkOwner(command.agencyId());
        Instant now = clock.instant();
        if (command.from().isAfter(now)) {
            throw new ReplayFromFutureException(command.from());
        }
        if (status == SubscriptionStatus.PAUSED) {
            throw new SubscriptionPausedException(subscriptionId);
        }
        if (lastReplayAt != null && now.isBefore(lastReplayAt.plus(REPLAY_INTERVAL))) {
            throw new ReplayTooSoonException(subscriptionId, lastReplayAt.plus(REPLAY_INTERVAL));
        }
        apply(new ReplayRequestedEvent(subscriptionId, agencyId, command.from(), command.actor(), now));
    }

    @CommandHandler
    public void handle(RequestRedeliveryCommand command, Clock clock) {
        checkOwner(command.agencyId());
        apply(new RedeliveryRequestedEvent(
                subscriptionId, agencyId, command.deliveryId(), command.eventId(), command.actor(), clock.instant()));
    }

    @EventSourcingHandler
    void on(SubscribedEvent event) {
        subscriptionId = event.subscriptionId();
        agencyId = event.agencyId();
        channelType = event.channel().type();
        filter = event.filter();
        status = SubscriptionStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(SubscriptionPausedEvent event) {
        status = SubscriptionStatus.PAUSED;
    }

    @EventSourcingHandler
    void on(SubscriptionResumedEvent event) {
        status = SubscriptionStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(SubscriptionFiltersChangedEvent event) {
        filter = event.filter();
    }

    @EventSourcingHandler
    void on(ReplayRequestedEvent event) {
        lastReplayAt = event.requestedAt();
    }

    private void checkOwner(String actorAgencyId) {
        if (!agencyId.equals(actorAgencyId)) {
            throw new NotFoundException("subscription", subscriptionId);
        }
    }

    private static void checkFilter(String subscriptionId, SubscriptionFilter filter) {
        if (filter.eventTypes().isEmpty()) {
            throw new NoEventTypesException(subscriptionId);
        }
        Set<String> unknown = new TreeSet<>(filter.eventTypes());
        unknown.removeAll(IntegrationEventTypes.all().keySet());
        if (!unknown.isEmpty()) {
            throw new UnknownEventTypeException(unknown);
        }
        Set<String> invalidAreas = new TreeSet<>();
        filter.areas().stream()
                .filter(area -> area == null || !AREA_CODE.matcher(area).matches())
                .map(String::valueOf)
                .forEach(invalidAreas::add);
        if (!invalidAreas.isEmpty()) {
            throw new InvalidAreaCodeException(invalidAreas);
        }
        if (filter.scope() == CaseScope.ALL_IN_AREA && filter.areas().isEmpty()) {
            throw new AreaRequiredException(subscriptionId);
        }
    }

    /**
     * The agency directory, not the agency, says which areas an agency serves and so which it may name (those it
     * serves now or from a later date), and its kind says whether it may follow every case of them.
     */
    private static void checkDirectory(
            AgencyDirectory directory, String agencyId, SubscriptionFilter filter, Instant now) {
        DirectoryAgency agency =
                directory.find(agencyId).orElseThrow(() -> new AgencyNotInDirectoryException(agencyId));
        Set<String> served = agency.areasNotEndedAt(now);
        Set<String> notServed = new TreeSet<>(filter.areas());
        notServed.removeAll(served);
        if (!notServed.isEmpty()) {
            throw new AreaNotServedException(notServed, served);
        }
        if (filter.scope() == CaseScope.ALL_IN_AREA && !SharingRules.hearsOfCasesItIsNotInvolvedIn(agency.kind())) {
            throw new ScopeNotForAgencyKindException(agency.kind().name());
        }
    }

    private static Channel checkChannel(SubscribeCommand command, WebhookEndpointPolicy endpoints) {
        Channel channel = command.channel();
        return switch (channel.type()) {
            case WEBHOOK -> {
                endpoints.check(channel.endpoint());
                requireSecret(command.encryptedSecret());
                yield channel;
            }
            case EMAIL -> {
                if (channel.endpoint() == null
                        || !EMAIL.matcher(channel.endpoint()).matches()) {
                    throw new InvalidEmailAddressException(channel.endpoint());
                }
                yield channel;
            }
            case KAFKA -> {
                if (!TOPIC_PART.matcher(command.agencyId()).matches()) {
                    throw new AgencyIdNotATopicNameException(command.agencyId());
                }
                yield new Channel(ChannelType.KAFKA, Channel.agencyTopic(command.agencyId()));
            }
        };
    }

    /**
     * A share is made on a basis a public authority may use for its task, with a Schedule 1 condition (ADR 0024).
     * Shared with {@code InformationShare}, which checks every share the same way.
     */
    public static void checkLawfulBasis(LawfulBasis basis) {
        if (basis == null || basis.article6() == null) {
            throw new Article9ConditionRequiredException();
        }
        checkArticle6(basis.article6());
        if (basis.schedule1Condition() == null) {
            throw new Article9ConditionRequiredException();
        }
    }

    /** The Article 6 basis is one a public authority may share safeguarding information on for its task. */
    public static void checkArticle6(Article6Basis article6) {
        if (article6 == Article6Basis.CONSENT) {
            throw new ConsentIsTheWrongBasisException();
        }
        if (article6.forPublicAuthorities().isEmpty()) {
            throw new Article6BasisNotForPublicAuthoritiesException(article6);
        }
    }

    private static void requireSecret(String encryptedSecret) {
        if (encryptedSecret == null || encryptedSecret.isBlank()) {
            throw new IllegalArgumentException("A webhook subscription needs its encrypted signing secret");
        }
    }
}
