package org.casebridge.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class PortalFormTest {

    @Test
    void anUntickedGroupIsNoAnswer() {
        PortalForm form = PortalForm.of(Map.of("roles", List.of(""), "flags", List.of("SEND", " ")));
        assertThat(form.values("roles")).isEmpty();
        assertThat(form.values("flags")).containsExactly("SEND");
        assertThat(form.value("roles")).isEmpty();
    }

    @Test
    void keepsWhatWasTypedAndDropsTheCsrfToken() {
        LinkedMultiValueMap<String, String> submitted = new LinkedMultiValueMap<>();
        submitted.add("_csrf", "token");
        submitted.add("note", "  Seen at lunch  ");
        PortalForm form = PortalForm.of(submitted);
        assertThat(form.values()).doesNotContainKey("_csrf");
        assertThat(form.value("note")).isEqualTo("  Seen at lunch  ");
        assertThat(form.text("note")).isEqualTo("Seen at lunch");
    }

    @Test
    void theFirstErrorOfAFieldWinsAndErrorsKeepTheirOrder() {
        PortalForm form = PortalForm.of(Map.of());
        form.required("b", "Enter b");
        form.reject("a", "Select a");
        form.reject("b", "Later message");
        assertThat(form.errors()).containsExactly(Map.entry("b", "Enter b"), Map.entry("a", "Select a"));
        assertThat(form.hasErrors()).isTrue();
    }
}
