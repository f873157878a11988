package org.casebridge.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.casebridge.platform.text.TextJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The no-imagery guard and the text rule at the web edge (ADR 0011): the filter's cheap checks on every path, the
 * interceptor over every parameter, the text rule on every string Spring MVC's JSON reader produces, and one body
 * limit for the filter, Tomcat's form parser and Jackson. Only Spring MVC's JSON converter gets the guarded mapper;
 * Axon's serializers and the Kafka codec keep their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EdgeProperties.class)
public class EdgeGuardConfiguration implements WebMvcConfigurer {

    private final EdgeProperties properties;

    public EdgeGuardConfiguration(EdgeProperties properties) {
        this.properties = properties;
    }

    @Bean
    public FilterRegistrationBean<NoImageryFilter> noImageryFilter(ObjectMapper objectMapper) {
        FilterRegistrationBean<NoImageryFilter> registration =
                new FilterRegistrationBean<>(new NoImageryFilter(objectMapper, properties.maxBodyBytes()));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * The request bulkhead (ADR 0029): requests may use the pool's connections but {@code reserved} of them, which
     * stay for the event processors, the outbox and the Kafka consumers.
     */
    @Bean
    public FilterRegistrationBean<RequestAdmissionFilter> requestAdmissionFilter(
            ObjectMapper objectMapper,
            @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
            @Value("${casebridge.db.reserved-for-processors:4}") int reserved,
            @Value("${casebridge.web.admission-wait:10s}") Duration wait,
            MeterRegistry meters) {
        RequestAdmissionFilter filter = new RequestAdmissionFilter(poolSize - reserved, wait, objectMapper);
        Gauge.builder("casebridge.requests.waiting", filter, RequestAdmissionFilter::waiting)
                .description("API and portal requests waiting for admission (the request bulkhead, ADR 0029)")
                .register(meters);
        FilterRegistrationBean<RequestAdmissionFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new TextGuardInterceptor()).order(Ordered.HIGHEST_PRECEDENCE);
    }

    /** Replaces MVC's JSON converter (not the shared one RestTemplate and RestClient also use) with a guarded one. */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof MappingJackson2HttpMessageConverter json) {
                ObjectMapper guarded = json.getObjectMapper().copy().registerModule(TextJson.acceptedText());
                guarded.getFactory()
                        .setStreamReadConstraints(guarded.getFactory()
                                .streamReadConstraints()
                                .rebuild()
                                .maxDocumentLength(properties.maxBodyBytes())
                                .build());
                converters.set(i, new MappingJackson2HttpMessageConverter(guarded));
            }
        }
    }

    /**
     * What Tomcat refuses itself answers a problem, not its HTML page: {@link ProblemErrorReportValve} in place of the
     * error report valve Boot adds to the host, so this runs after Boot's customizer.
     */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemsFromTomcat() {
        return new ProblemsFromTomcat();
    }

    private static final class ProblemsFromTomcat
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                    host.getPipeline().addValve(new ProblemErrorReportValve());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * Tomcat parses forms itself: it stops at the same limit. A refused body up to twice the limit is still read
     * away, so that the client sees the 413; beyond that Tomcat closes the connection rather than read on.
     */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> bodyLimitOnTomcat() {
        int limit = properties.maxBodyBytes();
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setMaxPostSize(limit);
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setMaxSwallowSize(2 * limit);
            }
        });
    }
}
