package org.casebridge.cases.incident.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.CaseLimits;
import org.casebridge.cases.incident.api.ChildFlag;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.cases.incident.api.ChildRole;
import org.casebridge.cases.incident.api.HowCameToLight;
import org.casebridge.cases.incident.api.ImageryCategory;
import org.casebridge.cases.incident.api.ReportIncidentCommand;
import org.casebridge.cases.incident.api.Spread;
import org.casebridge.cases.incident.command.IncidentIntake;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.incident.query.CaseViewQueries;
import org.casebridge.cases.personaldetails.PersonalDetails;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.platform.portal.PortalPages;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reporting an incident as a short series of question pages: how it came to light, what is known of the imagery
 * (never the imagery itself), each child, a summary, then check your answers and a confirmation with the case
 * reference. Every answer goes into the DSL's draft as they type and as each page is saved, so nothing is lost to a
 * timeout; the report itself is the same {@link IncidentIntake} call the API makes.
 */
@PortalController
public class ReportPortalController {

    static final String DRAFT = "report-incident";
    private static final Pattern UPN = Pattern.compile("[A-Z][0-9]{11}[0-9A-Z]");
    private static final Pattern YEAR_GROUP = Pattern.compile(CaseLimits.YEAR_GROUP_PATTERN);

    private final PortalPages pages;
    private final IncidentIntake intake;
    private final CaseViewQueries queries;

    public ReportPortalController(PortalPages pages, IncidentIntake intake, CaseViewQueries queries) {
        this.pages = pages;
        this.intake = intake;
        this.queries = queries;
    }

    @GetMapping("/portal/report")
    String start() {
        return "redirect:/portal/report/how";
    }

    @GetMapping("/portal/report/{step:how|imagery|summary}")
    String question(
            @PathVariable String step,
            @RequestParam(required = false) String change,
            @RequestParam(required = false) String incomplete,
            Actor actor,
            Model model) {
        return page(step, 0, draft(actor, step, 0, incomplete != null), change != null, model);
    }

    @GetMapping("/portal/report/children/{number}")
    String child(
            @PathVariable int number,
            @RequestParam(required = false) String change,
            @RequestParam(required = false) String incomplete,
            Actor actor,
            Model model) {
        requireChildNumber(number);
        return page("child", number, draft(actor, "child", number, incomplete != null), change != null, model);
    }

    /**
     * The draft's answers for a page; when check your answers sent the DSL back here ({@code ?incomplete}), with
     * what is missing or wrong already shown, so they know why they are back.
     */
    private PortalForm draft(Actor actor, String step, int number, boolean incomplete) {
        PortalForm form = pages.draft(actor, DRAFT);
        if (incomplete) {
            validate(step, number, form);
        }
        return form;
    }

    @PostMapping("/portal/report/{step:how|imagery|summary}")
    String answer(@PathVariable String step, PortalForm form, Actor actor, Model model) {
        return saved(step, 0, form, actor, model);
    }

    @PostMapping("/portal/report/children/{number}")
    String answerChild(@PathVariable int number, PortalForm form, Actor actor, Model model) {
        requireChildNumber(number);
        return saved("child", number, form, actor, model);
    }

    @GetMapping("/portal/report/check")
    String check(Actor actor, Model model) {
        PortalForm draft = pages.draft(actor, DRAFT);
        String unanswered = firstUnanswered(draft);
        if (unanswered != null) {
            return "redirect:" + unanswered;
        }
        return checkPage(draft, model);
    }

    @PostMapping("/portal/report/check")
    String submit(Actor actor, Model model, RedirectAttributes redirect) {
        PortalForm draft = pages.draft(actor, DRAFT);
        String unanswered = firstUnanswered(draft);
        if (unanswered != null) {
            return "redirect:" + unanswered;
        }
        CaseId caseId = new CaseId(UUID.randomUUID());
        Map<String, PersonalDetails> personalDetails = new LinkedHashMap<>();
        List<ChildInvolved> children = new ArrayList<>();
        for (int n = 1; n <= childCount(draft); n++) {
            String p = "child" + n + "-";
            children.add(new ChildInvolved(
                    "child-" + n,
                    Integer.parseInt(draft.text(p + "age")),
                    draft.text(p + "year"),
                    codes(draft.values(p + "roles"), ChildRole.class),
                    codes(draft.values(p + "flags"), ChildFlag.class)));
            if (hasPersonalDetails(draft, p)) {
                personalDetails.put(
                        "child-" + n,
                        new PersonalDetails(
                                draft.text(p + "given"),
                                draft.text(p + "family"),
                                PortalDates.date(draft, p + "dob", "the date of birth"),
                                draft.text(p + "upn")));
            }
        }
        ReportIncidentCommand report = new ReportIncidentCommand(
                caseId,
                actor.actedBy(),
                PortalOption.choice(HowCameToLight.class, draft.text("how"), null),
                PortalDates.instant(draft, "cameToLight", "the date it came to light"),
                codes(draft.values("imagery"), ImageryCategory.class),
                draft.text("imageryNotes"),
                platforms(draft.text("platforms")),
                PortalOption.choice(Spread.class, draft.text("spread"), null),
                draft.has("internet", "yes"),
                draft.has("schoolDevice", "yes"),
                children,
                draft.text("summary"));
        return pages.post(actor, draft, redirect)
                .draft(DRAFT)
                .refusalsOn("check")
                .send(() -> intake.report(report, personalDetails))
                .awaitVisible(
                        () -> queries.find(caseId.value(), CaseScope.of(actor)).isPresent())
                .flash("caseId", reference -> caseId.toString())
                .flash("caseReference", reference -> reference)
                .redirectTo("/portal/report/confirmation")
                .orShow(() -> checkPage(draft, model));
    }

