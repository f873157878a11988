package org.casebridge.platform.deadletter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.DefaultDeadLetterStatementFactory;
import org.axonframework.serialization.Serializer;

/**
 * Axon 4.13.0's statements, except the one that finds the sequences a retry may claim. Axon pages that query with
 * {@code sequence_index >= offset}, but a sequence index counts within one sequence, so from the second page on
 * the head of almost every sequence is filtered out and a retry never reaches it (fixed upstream only in 4.13.2,
 * which is not available here). This version pages with {@code OFFSET} over a total order.
 */
final class ClaimableHeadsInOrder extends DefaultDeadLetterStatementFactory<EventMessage<?>> {

    private final DeadLetterSchema schema;

    ClaimableHeadsInOrder(DeadLetterSchema schema, Serializer serializer, Serializer eventSerializer) {
        super(DefaultDeadLetterStatementFactory.<EventMessage<?>>builder()
                .schema(schema)
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer));
        this.schema = schema;
    }

    @Override
    public PreparedStatement claimableSequencesStatement(
            Connection connection, String processingGroup, Instant processingStartedLimit, int offset, int maxSize)
            throws SQLException {
        String table = schema.deadLetterTable();
        String group = schema.processingGroupColumn();
        String sequence = schema.sequenceIdentifierColumn();
        String index = schema.sequenceIndexColumn();
        String started = schema.processingStartedColumn();
        String sql = "SELECT dl.* FROM " + table + " dl"
                + " WHERE dl." + group + " = ?"
                + " AND dl." + index + " = (SELECT MIN(dl2." + index + ") FROM " + table + " dl2"
                + " WHERE dl2." + group + " = dl." + group + " AND dl2." + sequence + " = dl." + sequence + ")"
                + " AND (dl." + started + " IS NULL OR dl." + started + " < ?)"
                + " ORDER BY dl." + schema.lastTouchedColumn() + " ASC, dl." + schema.deadLetterIdentifierColumn()
                + " ASC LIMIT ? OFFSET ?";
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, processingGroup);
        statement.setString(2, DateTimeUtils.formatInstant(processingStartedLimit));
        statement.setInt(3, maxSize);
        statement.setInt(4, offset);
        return statement;
    }
}
