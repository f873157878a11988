package org.casebridge.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.problem.DomainRuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class PortalPostTest {

    private static final Actor DSL = new Actor("dsl-1", Actor.Role.SCHOOL_DSL, "100001");

    /** Records what the flow does with drafts instead of writing them to a database. */
    private static final class RecordedDrafts extends PortalDrafts {

        final List<String> done = new ArrayList<>();

        RecordedDrafts() {
            super(null, null, null, null, null, List.of(), null);
        }

        @Override
        public Instant save(Actor owner, String key, Map<String, List<String>> fields) {
            done.add("save " + key + " " + fields);
            return Instant.EPOCH;
        }

        @Override
        public void discard(Actor owner, String key) {
            done.add("discard " + key);
        }
    }

    private static final class Refused extends DomainRuleViolation {
        Refused(int status, String rule) {
            super(status, rule, "Refused by " + rule);
        }
    }

    private final RecordedDrafts drafts = new RecordedDrafts();
    private final PortalPages pages = new PortalPages(drafts);
    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
    private final List<String> sent = new ArrayList<>();

    private static Map<String, Object> flash(RedirectAttributesModelMap redirect) {
        return Map.copyOf(redirect.getFlashAttributes());
    }

    private PortalForm form(String reason) {
        return PortalForm.of(Map.of("reason", List.of(reason)));
    }

    @Test
    void anAcceptedCommandDiscardsTheDraftAndRedirectsWithTheBanner() {
        PortalForm form = form("Out of area");
        String view = pages.post(DSL, form, redirect)
                .draft("decline-1")
                .refusalsOn("reason")
                .send(() -> sent.add("decline"))
                .success(added -> "Declined: " + added)
                .flash(PortalPages.SUCCESS_TEXT, added -> "more")
                .redirectTo("/portal/escalations/1")
                .orShow(() -> "again");

        assertThat(view).isEqualTo("redirect:/portal/escalations/1");
        assertThat(sent).containsExactly("decline");
        assertThat(drafts.done).containsExactly("save decline-1 {reason=[Out of area]}", "discard decline-1");
        assertThat(flash(redirect))
                .containsEntry(PortalPages.SUCCESS, "Declined: true")
                .containsEntry(PortalPages.SUCCESS_TEXT, "more");
    }

    @Test
    void aFormWithErrorsKeepsTheDraftSendsNothingAndIsShownAgain() {
        PortalForm form = form("");
        form.required("reason", "Enter the reason");
        String view = pages.post(DSL, form, redirect)
                .draft("decline-1")
                .refusalsOn("reason")
                .send(() -> sent.add("decline"))
                .redirectTo("/next")
                .orShow(() -> "again");

        assertThat(view).isEqualTo("again");
        assertThat(sent).isEmpty();
        assertThat(drafts.done).containsExactly("save decline-1 {reason=[]}");
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aRefusalIsShownAgainstTheFieldItsRuleIsAbout() {
        PortalForm form = form("x");
        String view = pages.post(DSL, form, redirect)
                .draft("crime-1")
                .refusalsOn("classification")
                .refusal("crime-reference-in-use", "crimeReference")
                .refusal("time-in-future", "when-day", "The time must be in the past")
                .run(() -> {
                    throw new Refused(409, "crime-reference-in-use");
                })
                .redirectTo("/next")
                .orShow(() -> "again");

        assertThat(view).isEqualTo("again");
        assertThat(form.errors()).containsExactly(Map.entry("crimeReference", "Refused by crime-reference-in-use"));
        assertThat(drafts.done).containsExactly("save crime-1 {reason=[x]}");
    }

    @Test
    void aRefusalMayBeSaidInThePagesWordsAndAnUnnamedRuleGoesToTheMainQuestion() {
        PortalForm named = form("x");
        pages.post(DSL, named, redirect)
                .refusalsOn("classification")
                .refusal("time-in-future", "when-day", "The time must be in the past")
                .run(() -> {
                    throw new Refused(422, "time-in-future");
                })
                .redirectTo("/next")
                .orShow(() -> "again");
        PortalForm other = form("x");
        pages.post(DSL, other, redirect)
                .refusalsOn("classification")
                .refusal("time-in-future", "when-day")
                .run(() -> {
                    throw new Refused(422, "something-else");
                })
                .redirectTo("/next")
                .orShow(() -> "again");

        assertThat(named.errors()).containsExactly(Map.entry("when-day", "The time must be in the past"));
        assertThat(other.errors()).containsExactly(Map.entry("classification", "Refused by something-else"));
    }

    /** A refusal naming the field it concerns in a property of its problem, as a review's criterion. */
    private static final class RefusedOn extends DomainRuleViolation {
        private final Map<String, Object> properties;

        RefusedOn(Map<String, Object> properties) {
            super(422, "criterion-contradicts-report", "Cannot be answered no");
            this.properties = properties;
        }

        @Override
        public Map<String, Object> properties() {
            return properties;
        }
    }

    @Test
    void aRefusalIsShownAgainstTheFieldItsProblemNamesOrTheMainQuestionWhenItNamesNone() {
        PortalForm named = form("x");
        pages.post(DSL, named, redirect)
                .refusalsOn("heldAt-day")
                .refusalOnNamedField("criterion-contradicts-report", "criterion")
                .run(() -> {
                    throw new RefusedOn(Map.of("criterion", "UNDER_13_SEXUAL_ACTS"));
                })
                .redirectTo("/next")
                .orShow(() -> "again");
        PortalForm unnamed = form("x");
        pages.post(DSL, unnamed, redirect)
                .refusalsOn("heldAt-day")
                .refusalOnNamedField("criterion-contradicts-report", "criterion")
                .run(() -> {
                    throw new RefusedOn(Map.of());
                })
                .redirectTo("/next")
                .orShow(() -> "again");

        assertThat(named.errors()).containsExactly(Map.entry("UNDER_13_SEXUAL_ACTS", "Cannot be answered no"));
        assertThat(unnamed.errors()).containsExactly(Map.entry("heldAt-day", "Cannot be answered no"));
    }

    @Test
    void aRefusalForTheUsersRoleIsNotTheFormsBusiness() {
        assertThatThrownBy(() -> pages.post(DSL, form("x"), redirect)
                        .draft("decision-1")
                        .refusalsOn("decision")
                        .run(() -> {
                            throw new Refused(403, "supervisor-required");
                        })
                        .redirectTo("/next")
                        .orShow(() -> "again"))
                .isInstanceOf(Refused.class);
        assertThat(drafts.done).containsExactly("save decision-1 {reason=[x]}");
    }

    @Test
    void theNextPageWaitsForTheReadSideToChange() {
        AtomicInteger timeline = new AtomicInteger(3);
        AtomicInteger reads = new AtomicInteger();
        String view = pages.post(DSL, form("x"), redirect)
                .refusalsOn("reason")
                .run(() -> sent.add("sent"))
                .awaitChange(() -> reads.incrementAndGet() < 3 ? timeline.get() : timeline.incrementAndGet())
                .redirectTo(result -> "/portal/cases/" + result)
                .orShow(() -> "again");

        assertThat(view).isEqualTo("redirect:/portal/cases/null");
        assertThat(reads.get()).isGreaterThanOrEqualTo(3);
        assertThat(timeline.get()).isEqualTo(4);
    }

    @Test
    void theNextPageWaitsUntilTheReadSideShowsWhatWasCreated() {
        List<String> readModel = new CopyOnWriteArrayList<>();
        String view = pages.post(DSL, form("x"), redirect)
                .refusalsOn("reason")
                .send(() -> {
                    sent.add("device-7");
                    new Thread(() -> readModel.add("device-7")).start();
                    return "device-7";
                })
                .awaitVisible(created -> List.copyOf(readModel).contains(created))
                .redirectTo(created -> "/portal/devices/" + created)
                .orShow(() -> "again");

        assertThat(view).isEqualTo("redirect:/portal/devices/device-7");
        assertThat(List.copyOf(readModel)).containsExactly("device-7");
    }

    @Test
    void aButtonShowsItsRefusalInABannerOnThePageItReturnsTo() {
        String refused = pages.act(
                redirect,
                () -> {
                    throw new Refused(409, "escalation-already-accepted");
                },
                "You accepted it",
                "/portal/escalations/1");
        assertThat(refused).isEqualTo("redirect:/portal/escalations/1");
        assertThat(flash(redirect))
                .containsEntry(PortalPages.PROBLEM, "Refused by escalation-already-accepted")
                .doesNotContainKey(PortalPages.SUCCESS);

        RedirectAttributesModelMap accepted = new RedirectAttributesModelMap();
        pages.act(accepted, () -> sent.add("accept"), "You accepted it", "/portal/escalations/1");
        assertThat(flash(accepted)).containsEntry(PortalPages.SUCCESS, "You accepted it");
        assertThatThrownBy(() -> pages.act(
                        redirect,
                        () -> {
                            throw new Refused(403, "supervisor-required");
                        },
                        "x",
                        "/y"))
                .isInstanceOf(Refused.class);
    }

    @Test
    void aButtonWhoseNextPageDependsOnItsResultGoesThereOrShowsTheRefusalWhereItWasMeantToReturn() {
        RedirectAttributesModelMap sentAgain = new RedirectAttributesModelMap();
        String next = pages.act(
                sentAgain,
                () -> "subscription-4",
                "Sent again",
                subscription -> "/portal/deliveries?subscriptionId=" + subscription,
                "/portal/deliveries");
        assertThat(next).isEqualTo("redirect:/portal/deliveries?subscriptionId=subscription-4");
        assertThat(flash(sentAgain)).containsEntry(PortalPages.SUCCESS, "Sent again");

        String refused = pages.act(
                redirect,
                () -> {
                    throw new Refused(409, "subscription-paused");
                },
                "Sent again",
                subscription -> "/portal/deliveries?subscriptionId=" + subscription,
                "/portal/deliveries");
        assertThat(refused).isEqualTo("redirect:/portal/deliveries");
        assertThat(flash(redirect))
                .containsEntry(PortalPages.PROBLEM, "Refused by subscription-paused")
                .doesNotContainKey(PortalPages.SUCCESS);
        assertThatThrownBy(() -> pages.act(
                        redirect,
                        () -> {
                            throw new Refused(403, "agency-required");
                        },
                        "x",
                        subscription -> "/y",
                        "/z"))
                .isInstanceOf(Refused.class);
    }
}