    @GetMapping("/portal/report/confirmation")
    String confirmation(Model model) {
        if (!model.containsAttribute("caseId")) {
            return "redirect:/portal/cases";
        }
        return "cases/report/confirmation";
    }

    private String saved(String step, int number, PortalForm form, Actor actor, Model model) {
        boolean change = form.values().remove("change") != null;
        validate(step, number, form);
        pages.keep(actor, DRAFT, form);
        if (form.hasErrors()) {
            return page(step, number, form, change, model);
        }
        if ("child".equals(step) && form.has("child" + number + "-another", "yes")) {
            return "redirect:/portal/report/children/" + (number + 1) + (change ? "?change" : "");
        }
        if (change) {
            return "redirect:/portal/report/check";
        }
        return switch (step) {
            case "how" -> "redirect:/portal/report/imagery";
            case "imagery" -> "redirect:/portal/report/children/1";
            case "child" -> "redirect:/portal/report/summary";
            default -> "redirect:/portal/report/check";
        };
    }

    private String page(String step, int number, PortalForm form, boolean change, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("change", change);
        model.addAttribute("yesNo", PortalOption.YES_NO);
        switch (step) {
            case "how" -> model.addAttribute("howOptions", CaseText.options(HowCameToLight.values()));
            case "imagery" -> {
                model.addAttribute("imageryOptions", CaseText.options(ImageryCategory.values()));
                model.addAttribute("spreadOptions", CaseText.options(Spread.values()));
            }
            case "child" -> {
                model.addAttribute("number", number);
                model.addAttribute("p", "child" + number + "-");
                model.addAttribute("roleOptions", CaseText.options(ChildRole.values()));
                model.addAttribute("flagOptions", CaseText.options(ChildFlag.values()));
                model.addAttribute("lastChild", number >= CaseLimits.MAX_CHILDREN);
            }
            default -> {}
        }
        return "cases/report/" + step;
    }

    private String checkPage(PortalForm draft, Model model) {
        model.addAttribute("form", draft);
        model.addAttribute("children", childCount(draft));
        model.addAttribute(
                "cameToLightAt",
                PortalDates.shown(PortalDates.instant(PortalForm.of(draft.values()), "cameToLight", "it")));
        return "cases/report/check";
    }

    /** The page of the first question the draft has no valid answer to, or null when every one is answered. */
    private static String firstUnanswered(PortalForm draft) {
        for (String step : List.of("how", "imagery")) {
            PortalForm copy = PortalForm.of(draft.values());
            validate(step, 0, copy);
            if (copy.hasErrors()) {
                return "/portal/report/" + step + "?incomplete=yes";
            }
        }
        for (int n = 1; n <= childCount(draft); n++) {
            PortalForm copy = PortalForm.of(draft.values());
            validate("child", n, copy);
            if (copy.hasErrors()) {
                return "/portal/report/children/" + n + "?incomplete=yes";
            }
        }
        PortalForm copy = PortalForm.of(draft.values());
        validate("summary", 0, copy);
        return copy.hasErrors() ? "/portal/report/summary?incomplete=yes" : null;
    }

    /** Children are numbered from 1; each says whether another follows. */
    static int childCount(PortalForm draft) {
        int count = 1;
        while (count < CaseLimits.MAX_CHILDREN && draft.has("child" + count + "-another", "yes")) {
            count++;
        }
        return count;
    }

