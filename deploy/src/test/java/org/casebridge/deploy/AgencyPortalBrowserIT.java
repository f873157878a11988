package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The agency portal in a real browser on the real stack: Hackney's social care worker signs in, creates a webhook
 * subscription (seeing its secret once), a Hackney school's referral arrives on the bus, and the worker sees the
 * delivery in the log, sends it again, finds the case among those shared with the agency, asks for the day's events
 * to be sent again (a replay), is refused an area the agency directory does not give it, adds an event type and pauses
 * the subscription. Each main page is captured and checked with axe-core. The case is named by its school and referral
 * date, the area and the agency by name, never by an id (ADR 0052).
 */
@ExtendWith(WholeStack.class)
class AgencyPortalBrowserIT {

    private static final String REFERRAL_MADE = "org.casebridge.school.referral-made.v1";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void anAgencySubscribesSeesTheDeliveryAndTheCaseSharedWithIt(LocalStack stack) throws IOException {
        URI portal = stack.baseUri(Service.NOTIFICATION).resolve("/portal");
        Set<String> received = ConcurrentHashMap.newKeySet();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/casebridge", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try (PortalBrowser browser = PortalBrowser.start()) {
            browser.signIn(portal, "csc.hackney").expectHeading("Subscriptions");
            assertThat(browser.text()).contains("Signed in as", "Hackney Children's Social Care");
            browser.capture("notification-subscriptions");

            browser.click("Create a subscription").expectHeading("Create a subscription");
            browser.capture("notification-new-subscription");
            browser.click("Create subscription").expectHeading("Create a subscription");
            assertThat(browser.text()).contains("There is a problem", "Select at least one kind of event");
            browser.capture("notification-new-subscription-errors");

            browser.choose("eventTypes", REFERRAL_MADE)
                    .type("areas", "E09000012")
                    .choose("scope", "ALL_IN_AREA")
                    .choose("channel", "WEBHOOK")
                    .type("url", "http://localhost:" + receiver.getAddress().getPort() + "/casebridge")
                    .choose("article6", "PUBLIC_TASK")
                    .choose("schedule1Condition", "PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK")
                    .click("Create subscription")
                    .expectHeading("Subscription");
            String secret = browser.find(By.id("webhook-secret")).getText();
            assertThat(secret).startsWith("whsec_");
            assertThat(browser.text()).contains("Subscription created", "It will not be shown again");
            browser.capture("notification-subscription-created");
            String subscriptionPage = browser.driver().getCurrentUrl();
            browser.open(URI.create(subscriptionPage)).expectHeading("Subscription");
            assertThat(browser.text()).as("the secret is shown once").doesNotContain(secret);

            String caseId = publishReferralInHackney(stack, "\"CHILDRENS_SOCIAL_CARE\", \"POLICE\"", Instant.now());
            URI deliveries = portal.resolve("/portal/deliveries?caseId=" + caseId);
            browser.reloadUntil(deliveries, "Delivered");
            assertThat(received).anyMatch(body -> body.contains(caseId));
            browser.capture("notification-delivery-log");

            browser.find(By.cssSelector("form[action*='/redelivery'] button")).click();
            browser.expectHeading("Delivery log");
            assertThat(browser.text()).contains("will be sent again");

            browser.click("Cases").expectHeading("Cases");
            var link = browser.find(By.cssSelector("a[href$='/portal/cases/" + caseId + "']"));
            String caseName = link.getText();
            assertThat(caseName).startsWith("Clapton Park Academy, referred ");
            assertThat(browser.text()).doesNotContain(caseId);
            browser.capture("notification-cases");
            link.click();
            browser.expectHeading(caseName);
            assertThat(browser.text())
                    .contains(
                            "Hackney",
                            "Hackney Children's Social Care",
                            "Referral made (school)",
                            "Public task",
                            "Clapton Park Academy: UK GDPR")
                    .doesNotContain(caseId, "csc-hackney", "E09000012");
            browser.capture("notification-case");

            browser.open(URI.create(subscriptionPage))
                    .expectHeading("Subscription")
                    .click("Send events again")
                    .expectHeading("Send events again");
            assertThat(browser.text()).contains("Events already delivered will be sent again", "idempotent");
            browser.capture("notification-replay");
            browser.click("Send events again").expectHeading("Send events again");
            assertThat(browser.text())
                    .contains(
                            "There is a problem",
                            "Enter the date to send events again from as a day, month and year",
                            "Confirm that events already delivered will be sent again");
            browser.capture("notification-replay-errors");
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            browser.type("from-day", String.valueOf(today.getDayOfMonth()))
                    .type("from-month", String.valueOf(today.getMonthValue()))
                    .type("from-year", String.valueOf(today.getYear()))
                    .type("from-time", "00:00")
                    .choose("confirm", "UNDERSTOOD")
                    .click("Send events again")
                    .expectHeading("Subscription");
            assertThat(browser.text()).contains("will be sent again", "queued");

            browser.open(URI.create(subscriptionPage))
                    .expectHeading("Subscription")
                    .click("Change what this subscription receives")
                    .expectHeading("Change what this subscription receives");
            browser.capture("notification-filters");
            browser.type("areas", "E09000012, E08000025")
                    .click("Save changes")
                    .expectHeading("Change what this subscription receives");
            assertThat(browser.text())
                    .as("the agency directory gives Hackney's team Hackney only")
                    .contains("There is a problem", "does not give your agency these areas: [E08000025]")
                    .doesNotContain("csc-hackney");
            browser.type("areas", "E09000012")
                    .choose("eventTypes", "org.casebridge.police.outcome-assigned.v1")
                    .click("Save changes")
                    .expectHeading("Subscription");
            assertThat(browser.text()).contains("What this subscription receives has changed");

            browser.click("Pause");
            browser.expectHeading("Subscription");
            assertThat(browser.text()).contains("Subscription paused", "Paused");
        } finally {
            receiver.stop(0);
        }
    }

    /**
     * The partnership report of Hackney in a real browser: six referrals to social care of last month (a figure shown)
     * reach the report through the bus; the City and Hackney partnership sees them in the API and on its page, a chart
     * beside each table with "fewer than 5" for every count from 1 to 4, and is refused Tower Hamlets.
     */
    @Test
    void thePartnershipReadsItsAreasFiguresAsChartsAndTables(LocalStack stack) {
        YearMonth thisMonth = YearMonth.now(LONDON);
        Instant lastMonth =
                thisMonth.minusMonths(1).atDay(10).atTime(10, 0).atZone(LONDON).toInstant();
        for (int i = 0; i < 6; i++) {
            publishReferralInHackney(stack, "\"CHILDRENS_SOCIAL_CARE\"", lastMonth);
        }
        ActorClient partnership = ActorClient.of(stack, Service.NOTIFICATION, "partnership-lscp-hackney");
        String api = "/api/reports/partnership?area=E09000012&from=" + thisMonth.minusMonths(5) + "&to=" + thisMonth;
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            ActorClient.Reply reply = partnership.get(api);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode referred = null;
            for (JsonNode measure : reply.json().path("measures")) {
                if (measure.path("measure").asText().equals("REFERRED")) {
                    referred = measure;
                }
            }
            assertThat(referred).as("the measure REFERRED").isNotNull();
            assertThat(referred.path("rows")
                            .get(0)
                            .path("figures")
                            .get(4)
                            .path("value")
                            .asInt())
                    .isGreaterThanOrEqualTo(6);
        });
        assertThat(partnership.get(api.replace("E09000012", "E09000030")).status())
                .as("Tower Hamlets is not City and Hackney's")
                .isEqualTo(403);

        URI portal = stack.baseUri(Service.NOTIFICATION).resolve("/portal/reports/partnership");
        try (PortalBrowser browser = PortalBrowser.start()) {
            browser.signIn(portal, "lscp.hackney").find(By.id("measure-REFERRED"));
            assertThat(browser.heading())
                    .as("a partnership of one area lands on it")
                    .contains("Hackney");
            browser.open(URI.create(portal + "?area=E09000012&from=" + thisMonth.minusMonths(5) + "&to=" + thisMonth));
            assertThat(browser.find(By.id("measure-REFERRED")).getText()).contains("6");
            for (String measure : new String[] {
                "REPORTED",
                "REFERRED",
                "HANDLED_IN_SCHOOL",
                "OUTCOME",
                "AGGRAVATING_FACTOR",
                "INITIAL_REVIEW",
                "STRATEGY_MEETING",
                "CSC_ACKNOWLEDGEMENT"
            }) {
                assertThat(browser.find(By.id("chart-" + measure)).getDomAttribute("aria-label"))
                        .startsWith("Bar chart: ");
                assertThat(browser.find(By.id("measure-" + measure)).getText()).contains("Month");
            }
            assertThat(browser.find(By.id("chart-REFERRAL_TO_OUTCOME")).getDomAttribute("role"))
                    .isEqualTo("img");
            for (WebElement cell : browser.driver().findElements(By.cssSelector("td.govuk-table__cell--numeric"))) {
                assertThat(cell.getText()).as("a figure of the tables").isNotIn("1", "2", "3", "4");
            }
            for (WebElement text : browser.driver().findElements(By.cssSelector("svg text"))) {
                assertThat(text.getText().strip()).as("a text of the charts").isNotIn("1", "2", "3", "4");
            }
            assertThat(browser.find(By.id("csv")).getDomAttribute("href"))
                    .contains("/api/reports/partnership.csv?area=E09000012");
            browser.capture("partnership-report");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView()", browser.find(By.id("section-REFERRED")));
            browser.screenshot("partnership-report-charts");

            browser.open(URI.create(portal + "?area=E09000030"));
            assertThat(browser.text()).contains("You cannot do this");
        }
    }

    /**
     * A referral of a Clapton Park Academy (Hackney) case, published on the school topic exactly as case-service
     * publishes it (CloudEvents binary mode, keyed by case id, with the school's lawful basis). The school's own path through case-service to the
     * agency is CrossServiceIT's; here the agency's pages are under test.
     */
    private static String publishReferralInHackney(LocalStack stack, String referredTo, Instant referredAt) {
        String caseId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        String payload = """
                {"caseId": "%s", "schoolUrn": "100001", "localAuthorityCode": "E09000012", "forceCode": "MPS",
                 "referredTo": [%s], "criteriaMet": ["COERCION_OR_GROOMING_OR_CAPACITY"],
                 "children": [{"ref": "child-1", "age": 14, "yearGroup": "Year 9", "roles": ["PICTURED"]}],
                 "referredAt": "%s"}""".formatted(caseId, referredTo, referredAt);
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>("casebridge.school.events", caseId, payload.getBytes(StandardCharsets.UTF_8));
        Map.of(
                        "ce_specversion",
                        "1.0",
                        "ce_id",
                        UUID.randomUUID().toString(),
                        "ce_type",
                        REFERRAL_MADE,
                        "ce_source",
                        "/casebridge/case-service",
                        "ce_subject",
                        caseId,
                        "ce_time",
                        now.toString(),
                        "content-type",
                        "application/json",
                        "ce_lawfulbasis",
                        "UK_GDPR/PUBLIC_TASK/SCH1_PARA_18")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, byte[]> producer = StackData.producer(stack, new ByteArraySerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot publish the referral", e);
        }
        return caseId;
    }
}
