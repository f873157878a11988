package org.casebridge.platform.kafka;

/** Dead-letter topics: one per source topic; the record headers name the consumer group that gave up. */
public final class DeadLetters {

    public static final String SUFFIX = ".dlt";

    private DeadLetters() {}

    public static String topicFor(String topic) {
        return topic + SUFFIX;
    }
}
