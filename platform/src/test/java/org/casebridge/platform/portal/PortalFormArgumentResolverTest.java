package org.casebridge.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class PortalFormArgumentResolverTest {

    private final PortalFormArgumentResolver resolver = new PortalFormArgumentResolver();

    @SuppressWarnings("unused")
    private void handler(PortalForm form, String other) {}

    private static MethodParameter parameter(int index) throws NoSuchMethodException {
        return new MethodParameter(
                PortalFormArgumentResolverTest.class.getDeclaredMethod("handler", PortalForm.class, String.class),
                index);
    }

    @Test
    void aHandlerTakesThePostedAnswersAsItsFormWithoutTheCsrfToken() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/portal/cases/1/referral");
        request.addParameter("referredTo", "POLICE", "CSC");
        request.addParameter("reasons", "Adult involved");
        request.addParameter("_csrf", "token");

        PortalForm form = resolver.resolveArgument(parameter(0), null, new ServletWebRequest(request), null);

        assertThat(form.values())
                .isEqualTo(Map.of("referredTo", List.of("POLICE", "CSC"), "reasons", List.of("Adult involved")));
        assertThat(form.values().keySet()).containsExactly("referredTo", "reasons");
    }

    @Test
    void onlyAPortalFormParameterIsResolved() throws Exception {
        assertThat(resolver.supportsParameter(parameter(0))).isTrue();
        assertThat(resolver.supportsParameter(parameter(1))).isFalse();
    }
}
