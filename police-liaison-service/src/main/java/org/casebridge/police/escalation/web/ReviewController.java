package org.casebridge.police.escalation.web;

import static org.casebridge.police.shared.ListOptions.option;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Period;
import java.util.List;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.problem.InvalidParameterException;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.escalation.query.EscalationViews.DueReviewView;
import org.casebridge.police.escalation.query.ReviewFilter;
import org.casebridge.police.escalation.query.ReviewQueries;
import org.casebridge.police.escalation.query.ReviewSort;
import org.casebridge.police.shared.ListOptions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A force's MoPI reviews that are due, overdue or coming up (ADR 0083). */
@RestController
@RequestMapping("/api")
@Tag(name = "Record reviews", description = "The MoPI reviews of a force's escalations that are due")
class ReviewController {

    /** How far ahead {@code state=upcoming} looks when no {@code within} is given. */
    static final Period UPCOMING_WITHIN = Period.ofDays(30);

    private final ReviewQueries reviews;

    ReviewController(ReviewQueries reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/reviews")
    @PoliceAccess(Rule.REVIEW_LIST)
    @RecordsAccess(value = "mopi-reviews", caseIdVariable = "")
    @Operation(
            summary = "The MoPI reviews of the caller's force: due, overdue or coming up",
            description = "For the force's supervisors and auditors (other roles 403): the force is the caller's"
                    + " organisation, never a parameter; a caller of no force gets an empty list. Each line has the"
                    + " case reference, the MoPI group, the review date and the days overdue. An escalation whose"
                    + " personal data was erased on its review is off the list. 400 for an unknown state or sort, a"
                    + " limit outside 1 to 500, a within that is not a period from a day to a year, or a within with a"
                    + " state other than upcoming. The read is recorded.")
    List<DueReviewView> reviews(
            Actor actor,
            @Parameter(
                            description = "due (default: the review date has come), overdue (it has passed) or"
                                    + " upcoming (not yet due, due within the period of within)",
                            example = "due")
                    @RequestParam(defaultValue = "due")
                    String state,
            @Parameter(description = "for state=upcoming: how far ahead, an ISO-8601 period (default P30D)")
                    @RequestParam(required = false)
                    String within,
            @Parameter(description = "due (default: the longest overdue first) or group (MoPI group 1 first)")
                    @RequestParam(defaultValue = "due")
                    String sort,
            @Parameter(description = "at most this many, the first in the chosen order (1 to 500); all when absent")
                    @RequestParam(required = false)
                    String limit) {
        ReviewFilter filter = option(ReviewFilter.class, "state", state);
        if (within != null && filter != ReviewFilter.UPCOMING) {
            throw new InvalidParameterException("within", "within applies to state=upcoming only");
        }
        return reviews.reviews(
                actor,
                filter,
                ListOptions.period("within", within, UPCOMING_WITHIN, reviews.today()),
                option(ReviewSort.class, "sort", sort),
                ListOptions.limit(limit, EscalationController.MAX_LIMIT));
    }
}
