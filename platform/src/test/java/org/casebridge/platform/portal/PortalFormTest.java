package org.casebridge.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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

    @Test
    void aChoiceIsAValueOfTheEnumAndNothingElse() {
        PortalForm form = PortalForm.of(Map.of("unit", List.of("SECONDS"), "bad", List.of("FORTNIGHTS")));
        assertThat(form.choice("unit", TimeUnit.class, "Select the unit")).isEqualTo(TimeUnit.SECONDS);
        assertThat(form.choice("bad", TimeUnit.class, "Select the unit")).isNull();
        assertThat(form.choice("none", TimeUnit.class, "Select one")).isNull();
        assertThat(form.errors()).containsExactly(Map.entry("bad", "Select the unit"), Map.entry("none", "Select one"));
    }

    @Test
    void anOptionalChoiceMayBeLeftButNotMisspelt() {
        PortalForm form = PortalForm.of(Map.of("bad", List.of("fortnights")));
        assertThat(form.optionalChoice("none", TimeUnit.class, "Select the unit"))
                .isNull();
        assertThat(form.optionalChoice("bad", TimeUnit.class, "Select the unit"))
                .isNull();
        assertThat(form.errors()).containsOnlyKeys("bad");
    }

    @Test
    void aCheckboxGroupRejectsUnknownValuesAndNoneTickedWhereOneIsRequired() {
        PortalForm form = PortalForm.of(
                Map.of("units", List.of("SECONDS", "DAYS"), "bad", List.of("SECONDS", "WEEKS"), "empty", List.of("")));
        assertThat(form.choices("units", TimeUnit.class, "Select")).containsExactly(TimeUnit.SECONDS, TimeUnit.DAYS);
        assertThat(form.choices("bad", TimeUnit.class, "Select")).containsExactly(TimeUnit.SECONDS);
        assertThat(form.optionalChoices("empty", TimeUnit.class, "Select")).isEmpty();
        assertThat(form.choices("empty", TimeUnit.class, "Tick one")).isEmpty();
        assertThat(form.errors()).containsExactly(Map.entry("bad", "Select"), Map.entry("empty", "Tick one"));
    }

    @Test
    void yesOrNoIsAnAnswerAndAnythingElseIsRejected() {
        PortalForm form = PortalForm.of(Map.of("a", List.of("yes"), "b", List.of("no"), "c", List.of("maybe")));
        assertThat(form.yesNo("a", "Answer a")).contains(true);
        assertThat(form.yesNo("b", "Answer b")).contains(false);
        assertThat(form.yesNo("c", "Answer c")).isEqualTo(Optional.empty());
        assertThat(form.yesNo("d", "Answer d")).isEqualTo(Optional.empty());
        assertThat(form.errors()).containsOnlyKeys("c", "d");
    }

    @Test
    void aLinkNamesAnEnumValueInLowerCaseWithDashes() {
        assertThat(PortalOption.choice(TimeUnit.class, "milli-seconds", TimeUnit.DAYS))
                .isEqualTo(TimeUnit.DAYS);
        assertThat(PortalOption.choice(TimeUnit.class, " micro_seconds ", null)).isNull();
        assertThat(PortalOption.choice(TimeUnit.class, "microseconds", null)).isEqualTo(TimeUnit.MICROSECONDS);
        assertThat(PortalOption.label("CHILDRENS_SOCIAL_CARE")).isEqualTo("Children's social care");
        assertThat(PortalOption.options(TimeUnit.class).getFirst())
                .isEqualTo(new PortalOption("NANOSECONDS", "Nanoseconds"));
    }
}
