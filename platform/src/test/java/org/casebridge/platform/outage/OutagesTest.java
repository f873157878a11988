package org.casebridge.platform.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.casebridge.platform.problem.Outages;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

class OutagesTest {

    @Test
    void aDatabaseThatCannotBeReachedIsAnOutage() {
        assertThat(Outages.partDown(new CannotCreateTransactionException(
                        "no connection", new SQLTransientConnectionException("pool timed out"))))
                .contains("database");
        assertThat(Outages.partDown(new IllegalStateException("wrapped", new SQLException("refused", "08001"))))
                .contains("database");
        assertThat(Outages.partDown(new RuntimeException(new SQLException("terminating connection", "57P01"))))
                .contains("database");
        assertThat(Outages.partDown(new RuntimeException(new java.net.SocketException("Broken pipe"))))
                .contains("database");
        AssertionError fromTheDriver =
                new AssertionError("pgStatement.getConnection().getAutoCommit() should not throw");
        fromTheDriver.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.postgresql.jdbc.BatchResultHandler", "isAutoCommit", null, 115)
        });
        assertThat(Outages.partDown(new jakarta.servlet.ServletException("Handler dispatch failed", fromTheDriver)))
                .contains("database");
        assertThat(Outages.partDown(new AssertionError("ours"))).isEmpty();
        assertThat(Outages.partDown(new org.springframework.transaction.TransactionSystemException(
                        "JDBC rollback failed", new SQLException("Connection is closed"))))
                .as("Hikari's answer on a connection it closed after it broke")
                .contains("database");
        assertThat(Outages.partDown(new RuntimeException(new SQLException("Connection is closed", "42000"))))
                .isEmpty();
    }

    @Test
    void aBrokerThatDoesNotAnswerIsAnOutage() {
        assertThat(Outages.partDown(new IllegalStateException(
                        "Kafka did not acknowledge", new org.apache.kafka.common.errors.TimeoutException("expired"))))
                .contains("event stream");
    }

    @Test
    void aFaultOfTheRequestOrTheCodeIsNot() {
        assertThat(Outages.partDown(new IllegalStateException("bug"))).isEmpty();
        assertThat(Outages.partDown(
                        new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"))))
                .isEmpty();
    }

    @Test
    void theProblemSaysWhenToTryAgain() {
        assertThat(Outages.problem("database").getStatus()).isEqualTo(503);
        assertThat(Outages.problem("database").getProperties()).containsEntry("retryAfterSeconds", 5L);
    }
}
