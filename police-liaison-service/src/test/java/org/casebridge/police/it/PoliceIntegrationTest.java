package org.casebridge.police.it;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole police service on real PostgreSQL and Kafka with bearer tokens required, as in production: every
 * request carries a {@link org.casebridge.platform.test.TestTokens} JWT (see {@link PoliceApi}). The police ITs all
 * use this one configuration, so they share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@CasebridgeIntegrationTest
@TestPropertySource(properties = "casebridge.security.tokens=true")
@interface PoliceIntegrationTest {}
