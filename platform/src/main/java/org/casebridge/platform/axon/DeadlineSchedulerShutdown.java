package org.casebridge.platform.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * Stops the deadline scheduler before anything else stops. Left to its bean's destroy method, db-scheduler would
 * still pick a deadline while Axon's components are being shut down, fail it for want of the deadline manager,
 * and leave it to wait for its retry delay.
 */
public class DeadlineSchedulerShutdown implements SmartLifecycle {

    private final ObjectProvider<Scheduler> scheduler;
    private final AtomicBoolean running = new AtomicBoolean();

    public DeadlineSchedulerShutdown(ObjectProvider<Scheduler> scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void start() {
        running.set(true);
    }

    @Override
    public void stop() {
        if (running.compareAndSet(true, false)) {
            scheduler.ifAvailable(Scheduler::stop);
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    /** The highest phase starts last and stops first: before Axon and the web server stop. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
