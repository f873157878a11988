package org.casebridge.platform.portal;

import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.problem.DomainRuleViolation;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every portal page posts, in one place: a controller reads and checks its answers on a {@link PortalForm}, then
 * hands the rest to {@link #post}: the draft is saved, the command sent, a refusal shown against the field its rule
 * is about, the form shown again with the error summary, or, on success, the draft discarded, the read side awaited
 * and the user sent on with a success banner. Flash attributes use the names below, rendered by
 * {@code portal/components :: flash}.
 */
public class PortalPages {

    /** The heading of the success banner on the page after a change. */
    public static final String SUCCESS = "success";
    /** An optional line under that heading. */
    public static final String SUCCESS_TEXT = "successText";
    /** Why a button's change was refused, shown as an important banner on the page it returns to. */
    public static final String PROBLEM = "problem";

    private final PortalDrafts drafts;

    public PortalPages(PortalDrafts drafts) {
        this.drafts = drafts;
    }

    /** The user's saved answers to a form, for the page that shows it; empty when there are none. */
    public PortalForm draft(Actor actor, String key) {
        return PortalForm.of(drafts.load(actor, key));
    }

    /** Saves what was typed on one of the forms of a page that holds several, before that page is shown again. */
    public void keep(Actor actor, String key, PortalForm form) {
        drafts.save(actor, key, form.values());
    }

    /** The post of a form whose answers the controller has read into {@code form}. */
    public PortalPost post(Actor actor, PortalForm form, RedirectAttributes redirect) {
        return new PortalPost(drafts, actor, form, redirect);
    }

    /**
     * A button with no form (accept, mark complete): sends the command and returns to {@code target} with a success
     * banner, or with the refusal in a problem banner. A refusal for the user's role (403) is an error page instead.
     */
    public String act(RedirectAttributes redirect, Runnable command, String success, String target) {
        return acted(
                redirect,
                () -> {
                    command.run();
                    return target;
                },
                next -> success,
                next -> next,
                target);
    }

    /**
     * A button whose command answers whether it was already done (ADR 0090): a second click is not an error, it returns
     * to {@code target} with the success banner worded for what was done before ({@code alreadyDone}).
     */
    public String act(
            RedirectAttributes redirect, BooleanSupplier command, String success, String alreadyDone, String target) {
        return acted(
                redirect, command::getAsBoolean, already -> already ? alreadyDone : success, already -> target, target);
    }

    /**
     * A button whose next page depends on what its command returned (the record it changed): {@code target} of
     * that after success, with the banner; {@code refused} with the refusal in a problem banner. A refusal for the
     * user's role (403) is an error page instead.
     */
    public <T> String act(
            RedirectAttributes redirect,
            Supplier<T> command,
            String success,
            Function<T, String> target,
            String refused) {
        return acted(redirect, command, result -> success, target, refused);
    }

    private static <T> String acted(
            RedirectAttributes redirect,
            Supplier<T> command,
            Function<T, String> banner,
            Function<T, String> target,
            String refused) {
        T result;
        try {
            result = command.get();
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute(PROBLEM, shown(violation).getMessage());
            return "redirect:" + refused;
        }
        redirect.addFlashAttribute(SUCCESS, banner.apply(result));
        return "redirect:" + target.apply(result);
    }

    /**
     * A refusal the page shows, in a banner or against the field its rule is about. A refusal for the user's role
     * (403) is not the page's business: it is rethrown, for the error page.
     */
    static DomainRuleViolation shown(DomainRuleViolation violation) {
        if (violation.status() == 403) {
            throw violation;
        }
        return violation;
    }
}
