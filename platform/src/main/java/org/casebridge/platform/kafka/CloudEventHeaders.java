package org.casebridge.platform.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;

/** Reads CloudEvents binary-mode attributes straight from record headers, for logs and metrics. */
final class CloudEventHeaders {

    private CloudEventHeaders() {}

    static String type(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader("ce_type");
        return header == null ? "unknown" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A header's value as text, or null when the record has none (or a null value). */
    static @Nullable String text(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The {@code ce_source} header, or null when the record has none (or a null value). */
    static @Nullable String source(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader("ce_source");
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
