package org.casebridge.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import java.util.List;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.actor.ActorArgumentResolver;
import org.casebridge.platform.actor.ActorClaims;
import org.casebridge.platform.actor.ActorResolver;
import org.casebridge.platform.problem.ProblemDetailsAdvice;
import org.casebridge.platform.security.SecurityConfiguration;
import org.springdoc.core.customizers.OpenApiCustomizer;
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

    private static final String BEARER = "bearer";

    private final ActorResolver actors;

    public WebConfiguration(ActorClaims actorClaims) {
        this.actors = new ActorResolver(actorClaims);
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

    /** Documents that every API operation takes a bearer access token (the actor comes from its claims). */
    @Bean
    public OpenApiCustomizer bearerTokenInOpenApi() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents()
                    .addSecuritySchemes(
                            BEARER,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .bearerFormat("JWT")
                                    .description(
                                            "An access token of the Casebridge identity provider for this service"));
            openApi.addSecurityItem(new SecurityRequirement().addList(BEARER));
        };
    }
}
