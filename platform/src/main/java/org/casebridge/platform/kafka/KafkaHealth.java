package org.casebridge.platform.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Health component {@code kafka}: UP while the broker answers a metadata request within two seconds, DOWN otherwise,
 * so {@code /actuator/health} says when the event stream is down. Not part of the liveness or readiness probe: a
 * restart of the service cannot bring a broker back, and the bridge resumes by itself when it returns.
 */
public class KafkaHealth extends AbstractHealthIndicator implements DisposableBean {

    private static final int TIMEOUT_MS = 2_000;

    private final Map<String, Object> config;
    private @Nullable Admin admin;

    public KafkaHealth(KafkaAdmin kafkaAdmin) {
        super("Kafka health check failed");
        this.config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
                    .nodes()
                    .get(TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS)
                    .size();
            builder.up().withDetail("brokers", nodes);
        } catch (ExecutionException | TimeoutException e) {
            builder.down().withDetail("error", e.getClass().getSimpleName());
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(config);
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
