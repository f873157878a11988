package org.casebridge.platform.history;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.casebridge.platform.problem.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A view as it stood at an instant, rebuilt from the events up to it by the service's own projection (ADR 0047).
 *
 * <p>In one transaction that is always rolled back, each table the projection writes is shadowed by an empty
 * temporary table of the same shape ({@code CREATE TEMP TABLE t (LIKE t INCLUDING ALL) ON COMMIT DROP}: PostgreSQL
 * resolves an unqualified name in the session's temporary schema first). The projection's own event handlers are
 * applied to the events up to the instant, through Axon's annotation adapter as the processor would, and the
 * service's own query then reads the shadow tables. So the historical view has the live view's shape and rules by
 * construction, no second projection exists, and nothing is written that outlives the request.
 */
public class HistoricalViews {

    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");

    private final EventStore events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public HistoricalViews(EventStore events, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * The instant a request asked for, or the house's 400 {@code invalid-request} naming {@code asOf}: it must be an
     * ISO-8601 instant and not in the future. The problem never repeats what was sent.
     */
    public Instant instant(String asOf) {
        Instant instant;
        try {
            instant = Instant.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("asOf", "asOf must be an instant such as 2026-11-30T14:05:00Z");
        }
        if (instant.isAfter(clock.instant())) {
            throw new InvalidParameterException(
                    "asOf",
                    "asOf " + instant + " is in the future; a historical view can only show what has happened.");
        }
        return instant;
    }

    /**
     * The events of the aggregates that happened at or before {@code asOf}, in the order they happened: for each
     * aggregate the prefix of its stream up to the instant (its own sequence), then merged by {@code when}. Times
     * are compared to the microsecond, as the read models and timelines keep them, so an entry's own instant
     * includes it.
     *
     * @param when the instant an event happened, as the views show it (the event's own time)
     */
    public List<DomainEventMessage<?>> eventsUpTo(
            List<String> aggregateIds, Instant asOf, Function<EventMessage<?>, Instant> when) {
        List<DomainEventMessage<?>> upTo = new ArrayList<>();
        for (String aggregateId : aggregateIds) {
            var stream = events.readEvents(aggregateId, 0L);
            while (stream.hasNext()) {
                DomainEventMessage<?> event = stream.next();
                if (when.apply(event).truncatedTo(ChronoUnit.MICROS).isAfter(asOf)) {
                    break;
                }
                upTo.add(event);
            }
        }
        upTo.sort(Comparator.comparing(when));
        return upTo;
    }

    /**
     * Applies the events to empty shadows of the tables with the projections' handlers, then answers what
     * {@code read} reads from them; everything is rolled back.
     *
     * @param tables      every table the projections write or the read reads
     * @param projections the projection beans whose handlers build those tables
     */
    public <T> T rebuild(
            List<String> tables, List<Object> projections, List<? extends EventMessage<?>> history, Supplier<T> read) {
        List<AnnotationEventHandlerAdapter> handlers = new ArrayList<>();
        for (Object projection : projections) {
            handlers.add(new AnnotationEventHandlerAdapter(target(projection)));
        }
        return transaction.execute(status -> {
            status.setRollbackOnly();
            for (String table : tables) {
                if (!TABLE.matcher(table).matches()) {
                    throw new IllegalArgumentException("Not a table name: " + table);
                }
                jdbc.execute(
                        "CREATE TEMP TABLE " + table + " (LIKE " + qualified(table) + " INCLUDING ALL) ON COMMIT DROP");
            }
            for (EventMessage<?> event : history) {
                for (AnnotationEventHandlerAdapter handler : handlers) {
                    if (handler.canHandle(event)) {
                        try {
                            handler.handle(event);
                        } catch (Exception e) {
                            throw new IllegalStateException(
                                    "A historical view could not apply "
                                            + event.getPayloadType().getSimpleName(),
                                    e);
                        }
                    }
                }
            }
            return read.get();
        });
    }

    private String qualified(String table) {
        String schema = jdbc.queryForObject("SELECT current_schema()", String.class);
        return schema == null ? table : schema + "." + table;
    }

    private static Object target(Object bean) {
        @Nullable Object target = AopProxyUtils.getSingletonTarget(bean);
        return target == null ? bean : target;
    }
}
