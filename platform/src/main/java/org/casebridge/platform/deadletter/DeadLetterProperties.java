package org.casebridge.platform.deadletter;

import java.util.Set;
import org.casebridge.platform.kafka.IntegrationEventPublisher;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param excludedGroups processing groups that must not park events: a subscribing processor that projects in the
 *                       command's own transaction, where a failed write must refuse the command instead. The outbox
 *                       ({@code kafka-publisher}) never parks: it retries until Kafka has every event.
 */
@ConfigurationProperties("casebridge.dead-letters")
public record DeadLetterProperties(Set<String> excludedGroups) {

    public DeadLetterProperties {
        excludedGroups = excludedGroups == null ? Set.of() : Set.copyOf(excludedGroups);
    }

    /** Whether a processing group parks the events it cannot apply. */
    public static boolean parks(String group, Set<String> excludedGroups) {
        return !IntegrationEventPublisher.PROCESSING_GROUP.equals(group) && !excludedGroups.contains(group);
    }
}
