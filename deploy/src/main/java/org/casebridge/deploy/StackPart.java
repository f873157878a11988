package org.casebridge.deploy;

import java.nio.file.Path;

/** One process of the local stack that the launcher keeps running: PostgreSQL, Kafka or a service instance. */
interface StackPart extends AutoCloseable {

    boolean isAlive();

    /** How it ended, for the line the launcher prints, e.g. "exit code 137". */
    String exitDescription();

    Path log();

    String logTail();

    /** Ends the process at once with SIGKILL, as a crash would: no clean stop, for the fault tests. */
    void kill();

    @Override
    void close();
}
