package org.casebridge.platform.kafka;

import java.time.Instant;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.lawful.LawfulBasis;
import org.jspecify.annotations.Nullable;

/**
 * An integration event as a consumer receives it.
 *
 * @param eventId the CloudEvents id (the producer's Axon event id): the deduplication key
 * @param type    the CloudEvents type
 * @param caseId  the CloudEvents subject
 * @param time    when the producer recorded it
 * @param event       the decoded record
 * @param lawfulBasis the basis the producer declared for sharing it (extension {@value LawfulBasis#ATTRIBUTE}); null
 *                    when the record carries none, or one that is not listed: the inbox refuses such a record
 */
public record ReceivedEvent(
        String eventId,
        String type,
        String caseId,
        @Nullable Instant time,
        IntegrationEvent event,
        @Nullable LawfulBasis lawfulBasis) {}
