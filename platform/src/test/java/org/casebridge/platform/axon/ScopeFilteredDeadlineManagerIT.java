package org.casebridge.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.Serializer;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cancelling a case's clock (ADR 0095) cancels that clock of that case and nothing else, finds it by index, also finds
 * one scheduled before the index existed, and leaves no index row behind.
 */
@CasebridgeIntegrationTest
class ScopeFilteredDeadlineManagerIT {

    private static final Instant LATER = Instant.parse("2099-01-04T09:00:00Z");

    @Autowired
    DeadlineManager deadlines;

    @Autowired
    Scheduler scheduler;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Autowired
    TransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void cancelsThatClockOfThatCaseAndNothingElse() {
        AggregateScopeDescriptor thisCase = caseScope();
        AggregateScopeDescriptor otherCase = caseScope();
        String review = deadlines.schedule(LATER, "review", null, thisCase);
        String otherReview = deadlines.schedule(LATER, "review", null, otherCase);
        String transfer = deadlines.schedule(LATER, "transfer", null, thisCase);

        deadlines.cancelAllWithinScope("review", thisCase);

        assertThat(pending(review, otherReview, transfer)).containsExactlyInAnyOrder(otherReview, transfer);
        assertThat(indexed(review, otherReview, transfer)).containsExactlyInAnyOrder(otherReview, transfer);
    }

    @Test
    void indexesADeadlineWhoseAggregateHasNoIdentifierYetWhenItSchedules() {
        AtomicReference<String> identifier = new AtomicReference<>();
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        AggregateScopeDescriptor created = new AggregateScopeDescriptor("SafeguardingCase", identifier::get);
        String review = deadlines.schedule(LATER, "review", null, created);
        identifier.set(UUID.randomUUID().toString());
        unitOfWork.commit();

        assertThat(indexed(review)).containsExactly(review);
        deadlines.cancelAllWithinScope("review", new AggregateScopeDescriptor("SafeguardingCase", identifier.get()));
        assertThat(pending(review)).isEmpty();
    }

    @Test
    void aSecondCancellationFindsNothingAndChangesNothing() {
        AggregateScopeDescriptor thisCase = caseScope();
        String review = deadlines.schedule(LATER, "review", null, thisCase);
        String transfer = deadlines.schedule(LATER, "transfer", null, thisCase);

        deadlines.cancelAllWithinScope("review", thisCase);
        deadlines.cancelAllWithinScope("review", thisCase);

        assertThat(pending(review, transfer)).containsExactly(transfer);
    }

    @Test
    void findsADeadlineScheduledBeforeTheIndexExisted() {
        DeadlineManager fresh = new ScopeFilteredDeadlineManager(
                DbSchedulerDeadlineManager.builder()
                        .scopeAwareProvider(scope -> Stream.empty())
                        .transactionManager(transactionManager)
                        .startScheduler(false)
                        .stopScheduler(false),
                scheduler,
                serializer,
                jdbc);
        AggregateScopeDescriptor thisCase = caseScope();
        String unindexed = deadlines.schedule(LATER, "review", null, thisCase);
        String other = deadlines.schedule(LATER, "transfer", null, thisCase);
        jdbc.update("DELETE FROM deadline_scope WHERE task_instance = ?", unindexed);

        fresh.cancelAllWithinScope("review", thisCase);

        assertThat(pending(unindexed, other)).containsExactly(other);
    }

    @Test
    void aDeadlineThatLeavesTheScheduleTakesItsIndexRowWithIt() {
        String review = deadlines.schedule(LATER, "review", null, caseScope());
        assertThat(indexed(review)).containsExactly(review);

        jdbc.update("DELETE FROM scheduled_tasks WHERE task_name = 'AxonDeadline' AND task_instance = ?", review);

        assertThat(indexed(review)).isEmpty();
    }

    private static AggregateScopeDescriptor caseScope() {
        return new AggregateScopeDescriptor(
                "SafeguardingCase", UUID.randomUUID().toString());
    }

    private List<String> pending(String... ids) {
        return jdbc.queryForList(
                "SELECT task_instance FROM scheduled_tasks WHERE task_name = 'AxonDeadline' AND task_instance = ANY(?)",
                String.class,
                (Object) ids);
    }

    private List<String> indexed(String... ids) {
        return jdbc.queryForList(
                "SELECT task_instance FROM deadline_scope WHERE task_instance = ANY(?)", String.class, (Object) ids);
    }
}
