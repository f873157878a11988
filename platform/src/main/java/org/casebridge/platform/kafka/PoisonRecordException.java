package org.casebridge.platform.kafka;

/** A record that can never be processed, however often it is retried: it goes to the dead-letter topic. */
public class PoisonRecordException extends RuntimeException {

    public PoisonRecordException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonRecordException(String message) {
        super(message);
    }
}
