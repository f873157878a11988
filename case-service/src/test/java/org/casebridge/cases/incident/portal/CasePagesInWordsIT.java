package org.casebridge.cases.incident.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebridge.cases.CaseIntegrationTest;
import org.casebridge.cases.incident.api.Agency;
import org.casebridge.cases.incident.api.CaseStatus;
import org.casebridge.cases.incident.api.ChildFlag;
import org.casebridge.cases.incident.api.ChildRole;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.cases.incident.api.HowCameToLight;
import org.casebridge.cases.incident.api.ImageryCategory;
import org.casebridge.cases.incident.api.ParentContactMethod;
import org.casebridge.cases.incident.api.PoliceUpdateKind;
import org.casebridge.cases.incident.api.Spread;
import org.casebridge.cases.incident.api.SupportType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

/**
 * Every case page a DSL reads names codes in words and the case by its reference: the text a person sees (the page
 * without its tags, so not the values a form posts) holds no enum constant of the case, no police code, no case id, and
 * no user id: people by their name (ADR 0068).
 */
@CaseIntegrationTest
@AutoConfigureMockMvc
class CasePagesInWordsIT extends CasePortalSteps {

    /** The case's enum constants and the police's codes that reach the school, as whole words. */
    private static final Pattern CODES = Pattern.compile("\\b("
            + Stream.of(
                            Stream.of(
                                            Agency.values(),
                                            CaseStatus.values(),
                                            ChildFlag.values(),
                                            ChildRole.values(),
                                            Criterion.values(),
                                            HowCameToLight.values(),
                                            ImageryCategory.values(),
                                            ParentContactMethod.values(),
                                            PoliceUpdateKind.values(),
                                            Spread.values(),
                                            SupportType.values())
                                    .flatMap(Arrays::stream)
                                    .map(Enum::name),
                            Stream.of(
                                    "OUTCOME_21",
                                    "OUTCOME_22",
                                    "NOT_SEIZED",
                                    "SEIZED",
                                    "COERCION_OR_BLACKMAIL",
                                    "VICTIM"),
                            Stream.of("REPORTED", "REVIEWED", "INFORMED", "NOT_INFORMED", "WITH_SCHOOL", "WITH_POLICE"))
                    .flatMap(codes -> codes)
                    // "SEND" is the word schools use for special educational needs and disabilities.
                    .filter(code -> !code.equals("SEND"))
                    .distinct()
                    .collect(Collectors.joining("|"))
            + ")\\b");

    private static final Pattern TAGS = Pattern.compile("<[^>]*>");

    /** An instant as a machine writes it, such as 2026-12-03T10:00:00Z. */
    private static final Pattern MACHINE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    @Test
    void noPageOfACaseShowsAnEnumNameOrTheCaseIdOrAUserId() throws Exception {
        String myId = "dsl.words." + UUID.randomUUID();
        var me = dsl(myId);
        String caseId = reportedCase(me, true);
        String base = "/portal/cases/" + caseId;
        answer(base + "/initial-review", me, ReportAnswers.initialReview("yes"));
        mvc.perform(post(base + "/referral")
                .with(me)
                .with(csrf())
                .param("referredTo", "POLICE")
                .param("reasons", "An adult asked child-1 for pictures."));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(page(get(base).with(me))).contains("Referred to the police"));

        List<String> pages = List.of(
                "/portal/cases",
                "/portal/cases?filter=ALL",
                base,
                base + "/parents",
                base + "/viewing",
                base + "/devices",
                base + "/support",
                base + "/own-deletion",
                base + "/escalation",
                base + "/closure",
                base + "/legal-hold",
                base + "/agencies",
                base + "/children/add",
                base + "/children/child-1/correction",
                base + "/personal-details",
                base + "/children/child-2/personal-details",
                base + "/personal-details/erasure");
        for (String path : pages) {
            String shown = shown(page(get(path).with(me)));
            assertThat(codesIn(shown)).as("codes shown on " + path).isEmpty();
            assertThat(shown).as("the case id on " + path).doesNotContain(caseId);
            assertThat(shown).as("the user id on " + path).doesNotContain(myId, "dsl.words.");
            assertThat(shown).as("a machine time on " + path).doesNotContainPattern(MACHINE_TIME);
            assertThat(shown)
                    .as("an area or force code on " + path)
                    .doesNotContain("E09000012", "force MPS", "URN 1", "(" + SCHOOL + ")");
        }
        assertThat(shown(page(get(base).with(me))))
                .containsPattern("Case CPA-20\\d\\d-\\d{4}")
                .contains("an adult is involved", "Referred to the police")
                .as("the timeline names who acted, to their own school, by their name")
                .contains(", A. Kaur (Clapton Park Academy)");
        assertThat(page(get(base).with(me)))
                .as("the header names the user's school")
                .contains("(<span>Clapton Park Academy</span>)")
                .doesNotContain("<span>" + SCHOOL + "</span>");
    }

    @Test
    void theCheckTestCatchesACodeOnAPage() {
        assertThat(codesIn(shown("<p>Outcome OUTCOME_21 (HO 21)</p><input value=\"SEMI_NUDE\">")))
                .containsExactly("OUTCOME_21");
        assertThat(codesIn(shown("<p>Referred to [POLICE]</p>"))).containsExactly("POLICE");
        assertThat(codesIn(shown("<p>Referred to the police; SEND support</p>")))
                .isEmpty();
    }

    private static String shown(String html) {
        return TAGS.matcher(html).replaceAll(" ");
    }

    private static List<String> codesIn(String text) {
        Matcher matcher = CODES.matcher(text);
        return matcher.results().map(result -> result.group(1)).toList();
    }
}
