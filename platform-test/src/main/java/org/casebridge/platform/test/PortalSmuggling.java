package org.casebridge.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casebridge.platform.test.SmuggledImagery.Sample;
import org.junit.jupiter.api.DynamicNode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Smuggles imagery through the portal: finds every form the signed-in users' pages show (by following the portal's
 * own links from a few start pages, as a user would), then sends each encoding of {@link SmuggledImagery} in each of
 * its text fields, both to the form's action and to the form's autosave ({@code POST /portal/drafts/{key}}). Each
 * must be refused (422; 400 for a control character) and write nothing: no event, no draft, no row of the service.
 * {@link #unfound} compares the forms found with the portal's POST endpoints ({@link EndpointInventory}), so a form
 * added to a page no start page leads to fails the test instead of going unchecked.
 */
public final class PortalSmuggling {

    /** The portal's autosave endpoint, checked through each form's own key rather than as a form of its own. */
    public static final String DRAFTS = "POST /portal/drafts/{key}";

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(input|textarea|select)\\b([^>]*)>");
    private static final Pattern LINK = Pattern.compile("href=\"(/portal/[^\"#?]*)");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<String> TEXT_TYPES = Set.of("text", "search", "email", "url", "tel");

    /** A form on a page: where it posts, its autosave key (or null), its text fields and its other named fields. */
    public record Form(
            String action,
            String draftKey,
            List<String> textFields,
            List<String> otherFields,
            String user,
            RequestPostProcessor signIn) {

        /** The fields smuggled into: the text fields, else any named field, else one the form does not have. */
        public List<String> carriers() {
            if (!textFields.isEmpty()) {
                return textFields;
            }
            return otherFields.isEmpty() ? List.of("notes") : otherFields;
        }

        @Override
        public String toString() {
            return "POST " + action + " as " + user;
        }
    }

    /** A signed-in user and the pages they start from. */
    public record User(String name, RequestPostProcessor signIn, List<String> startPages) {}

    private PortalSmuggling() {}

    /**
     * The forms on every portal page the users reach from their start pages by following links, visiting each start
     * page and one page of each other shape (the same path with other ids is the same page), at most
     * {@code maxPages} per user. A form whose page shows it only in one state of a record is found by naming that
     * page, for a record in that state, as a start page.
     */
    public static List<Form> forms(MockMvc mvc, List<User> users, int maxPages) throws Exception {
        Map<String, Form> forms = new LinkedHashMap<>();
        for (User user : users) {
            Set<String> shapes = new LinkedHashSet<>();
            Set<String> started = new LinkedHashSet<>();
            Deque<String> queue = new ArrayDeque<>(user.startPages());
            int visited = 0;
            while (!queue.isEmpty() && visited < maxPages) {
                String page = queue.removeFirst();
                boolean start = user.startPages().contains(page) && started.add(page);
                if (!shapes.add(shape(page)) && !start
                        || page.startsWith("/portal/assets")
                        || page.contains("sign-out")
                        || page.startsWith("/portal/drafts")) {
                    continue;
                }
                visited++;
                MockHttpServletResponse response =
                        mvc.perform(get(page).with(user.signIn())).andReturn().getResponse();
                if (response.getStatus() != 200
                        || !String.valueOf(response.getContentType()).contains("html")) {
                    continue;
                }
                String html = response.getContentAsString();
                for (Form form : parse(html, user)) {
                    forms.putIfAbsent(shape(form.action()), form);
                }
                Matcher link = LINK.matcher(html);
                while (link.find()) {
                    queue.addLast(unescape(link.group(1)));
                }
            }
        }
        return List.copyOf(forms.values());
    }

    /** The portal's POST endpoints (but the autosave) that no form found posts to. */
    public static List<String> unfound(List<Form> forms, Set<String> portalEndpoints) {
        List<String> unfound = new ArrayList<>();
        for (String endpoint : portalEndpoints) {
            if (!endpoint.startsWith("POST ") || endpoint.equals(DRAFTS)) {
                continue;
            }
            Pattern pattern = pattern(endpoint.substring("POST ".length()));
            if (forms.stream().noneMatch(form -> pattern.matcher(form.action()).matches())) {
                unfound.add(endpoint);
            }
        }
        return unfound;
    }

    /** A container per form: every encoding in every text field of it, and a control character in each. */
    public static Stream<DynamicNode> everyForm(MockMvc mvc, List<Form> forms, Supplier<Map<String, Long>> writes) {
        return forms.stream()
                .map(form -> dynamicContainer(
                        form.toString(),
                        Stream.of(
                                dynamicTest(
                                        "every encoding in every one of " + form.carriers() + " is refused",
                                        () -> refusesEveryEncoding(mvc, form, form.action(), writes)),
                                dynamicTest(
                                        "a control character in every field is refused",
                                        () -> refusesControlCharacters(mvc, form, form.action(), writes)))));
    }

    /** A container per autosave key: the same smuggling, to {@code /portal/drafts/{key}}. */
    public static Stream<DynamicNode> everyDraft(MockMvc mvc, List<Form> forms, Supplier<Map<String, Long>> writes) {
        Map<String, Form> byKey = new LinkedHashMap<>();
        forms.stream()
                .filter(form -> form.draftKey() != null)
                .forEach(form -> byKey.putIfAbsent(shape(form.draftKey()), form));
        assertThat(byKey).as("the pages have forms that autosave").isNotEmpty();
        return byKey.values().stream()
                .map(form -> dynamicContainer(
                        "draft " + form.draftKey() + " of " + form,
                        Stream.of(
                                dynamicTest(
                                        "every encoding in every one of " + form.carriers() + " is refused",
                                        () -> refusesEveryEncoding(
                                                mvc, form, "/portal/drafts/" + form.draftKey(), writes)),
                                dynamicTest(
                                        "a control character in every field is refused",
                                        () -> refusesControlCharacters(
                                                mvc, form, "/portal/drafts/" + form.draftKey(), writes)))));
    }

    /**
     * A number that changes whenever any draft is saved, merged or deleted (the row count alone does not move when
     * a save merges into a draft that exists): the sum of the drafts' save times in milliseconds, plus their count.
     */
    public static long draftSaves(JdbcTemplate jdbc) {
        return jdbc.queryForObject(
                "SELECT count(*) + coalesce(sum((extract(epoch FROM updated_at) * 1000)::bigint), 0)"
                        + " FROM portal_draft",
                Long.class);
    }

    private static void refusesEveryEncoding(MockMvc mvc, Form form, String target, Supplier<Map<String, Long>> writes)
            throws Exception {
        List<String> mismatches = new ArrayList<>();
        List<String> carriers = form.carriers();
        for (int c = 0; c < carriers.size(); c++) {
            for (Sample sample : SmuggledImagery.encodings(c, false)) {
                Map<String, Long> before = writes.get();
                MockHttpServletResponse response = submit(mvc, form, target, carriers.get(c), sample.text());
                String what = carriers.get(c) + " " + sample;
                if (response.getStatus() != 422) {
                    mismatches.add(what + ": expected 422, got " + response.getStatus() + " "
                            + abbreviated(response.getContentAsString()));
                }
                Map<String, Long> after = writes.get();
                if (!before.equals(after)) {
                    mismatches.add(what + ": written, " + before + " became " + after);
                }
            }
        }
        assertThat(mismatches).as(target).isEmpty();
    }

    private static void refusesControlCharacters(
            MockMvc mvc, Form form, String target, Supplier<Map<String, Long>> writes) throws Exception {
        List<String> mismatches = new ArrayList<>();
        List<String> carriers = form.carriers();
        for (int c = 0; c < carriers.size(); c++) {
            String control = SmuggledImagery.CONTROL_CHARACTERS.get(c % SmuggledImagery.CONTROL_CHARACTERS.size());
            Map<String, Long> before = writes.get();
            MockHttpServletResponse response =
                    submit(mvc, form, target, carriers.get(c), SmuggledImagery.withControlCharacter(control));
            String what = carriers.get(c) + " with U+" + String.format("%04X", (int) control.charAt(0));
            if (response.getStatus() != 400) {
                mismatches.add(what + ": expected 400, got " + response.getStatus() + " "
                        + abbreviated(response.getContentAsString()));
            }
            Map<String, Long> after = writes.get();
            if (!before.equals(after)) {
                mismatches.add(what + ": written, " + before + " became " + after);
            }
        }
        assertThat(mismatches).as(target).isEmpty();
    }

    private static MockHttpServletResponse submit(MockMvc mvc, Form form, String target, String field, String value)
            throws Exception {
        return mvc.perform(post(target)
                        .with(form.signIn())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param(field, value))
                .andReturn()
                .getResponse();
    }

    private static List<Form> parse(String html, User user) {
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            String attributes = form.group(1);
            if (!"post".equalsIgnoreCase(attribute(attributes, "method"))) {
                continue;
            }
            String action = attribute(attributes, "action");
            if (action == null || !action.startsWith("/portal")) {
                continue;
            }
            List<String> text = new ArrayList<>();
            List<String> other = new ArrayList<>();
            Matcher field = FIELD.matcher(form.group(2));
            while (field.find()) {
                String name = attribute(field.group(2), "name");
                if (name == null || name.equals("_csrf") || text.contains(name) || other.contains(name)) {
                    continue;
                }
                String type = attribute(field.group(2), "type");
                boolean isText = field.group(1).equals("textarea")
                        || field.group(1).equals("input") && (type == null || TEXT_TYPES.contains(type));
                (isText ? text : other).add(name);
            }
            forms.add(new Form(
                    unescape(action),
                    attribute(attributes, "data-autosave"),
                    List.copyOf(text),
                    List.copyOf(other),
                    user.name(),
                    user.signIn()));
        }
        return forms;
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile("(?:^|\\s)" + Pattern.quote(name) + "=\"([^\"]*)\"")
                .matcher(attributes);
        return value.find() ? unescape(value.group(1)) : null;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
    }

    /** The page's shape: ids replaced, query dropped. */
    private static String shape(String path) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return UUID.matcher(withoutQuery).replaceAll("{id}");
    }

    /** A Spring MVC path pattern as a regular expression: {@code {name}} any segment, {@code {name:re}} the re. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                regex.append(Pattern.quote(template.substring(at)));
                break;
            }
            regex.append(Pattern.quote(template.substring(at, open)));
            int depth = 0;
            int close = open;
            for (; close < template.length(); close++) {
                char c = template.charAt(close);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            String variable = template.substring(open + 1, close);
            int colon = variable.indexOf(':');
            regex.append(colon < 0 ? "[^/]+" : "(?:" + variable.substring(colon + 1) + ")");
            at = close + 1;
        }
        return Pattern.compile(regex.toString());
    }

    private static String abbreviated(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }
}
