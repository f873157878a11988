package org.casebridge.platform.portal;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a portal handler the answers posted to it as a {@link PortalForm} parameter, read from the request's
 * parameters as {@code @RequestParam MultiValueMap} reads them, so that no handler turns the posted fields into a
 * form itself (ADR 0085).
 */
public class PortalFormArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return PortalForm.class.equals(parameter.getParameterType());
    }

    @Override
    public PortalForm resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binderFactory) {
        MultiValueMap<String, String> submitted = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                submitted.add(name, value);
            }
        });
        return PortalForm.of(submitted);
    }
}
