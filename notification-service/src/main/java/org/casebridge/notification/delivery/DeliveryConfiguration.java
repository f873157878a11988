package org.casebridge.notification.delivery;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the delivery feature's settings; each part of the feature wires its own beans from them. */
@Configuration
@EnableConfigurationProperties(DeliveryProperties.class)
public class DeliveryConfiguration {}
