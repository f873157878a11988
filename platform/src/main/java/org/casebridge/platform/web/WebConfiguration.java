package org.casebridge.platform.web;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.actor.ActorArgumentResolver;
import org.casebridge.platform.actor.ActorHeaders;
import org.casebridge.platform.actor.ActorResolver;
import org.casebridge.platform.problem.ProblemDetailsAdvice;
import org.casebridge.platform.security.ActorClaims;
import org.casebridge.platform.security.SecurityConfiguration;
import org.casebridge.platform.security.SecurityProperties;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The web edge every service shares. */
@AutoConfiguration(after = SecurityConfiguration.class)
@Import({ProblemDetailsAdvice.class, EdgeGuardConfiguration.class})
public class WebConfiguration implements WebMvcConfigurer {

    private final ActorResolver actors;

    public WebConfiguration(ActorClaims actorClaims, SecurityProperties security) {
        this.actors = new ActorResolver(actorClaims, !security.tokens());
    }

    @Bean
    public ActorResolver actorResolver() {
        return actors;
    }

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver(actors));
    }

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** Documents the actor headers on every API operation. */
    @Bean
    public GlobalOperationCustomizer actorHeadersInOpenApi() {
        return (operation, handlerMethod) -> {
            boolean takesActor = java.util.Arrays.stream(handlerMethod.getMethodParameters())
                    .anyMatch(p -> Actor.class.equals(p.getParameterType()));
            if (takesActor) {
                operation.addParametersItem(header(ActorHeaders.ID, "The acting user's id", "dsl.jones"));
                operation.addParametersItem(header(ActorHeaders.ROLE,
                        "SCHOOL_DSL, POLICE_LIAISON, POLICE_SUPERVISOR, AGENCY or AUDITOR", "SCHOOL_DSL"));
                operation.addParametersItem(header(ActorHeaders.ORGANISATION,
                        "School URN, force code or agency id the user acts for", "100001"));
            }
            return operation;
        };
    }

    private static HeaderParameter header(String name, String description, String example) {
        HeaderParameter parameter = new HeaderParameter();
        parameter.setName(name);
        parameter.setDescription(description);
        parameter.setRequired(true);
        parameter.setSchema(new StringSchema());
        parameter.setExample(example);
        return parameter;
    }
}
