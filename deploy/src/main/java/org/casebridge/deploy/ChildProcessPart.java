package org.casebridge.deploy;

import java.nio.file.Path;

/** A part of the local stack that is one child process (Kafka, a service instance): it answers for that process. */
abstract class ChildProcessPart implements StackPart {

    protected final ChildProcess process;

    protected ChildProcessPart(ChildProcess process) {
        this.process = process;
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public String exitDescription() {
        return process.exitDescription();
    }

    @Override
    public Path log() {
        return process.log();
    }

    @Override
    public String logTail() {
        return process.logTail();
    }

    @Override
    public void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }
}
