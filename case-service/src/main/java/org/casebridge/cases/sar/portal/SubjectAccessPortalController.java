package org.casebridge.cases.sar.portal;

import java.util.Map;
import java.util.UUID;
import org.casebridge.cases.incident.portal.CasePage;
import org.casebridge.cases.incident.query.CaseDetailView;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.incident.query.CaseViewQueries;
import org.casebridge.cases.sar.disclosure.SubjectAccessBundle;
import org.casebridge.cases.sar.disclosure.SubjectAccessDocument;
import org.casebridge.cases.sar.disclosure.SubjectAccessRequests;
import org.casebridge.cases.sar.query.SubjectAccessQueries;
import org.casebridge.cases.sar.query.SubjectAccessQueries.RequestView;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.disclosure.DisclosureFile.Format;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalPages;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Subject access requests in the DSL portal (ADR 0057): from the case, "Subject access requests" lists the case's
 * requests and starts one for a child; the request's page shows the draft disclosure as the requester would read it,
 * what is withheld and why, a form to withhold more words, and the release; after release, the PDF and the JSON
 * bundle to download (each download in the access log).
 */
@PortalController
public class SubjectAccessPortalController {

    private final CaseViewQueries cases;
    private final SubjectAccessQueries queries;
    private final SubjectAccessRequests requests;
    private final PortalPages pages;

    public SubjectAccessPortalController(
            CaseViewQueries cases, SubjectAccessQueries queries, SubjectAccessRequests requests, PortalPages pages) {
        this.cases = cases;
        this.queries = queries;
        this.requests = requests;
        this.pages = pages;
    }

    @GetMapping("/portal/cases/{caseId}/subject-access")
    @RecordsAccess("case")
    String list(@PathVariable UUID caseId, Actor actor, Model model) {
        requests.requireDsl(actor.actedBy());
        CaseDetailView detail = cases.detail(caseId, CaseScope.of(actor));
        model.addAttribute("detail", detail);
        model.addAttribute("caseId", caseId.toString());
        model.addAttribute("requests", queries.ofCase(caseId, CaseScope.of(actor)));
        return "sar/requests";
    }

    @GetMapping("/portal/cases/{caseId}/children/{childRef}/subject-access")
    @RecordsAccess("case")
    String form(@PathVariable UUID caseId, @PathVariable String childRef, Actor actor, Model model) {
        requests.requireDsl(actor.actedBy());
        CaseDetailView detail = cases.detail(caseId, CaseScope.of(actor));
        return formPage(detail, detail.child(childRef).ref(), PortalForm.of(Map.of()), model);
    }

    @PostMapping("/portal/cases/{caseId}/children/{childRef}/subject-access")
    String start(
            @PathVariable UUID caseId,
            @PathVariable String childRef,
            PortalForm form,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        CaseDetailView detail = cases.detail(caseId, CaseScope.of(actor));
        String ref = detail.child(childRef).ref();
        String requester = form.required("requester", "Enter who made the request and how they relate to the child");
        String reason = form.required(
                "reason", "Enter the reason for the request and how the requester's identity was checked");
        return pages.post(actor, form, redirect)
                .refusalsOn("reason")
                .refusal("requester-required", "requester")
                .send(() -> requests.start(actor.actedBy(), caseId, ref, requester, reason))
                .awaitVisible(requestId ->
                        queries.find(requestId, CaseScope.of(actor)).isPresent())
                .success(requestId -> "The subject access request for " + ref + " is started")
                .redirectTo(requestId -> "/portal/subject-access/" + requestId)
                .orShow(() -> formPage(detail, ref, form, model));
    }

    @GetMapping("/portal/subject-access/{requestId}")
    @RecordsAccess(value = "subject-access-draft", caseIdVariable = "requestId")
    String review(@PathVariable UUID requestId, Actor actor, Model model) {
        return reviewPage(requestId, actor, PortalForm.of(Map.of()), PortalForm.of(Map.of()), model);
    }

    @PostMapping("/portal/subject-access/{requestId}/redactions")
    String addRedaction(
            @PathVariable UUID requestId, PortalForm form, Actor actor, Model model, RedirectAttributes redirect) {
        RequestView request = requests.request(actor.actedBy(), requestId);
        String phrase = form.required("phrase", "Enter the words to withhold, as the record shows them");
        String reason = form.required("redactionReason", "Enter why the words are withheld");
        int before = request.chosenRedactions().size();
        return pages.post(actor, form, redirect)
                .refusalsOn("redactionReason")
                .refusal("redaction-phrase-invalid", "phrase")
                .refusal("subject-access-already-released", "phrase")
                .send(() -> requests.addRedaction(actor.actedBy(), requestId, phrase, reason))
                .awaitVisible(added -> !added
                        || queries.request(requestId, CaseScope.of(actor))
                                        .chosenRedactions()
                                        .size()
                                > before)
                .success(added -> added ? "The words are withheld" : "Those words were already withheld")
                .redirectTo("/portal/subject-access/" + requestId)
                .orShow(() -> reviewPage(requestId, actor, form, PortalForm.of(Map.of()), model));
    }

    @PostMapping("/portal/subject-access/{requestId}/release")
    String release(
            @PathVariable UUID requestId, PortalForm form, Actor actor, Model model, RedirectAttributes redirect) {
        requests.request(actor.actedBy(), requestId);
        String rationale = form.required("rationale", "Enter why the disclosure can be released as it stands");
        return pages.post(actor, form, redirect)
                .refusalsOn("rationale")
                .send(() -> requests.release(actor.actedBy(), requestId, rationale))
                .awaitVisible(
                        () -> queries.request(requestId, CaseScope.of(actor)).released())
                .success(released -> released.alreadyReleased()
                        ? "The disclosure was already released"
                        : "The disclosure is released")
                .redirectTo("/portal/subject-access/" + requestId)
                .orShow(() -> reviewPage(requestId, actor, PortalForm.of(Map.of()), form, model));
    }

    @GetMapping("/portal/subject-access/{requestId}/disclosure.pdf")
    @RecordsAccess(value = "subject-access-disclosure-pdf", caseIdVariable = "requestId")
    ResponseEntity<byte[]> pdf(@PathVariable UUID requestId, Actor actor) {
        return requests.download(actor.actedBy(), requestId, Format.PDF).download();
    }

    @GetMapping("/portal/subject-access/{requestId}/disclosure.json")
    @RecordsAccess(value = "subject-access-disclosure-json", caseIdVariable = "requestId")
    ResponseEntity<byte[]> json(@PathVariable UUID requestId, Actor actor) {
        return requests.download(actor.actedBy(), requestId, Format.JSON).download();
    }

    private String reviewPage(
            UUID requestId, Actor actor, PortalForm redactionForm, PortalForm releaseForm, Model model) {
        RequestView request = requests.request(actor.actedBy(), requestId);
        SubjectAccessBundle draft = requests.draft(actor.actedBy(), requestId);
        model.addAttribute("request", request);
        model.addAttribute("draft", draft);
        model.addAttribute("document", SubjectAccessDocument.of(draft));
        model.addAttribute("caseId", request.caseId());
        model.addAttribute("redactionForm", redactionForm);
        model.addAttribute("form", releaseForm.hasErrors() ? releaseForm : redactionForm);
        model.addAttribute("releaseForm", releaseForm);
        return "sar/request";
    }

    private String formPage(CaseDetailView detail, String childRef, PortalForm form, Model model) {
        model.addAttribute("childRef", childRef);
        return CasePage.show("sar/start", detail, form, model);
    }
}
