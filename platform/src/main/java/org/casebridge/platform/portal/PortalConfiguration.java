package org.casebridge.platform.portal;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebridge.platform.access.AccessLog;
import org.casebridge.platform.access.AccessLogConfiguration;
import org.casebridge.platform.actor.ActorResolver;
import org.casebridge.platform.web.WebConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.webjars.WebJarVersionLocator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The portal's pages, assets and drafts. GOV.UK Frontend's images come from its webjar under {@code /assets}; its
 * fonts are deliberately not served, because the GDS Transport typeface and the crown are for GOV.UK services only,
 * so pages fall back to Arial as the design system asks of services elsewhere.
 */
@AutoConfiguration(after = {WebConfiguration.class, AccessLogConfiguration.class})
@ConditionalOnProperty(prefix = "casebridge.portal", name = "enabled", havingValue = "true", matchIfMissing = true)
@Import({PortalModelAdvice.class, PortalErrorAdvice.class, PortalDraftController.class, PortalPagesController.class})
public class PortalConfiguration implements WebMvcConfigurer {

    private static final String GOVUK_ASSETS = "classpath:/META-INF/resources/webjars/govuk-frontend/";

    private final AccessLog accessLog;
    private final ActorResolver actors;

    public PortalConfiguration(AccessLog accessLog, ActorResolver actors) {
        this.accessLog = accessLog;
        this.actors = actors;
    }

    @Bean
    public PortalDrafts portalDrafts(JdbcTemplate jdbc, ObjectMapper objectMapper, Clock clock,
                                     PortalProperties properties) {
        return new PortalDrafts(jdbc, objectMapper, clock, properties.draftsKeptFor());
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/images/**")
                .addResourceLocations(GOVUK_ASSETS + govukVersion() + "/dist/govuk/assets/images/");
        registry.addResourceHandler("/portal-assets/**").addResourceLocations("classpath:/portal-assets/");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PortalAccessInterceptor(accessLog, actors)).addPathPatterns("/portal/**");
    }

    private static String govukVersion() {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        if (version == null) {
            throw new IllegalStateException("The govuk-frontend webjar is missing from the classpath");
        }
        return version;
    }
}
