package org.casebridge.platform.test;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint a running service answers, read from Spring MVC's own handler mappings, as
 * {@code "METHOD /path/{variable}"} strings. An authorisation matrix test compares its table with this list,
 * so an endpoint added without a row in the matrix fails the build instead of going unchecked.
 */
public final class EndpointInventory {

    private EndpointInventory() {}

    /**
     * @param context     the service's application context
     * @param pathPrefix  only paths starting with this, e.g. {@code "/api/"} or {@code "/portal"}
     * @return the endpoints, sorted, one entry per HTTP method and path pattern
     */
    public static Set<String> of(ApplicationContext context, String pathPrefix) {
        Set<String> endpoints = new TreeSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping -> {
            for (var entry : mapping.getHandlerMethods().entrySet()) {
                if (!isCasebridge(entry.getValue())) {
                    continue;
                }
                RequestMappingInfo info = entry.getKey();
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String path : info.getPatternValues()) {
                    if (!path.startsWith(pathPrefix)) {
                        continue;
                    }
                    if (methods.isEmpty()) {
                        endpoints.add("ANY " + path);
                    }
                    methods.forEach(method -> endpoints.add(method.name() + " " + path));
                }
            }
        });
        return endpoints;
    }

    private static boolean isCasebridge(HandlerMethod handler) {
        return handler.getBeanType().getName().startsWith("org.casebridge.");
    }
}
