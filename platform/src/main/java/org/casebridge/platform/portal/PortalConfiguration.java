package org.casebridge.platform.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.casebridge.platform.access.AccessLog;
import org.casebridge.platform.access.AccessLogConfiguration;
import org.casebridge.platform.actor.ActorResolver;
import org.casebridge.platform.security.ListenOnlyOnLoopback;
import org.casebridge.platform.web.WebConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * The portal's pages, assets and drafts. GOV.UK Frontend's images come from its webjar under {@code /assets}; its
 * fonts are deliberately not served, because the GDS Transport typeface and the crown are for GOV.UK services only,
 * so pages fall back to Arial as the design system asks of services elsewhere.
 */
@AutoConfiguration(after = {WebConfiguration.class, AccessLogConfiguration.class})
@ConditionalOnProperty(prefix = "casebridge.portal", name = "enabled", havingValue = "true", matchIfMissing = true)
@Import({PortalModelAdvice.class, PortalErrorAdvice.class, PortalDraftController.class, PortalPagesController.class})
public class PortalConfiguration implements WebMvcConfigurer {

    /** Drafts expire after hours; a few minutes late in deleting one matters little, and the task costs one query. */
    private static final Duration DRAFT_PURGE_INTERVAL = Duration.ofMinutes(5);

    private static final String GOVUK_ASSETS = "classpath:/META-INF/resources/webjars/govuk-frontend/";

    private final AccessLog accessLog;
    private final ActorResolver actors;

    public PortalConfiguration(AccessLog accessLog, ActorResolver actors) {
        this.accessLog = accessLog;
        this.actors = actors;
    }

    @Bean
    public PortalDrafts portalDrafts(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ObjectMapper objectMapper,
            Clock clock,
            PortalProperties properties,
            ObjectProvider<DraftForms> forms,
            Environment environment) {
        return new PortalDrafts(
                jdbc,
                new TransactionTemplate(transactions),
                objectMapper,
                clock,
                draftCipher(properties, environment),
                forms.orderedStream()
                        .flatMap(declared -> declared.forms().stream())
                        .toList(),
                properties.sessionLifetime());
    }

    @Bean
    public PortalPages portalPages(PortalDrafts drafts) {
        return new PortalPages(drafts);
    }

    /** Deletes expired drafts every few minutes; until then a read never returns one. */
    @Bean
    public RecurringTask<Void> portalDraftPurge(PortalDrafts drafts) {
        return Tasks.recurring("portal-draft-purge", Schedules.fixedDelay(DRAFT_PURGE_INTERVAL))
                .execute((instance, context) -> drafts.purgeExpired());
    }

    private static DraftCipher draftCipher(PortalProperties properties, Environment environment) {
        if (!properties.draftsKey().isBlank()) {
            return DraftCipher.of(properties.draftsKey());
        }
        if (environment.acceptsProfiles(Profiles.of("local"))) {
            ListenOnlyOnLoopback.require(
                    environment,
                    "The published development key for portal drafts",
                    "Set CASEBRIDGE_PORTAL_DRAFTS_KEY to base64 of 32 random bytes from a secret store.");
            return DraftCipher.development();
        }
        throw new IllegalStateException("Set CASEBRIDGE_PORTAL_DRAFTS_KEY to base64 of 32 random bytes "
                + "(openssl rand -base64 32) to seal portal drafts; only the local profile has a development key");
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

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PortalFormArgumentResolver());
    }

    private static String govukVersion() {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        if (version == null) {
            throw new IllegalStateException("The govuk-frontend webjar is missing from the classpath");
        }
        return version;
    }
}
