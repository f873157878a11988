package org.casebridge.platform.portal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.problem.DomainRuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One post of a portal form, from checked answers to the next page. Written as one sentence in the controller:
 *
 * <pre>{@code
 * return pages.post(actor, form, redirect)
 *         .draft("decline-" + caseId)
 *         .refusalsOn("reason")
 *         .refusal("crime-reference-in-use", "crimeReference")
 *         .send(() -> commands.sendAndWait(new DeclineEscalationCommand(caseId, actor.actedBy(), reason)))
 *         .success("You declined the escalation")
 *         .redirectTo("/portal/escalations/" + caseId)
 *         .orShow(() -> declinePage(actor, caseId, form, model));
 * }</pre>
 *
 * In that order it saves the draft (so nothing typed is lost whatever follows), shows the page again when the form
 * has errors, sends the command, and on a refusal ({@link DomainRuleViolation}) rejects the field its rule is about
 * and shows the page again with the error summary. A refusal for the user's role (403) is not the form's business:
 * it is rethrown, for the error page. After success it discards the draft, waits for the read side, sets the flash
 * attributes and redirects.
 */
public final class PortalPost {

    private record Refusal(
            Function<DomainRuleViolation, String> field,
            @Nullable String message) {}

    private final PortalDrafts drafts;
    private final Actor actor;
    private final PortalForm form;
    private final RedirectAttributes redirect;
    private final Map<String, Refusal> refusals = new HashMap<>();
    private @Nullable String draft;
    private @Nullable String otherRefusals;

    PortalPost(PortalDrafts drafts, Actor actor, PortalForm form, RedirectAttributes redirect) {
        this.drafts = drafts;
        this.actor = actor;
        this.form = form;
        this.redirect = redirect;
    }

    /** The draft the answers are kept in until the command is accepted. */
    public PortalPost draft(String key) {
        this.draft = key;
        return this;
    }

    /** The field a refusal is shown against when no {@link #refusal} names its rule: the question the page asks. */
    public PortalPost refusalsOn(String field) {
        this.otherRefusals = field;
        return this;
    }

    /** A refusal of this rule (the problem type's slug) is shown against this field, in the rule's own words. */
    public PortalPost refusal(String rule, String field) {
        refusals.put(rule, new Refusal(violation -> field, null));
        return this;
    }

    /**
     * A refusal of this rule is shown against the field its problem names in {@code property} (for example the
     * criterion a review answered wrongly), or against {@link #refusalsOn}'s field when the problem names none.
     */
    public PortalPost refusalOnNamedField(String rule, String property) {
        refusals.put(
                rule,
                new Refusal(
                        violation -> {
                            Object named = violation.properties().get(property);
                            return named == null
                                    ? Objects.requireNonNull(otherRefusals, "Say with refusalsOn(field) where")
                                    : named.toString();
                        },
                        null));
        return this;
    }

    /** A refusal of this rule is shown against this field, in the page's words. */
    public PortalPost refusal(String rule, String field, String message) {
        refusals.put(rule, new Refusal(violation -> field, message));
        return this;
    }

    /** The command, sent only when the answers have no errors; its result is for the next page. */
    public <T> Sending<T> send(Supplier<T> command) {
        Objects.requireNonNull(otherRefusals, "Say with refusalsOn(field) where a refusal is shown");
        return new Sending<>(command);
    }

    /** The command, for a service method that returns nothing. */
    public Sending<Void> run(Runnable command) {
        return send(() -> {
            command.run();
            return null;
        });
    }

    /** What follows a command: the wait for the read side, the banner, the next page. */
    public final class Sending<T> {

        private final Supplier<T> command;
        private final Map<String, Function<T, Object>> flash = new LinkedHashMap<>();
        private @Nullable Function<T, Boolean> visible;
        private @Nullable Supplier<?> reading;
        private @Nullable Function<T, String> target;

        private Sending(Supplier<T> command) {
            this.command = command;
        }

        /** The heading of the success banner on the next page. */
        public Sending<T> success(String heading) {
            return flash(PortalPages.SUCCESS, result -> heading);
        }

        /** The heading of the success banner, from what the command returned. */
        public Sending<T> success(Function<T, String> heading) {
            return flash(PortalPages.SUCCESS, heading::apply);
        }

        /** Another flash attribute for the next page, from what the command returned. */
        public Sending<T> flash(String name, Function<T, Object> value) {
            flash.put(name, value);
            return this;
        }

        /** Waits, within {@link ReadSide#PATIENCE}, until the read side shows the change, so the next page shows it. */
        public Sending<T> awaitVisible(BooleanSupplier shown) {
            this.visible = result -> shown.getAsBoolean();
            return this;
        }

        /** Waits until the read side shows what the command returned. */
        public Sending<T> awaitVisible(Function<T, Boolean> shown) {
            this.visible = shown;
            return this;
        }

        /**
         * Waits until a reading of the read side (a count, a status) differs from what it was before the command, for
         * a change that adds no record of its own to wait for.
         */
        public Sending<T> awaitChange(Supplier<?> reading) {
            this.reading = reading;
            return this;
        }

        public Sending<T> redirectTo(String path) {
            return redirectTo(result -> path);
        }

        public Sending<T> redirectTo(Function<T, String> path) {
            this.target = path;
            return this;
        }

        /**
         * Runs the post.
         *
         * @param page shows the form again, with {@code form}'s answers and errors; called when the answers have
         *     errors or the command is refused
         * @return the view to show or the redirect to follow
         */
        public String orShow(Supplier<String> page) {
            Function<T, String> next =
                    Objects.requireNonNull(target, "Say with redirectTo(path) where the user goes after success");
            String refusedField = Objects.requireNonNull(otherRefusals);
            if (draft != null) {
                drafts.save(actor, draft, form.values());
            }
            if (form.hasErrors()) {
                return page.get();
            }
            Supplier<?> changing = reading;
            Object before = changing == null ? null : changing.get();
            T result;
            try {
                result = command.get();
            } catch (DomainRuleViolation violation) {
                DomainRuleViolation refused = PortalPages.shown(violation);
                Refusal refusal = refusals.getOrDefault(refused.rule(), new Refusal(v -> refusedField, null));
                String message = refusal.message();
                form.reject(refusal.field().apply(refused), message == null ? refused.getMessage() : message);
                return page.get();
            }
            if (draft != null) {
                drafts.discard(actor, draft);
            }
            Function<T, Boolean> shown = visible;
            if (shown != null) {
                ReadSide.awaitVisible(() -> shown.apply(result));
            }
            if (changing != null) {
                ReadSide.awaitVisible(() -> !Objects.equals(before, changing.get()));
            }
            flash.forEach((name, value) -> {
                Object flashed = value.apply(result);
                if (flashed != null) {
                    redirect.addFlashAttribute(name, flashed);
                }
            });
            return "redirect:" + next.apply(result);
        }
    }
}
