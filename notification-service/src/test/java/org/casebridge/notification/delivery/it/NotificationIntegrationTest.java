package org.casebridge.notification.delivery.it;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole notification service on real PostgreSQL and Kafka with bearer tokens required, as in production, local
 * webhook receivers allowed and deliveries polled every 100 ms. The ITs that need no other settings use this one
 * configuration, so they share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@CasebridgeIntegrationTest
@TestPropertySource(
        properties = {
            "casebridge.security.tokens=true",
            "casebridge.notification.subscriptions.allow-local-webhooks=true",
            "casebridge.notification.delivery.poll-interval=100ms"
        })
@interface NotificationIntegrationTest {}
