package org.casebridge.police.escalation.portal;

import static org.casebridge.platform.portal.PortalOption.choice;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.escalation.query.ReviewFilter;
import org.casebridge.police.escalation.query.ReviewQueries;
import org.casebridge.police.escalation.query.ReviewSort;
import org.casebridge.police.reference.Force;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Reviews due" (ADR 0083): the force's MoPI reviews that are due, overdue or coming up in the next 30 days, the
 * longest overdue first, each linked to its escalation and, once the daily job marked it due, to the review's decision
 * for a supervisor. The same query as {@code GET /api/reviews}, for the force's supervisors and auditors.
 */
@PortalController
class ReviewPortalController {

    /** The most lines the page shows; it says so when there are more. */
    static final int SHOWN = 500;

    /** How far ahead "Coming up" looks. */
    static final Period COMING_UP = Period.ofDays(30);

    static final List<PortalOption> FILTERS = List.of(
            new PortalOption("due", "Due"),
            new PortalOption("overdue", "Overdue"),
            new PortalOption("upcoming", "Coming up in 30 days"));

    private final ReviewQueries reviews;

    ReviewPortalController(ReviewQueries reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/portal/reviews")
    @PoliceAccess(Rule.REVIEW_LIST)
    @RecordsAccess(value = "mopi-reviews", caseIdVariable = "")
    String reviews(Actor actor, @RequestParam(defaultValue = "due") String state, Model model) {
        ReviewFilter filter = choice(ReviewFilter.class, state, ReviewFilter.DUE);
        model.addAttribute("force", reviews.forceOf(actor).map(Force::name).orElse(null));
        model.addAttribute("reviews", reviews.reviews(actor, filter, COMING_UP, ReviewSort.DUE, OptionalInt.of(SHOWN)));
        model.addAttribute("state", filter.name().toLowerCase(Locale.ROOT));
        model.addAttribute("filters", FILTERS);
        model.addAttribute("shown", SHOWN);
        model.addAttribute("supervisor", actor.role() == Actor.Role.POLICE_SUPERVISOR);
        return "police/reviews";
    }
}