    static void validate(String step, int number, PortalForm form) {
        switch (step) {
            case "how" -> {
                form.choice("how", HowCameToLight.class, "Select how the incident came to light");
                PortalDates.instant(form, "cameToLight", "the date it came to light");
            }
            case "imagery" -> {
                form.choices("imagery", ImageryCategory.class, "Select what the image shows, or Not known");
                form.limited(
                        "imageryNotes",
                        CaseLimits.MAX_TEXT_LENGTH,
                        "What you know of the image must be " + CaseLimits.MAX_TEXT_LENGTH + " characters or fewer");
                String platforms = form.limited(
                        "platforms",
                        CaseLimits.MAX_SHORT_TEXT_LENGTH,
                        "The apps or sites must be " + CaseLimits.MAX_SHORT_TEXT_LENGTH + " characters or fewer");
                if (platforms != null && platforms(platforms).size() > CaseLimits.MAX_PLATFORMS) {
                    form.reject("platforms", "Name " + CaseLimits.MAX_PLATFORMS + " apps or sites or fewer");
                }
                form.choice("spread", Spread.class, "Select how far the image has been shared");
                form.yesNo("internet", "Select yes if the image may have reached the internet");
                form.yesNo("schoolDevice", "Select yes if a school device or network was involved");
            }
            case "child" -> validateChild(number, form);
            case "summary" ->
                form.limited(
                        "summary",
                        CaseLimits.MAX_TEXT_LENGTH,
                        "The summary must be " + CaseLimits.MAX_TEXT_LENGTH + " characters or fewer");
            default -> throw new IllegalArgumentException(step);
        }
    }

    private static void validateChild(int number, PortalForm form) {
        String p = "child" + number + "-";
        String age = form.required(p + "age", "Enter the child's age");
        if (age != null) {
            try {
                int years = Integer.parseInt(age);
                if (years < CaseLimits.MIN_CHILD_AGE || years > CaseLimits.MAX_CHILD_AGE) {
                    form.reject(
                            p + "age",
                            "The child's age must be between " + CaseLimits.MIN_CHILD_AGE + " and "
                                    + CaseLimits.MAX_CHILD_AGE);
                }
            } catch (NumberFormatException e) {
                form.reject(p + "age", "Enter the child's age in years, like 14");
            }
        }
        String year = form.required(p + "year", "Enter the child's year group");
        if (year != null && !YEAR_GROUP.matcher(year).matches()) {
            form.reject(p + "year", "Enter the year group like Year 9, Reception or Nursery");
        }
        form.choices(p + "roles", ChildRole.class, "Select how the child is involved");
        form.optionalChoices(p + "flags", ChildFlag.class, "Select only the listed needs");
        if (hasPersonalDetails(form, p)) {
            form.required(p + "given", "Enter the child's first name, or leave all their details empty");
            form.limited(p + "given", 100, "The first name must be 100 characters or fewer");
            form.required(p + "family", "Enter the child's last name, or leave all their details empty");
            form.limited(p + "family", 100, "The last name must be 100 characters or fewer");
            LocalDate born = PortalDates.date(form, p + "dob", "the child's date of birth");
            if (born != null && !born.isBefore(LocalDate.now(PortalDates.UK))) {
                form.reject(p + "dob-day", "The date of birth must be in the past");
            }
            String upn = form.text(p + "upn");
            if (upn != null && !UPN.matcher(upn).matches()) {
                form.reject(p + "upn", "Enter the UPN as 13 characters, like H801200001001");
            }
        }
        form.yesNo(p + "another", "Select yes if another child is involved");
        if (number >= CaseLimits.MAX_CHILDREN && form.has(p + "another", "yes")) {
            form.reject(p + "another", "A report can name up to " + CaseLimits.MAX_CHILDREN + " children");
        }
    }

    private static boolean hasPersonalDetails(PortalForm form, String p) {
        return List.of("given", "family", "dob-day", "dob-month", "dob-year", "upn").stream()
                .anyMatch(field -> form.text(p + field) != null);
    }

    private static <E extends Enum<E>> Set<E> codes(List<String> values, Class<E> type) {
        Set<E> codes = EnumSet.noneOf(type);
        values.forEach(value -> codes.add(PortalOption.choice(type, value, null)));
        return codes;
    }

    static Set<String> platforms(String text) {
        Set<String> platforms = new LinkedHashSet<>();
        if (text != null) {
            Arrays.stream(text.split(","))
                    .map(String::strip)
                    .filter(name -> !name.isEmpty())
                    .forEach(platforms::add);
        }
        return platforms;
    }

    private static void requireChildNumber(int number) {
        if (number < 1 || number > CaseLimits.MAX_CHILDREN) {
            throw new NotFoundException("child", String.valueOf(number));
        }
    }
}
