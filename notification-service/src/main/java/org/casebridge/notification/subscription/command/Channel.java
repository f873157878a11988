package org.casebridge.notification.subscription.command;

/**
 * Where deliveries go.
 *
 * @param type     the channel
 * @param endpoint the webhook URL, the email address, or the agency's Kafka topic
 */
public record Channel(ChannelType type, String endpoint) {

    /** The per-agency topic of the Kafka channel. */
    public static String agencyTopic(String agencyId) {
        return "casebridge.agency." + agencyId + ".events";
    }
}
