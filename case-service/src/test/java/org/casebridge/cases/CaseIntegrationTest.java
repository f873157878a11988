package org.casebridge.cases;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole case service on real PostgreSQL and Kafka, with the local profile's reference data and bearer tokens
 * required, as in production (ADR 0072). The ITs name this one configuration, so its settings are written once and
 * the tests share one application context (those that add {@code @AutoConfigureMockMvc} share a second one).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@CasebridgeIntegrationTest
@ActiveProfiles("local")
@TestPropertySource(properties = "casebridge.security.tokens=true")
public @interface CaseIntegrationTest {}
