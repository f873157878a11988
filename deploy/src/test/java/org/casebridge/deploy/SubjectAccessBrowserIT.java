package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A subject access request in a real browser on the shared stack (ADR 0057). Clapton Park Academy reports a case with
 * two named children over the API; its DSL starts a request for child-1 on the portal (the error summary first),
 * reads the draft in which the other child is a ref only, withholds a neighbour's name, releases the disclosure and
 * downloads the PDF and the JSON bundle with the portal's session. Each page is captured and checked with axe-core.
 */
@ExtendWith(WholeStack.class)
class SubjectAccessBrowserIT {

    /** Every way the other child is identified, none of which child-1's disclosure may show. */
    private static final List<String> OTHER_CHILD = List.of("Leo", "Brown", "H801100002002");

    @Test
    void theDslAnswersARequestForOneChildWithTheOtherChildAndAThirdPartyWithheld(LocalStack stack)
            throws IOException, InterruptedException {
        String caseId = caseWithTwoNamedChildren(stack);
        URI casePortal = stack.baseUri(Service.CASE).resolve("/portal/cases/" + caseId);
        try (PortalBrowser dsl = PortalBrowser.start()) {
            dsl.signIn(casePortal, "dsl.clapton");
            dsl.reloadUntil(casePortal, "Subject access requests");
            dsl.click("Subject access requests").expectHeading("Subject access requests");
            dsl.capture("sar-requests");
            dsl.click("Start a subject access request for child-1")
                    .expectHeading("Start a subject access request for child-1");
            dsl.click("Start the request").expectHeading("Start a subject access request for child-1");
            assertThat(dsl.text()).contains("There is a problem");
            dsl.capture("sar-start-errors");
            dsl.type("requester", "The child's mother, by letter")
                    .type("reason", "Request under UK GDPR Article 15; identity checked in person on 1 December.")
                    .click("Start the request");
            dsl.expectHeading("Subject access request for child-1");
            assertThat(dsl.text()).contains("Draft to review", "they appear by their refs only", "child-2", "Mr Evans");
            assertNamesNoOtherChild(dsl.text());
            dsl.capture("sar-draft");

            dsl.type("phrase", "Mr Evans")
                    .type("redactionReason", "A neighbour named in the support record: a third party")
                    .click("Withhold these words");
            dsl.expectHeading("Subject access request for child-1");
            assertThat(dsl.find(By.id("chosen-redactions")).getText()).contains("Mr Evans");
            assertThat(dsl.text()).contains("[withheld]");

            dsl.type("rationale", "Reviewed with the headteacher: every third party is withheld and nothing else.")
                    .click("Release the disclosure");
            dsl.expectHeading("Subject access request for child-1");
            assertThat(dsl.text()).contains("Released", "Download the disclosure (PDF)");
            dsl.capture("sar-released");

            String pdfLink =
                    dsl.find(By.linkText("Download the disclosure (PDF)")).getAttribute("href");
            String jsonLink =
                    dsl.find(By.partialLinkText("Download the bundle")).getAttribute("href");
            HttpResponse<byte[]> pdf = download(dsl, pdfLink);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            HttpResponse<byte[]> json = download(dsl, jsonLink);
            assertThat(json.statusCode()).isEqualTo(200);
            String bundle = new String(json.body(), StandardCharsets.UTF_8);
            assertThat(bundle).contains("Amira", "child-2").doesNotContain("Mr Evans");
            assertNamesNoOtherChild(bundle);
        }
    }

    /** A download as the signed-in browser would make it: the portal session's cookies, nothing else. */
    private static HttpResponse<byte[]> download(PortalBrowser browser, String link)
            throws IOException, InterruptedException {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create(link))
                            .header("Cookie", cookies)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static String caseWithTwoNamedChildren(LocalStack stack) {
        ActorClient school = ActorClient.of(stack, Service.CASE, "school-100001");
        ActorClient.Reply reported = school.post("/api/cases", """
                {"howCameToLight": "DISCLOSURE_BY_CHILD_INVOLVED", "cameToLightAt": "2026-11-27T08:40:00Z",
                 "imagery": ["SEMI_NUDE"], "platforms": ["Snapchat"], "spread": "ONE_RECIPIENT",
                 "mayHaveReachedInternet": false, "onSchoolDeviceOrNetwork": false,
                 "children": [
                   {"ref": "child-1", "age": 14, "yearGroup": "Year 9", "roles": ["PICTURED"],
                    "personalDetails": {"givenName": "Amira", "familyName": "Hussain", "dateOfBirth": "2012-03-14",
                                        "upn": "H801200001001"}},
                   {"ref": "child-2", "age": 15, "yearGroup": "Year 10", "roles": ["RECEIVED"],
                    "personalDetails": {"givenName": "Leo", "familyName": "Brown", "dateOfBirth": "2011-02-03",
                                        "upn": "H801100002002"}}]}""");
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String caseId = reported.json().get("caseId").asText();
        ActorClient.Reply support = school.post("/api/cases/" + caseId + "/support", """
                {"childRef": "child-1", "supportType": "PASTORAL",
                 "description": "Weekly check-in; Mr Evans next door walks her to school"}""");
        assertThat(support.status()).as(support.body()).isEqualTo(204);
        return caseId;
    }

    private static void assertNamesNoOtherChild(String text) {
        for (String other : OTHER_CHILD) {
            assertThat(text).as("names no other child").doesNotContainIgnoringCase(other);
        }
    }
}
