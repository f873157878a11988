package org.casebridge.platform.portal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller that renders portal pages under {@code /portal}. Its errors become GOV.UK error pages, not problem
 * JSON, and its model carries the layout's attributes (service name, navigation, the signed-in user).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PortalController {}
