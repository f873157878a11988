package org.casebridge.police.sar.portal;

import java.util.List;
import java.util.Map;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.disclosure.DisclosureFile.Format;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalOption;
import org.casebridge.platform.portal.PortalPages;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.casebridge.police.escalation.query.EscalationViews.EscalationDetailView;
import org.casebridge.police.portal.PoliceWords;
import org.casebridge.police.sar.disclosure.SubjectAccessBundle;
import org.casebridge.police.sar.disclosure.SubjectAccessDocument;
import org.casebridge.police.sar.disclosure.SubjectAccessRequests;
import org.casebridge.police.sar.query.SubjectAccessQueries;
import org.casebridge.police.sar.query.SubjectAccessQueries.RequestView;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Subject access requests in the supervisor's portal (ADR 0066): from the escalation, "Subject access requests" lists
 * the escalation's requests and starts one for a child; the request's page shows the draft disclosure as the requester
 * would read it, what is withheld and why, a form to withhold more words, and the release; after release, the PDF and
 * the JSON bundle to download (each download in the access log). A supervisor of the force only.
 */
@PortalController
class SubjectAccessPortalController {

    private final EscalationQueries escalations;
    private final SubjectAccessQueries queries;
    private final SubjectAccessRequests requests;
    private final PortalPages pages;

    SubjectAccessPortalController(
            EscalationQueries escalations,
            SubjectAccessQueries queries,
            SubjectAccessRequests requests,
            PortalPages pages) {
        this.escalations = escalations;
        this.queries = queries;
        this.requests = requests;
        this.pages = pages;
    }

    @GetMapping("/portal/escalations/{caseId}/subject-access")
    @PoliceAccess(Rule.SUBJECT_ACCESS)
    @RecordsAccess("subject-access-requests")
    String list(Actor actor, @PathVariable String caseId, Model model) {
        return listPage(actor, caseId, PortalForm.of(Map.of()), model);
    }

    @PostMapping("/portal/escalations/{caseId}/subject-access")
    @PoliceAccess(Rule.SUBJECT_ACCESS)
    @RecordsAccess("subject-access-requests")
    String start(Actor actor, @PathVariable String caseId, PortalForm form, Model model, RedirectAttributes redirect) {
        String childRef = form.required("childRef", "Select the child the request is about");
        String requester = form.required("requester", "Enter who made the request and how they relate to the child");
        form.limited("requester", 200, "Who made the request must be 200 characters or fewer");
        String reason = form.required(
                "reason", "Enter the reason for the request and how the requester's identity was checked");
        form.limited("reason", 4000, "The reason must be 4000 characters or fewer");
        String force = requests.force(actor, caseId);
        return pages.post(actor, form, redirect)
                .refusalsOn("reason")
                .refusal("requester-required", "requester")
                .refusal("unknown-child", "childRef")
                .send(() -> requests.start(actor, caseId, childRef, requester, reason))
                .awaitVisible(
                        requestId -> queries.find(caseId, force, requestId).isPresent())
                .success(requestId -> "The subject access request for " + childRef + " is started")
                .redirectTo(requestId -> "/portal/escalations/" + caseId + "/subject-access/" + requestId)
                .orShow(() -> listPage(actor, caseId, form, model));
    }

    @GetMapping("/portal/escalations/{caseId}/subject-access/{requestId}")
    @PoliceAccess(Rule.SUBJECT_ACCESS)
    @RecordsAccess("subject-access-draft")
    String review(Actor actor, @PathVariable String caseId, @PathVariable String requestId, Model model) {
        return reviewPage(actor, caseId, requestId, PortalForm.of(Map.of()), PortalForm.of(Map.of()), model);
    }

    @PostMapping("/portal/escalations/{caseId}/subject-access/{requestId}/redactions")
    @PoliceAccess(Rule.SUBJECT_ACCESS)
    @RecordsAccess("subject-access-draft")
    String addRedaction(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String requestId,
            PortalForm form,
            Model model,
            RedirectAttributes redirect) {
        RequestView request = requests.request(actor, caseId, requestId);
        String phrase = form.required("phrase", "Enter the words to withhold, as the record shows them");
        form.limited("phrase", 200, "The words to withhold must be 200 characters or fewer");
        String reason = form.required("redactionReason", "Enter why the words are withheld");
        form.limited("redactionReason", 4000, "The reason must be 4000 characters or fewer");
        int before = request.chosenRedactions().size();
        return pages.post(actor, form, redirect)
                .refusalsOn("redactionReason")
                .refusal("redaction-phrase-invalid", "phrase")
                .refusal("subject-access-already-released", "phrase")
                .send(() -> requests.addRedaction(actor, caseId, requestId, phrase, reason))
                .awaitVisible(added -> !added
                        || requests.request(actor, caseId, requestId)
                                        .chosenRedactions()
                                        .size()
                                > before)
                .success(added -> added ? "The words are withheld" : "Those words were already withheld")
                .redirectTo(page(caseId, requestId))
                .orShow(() -> reviewPage(actor, caseId, requestId, form, PortalForm.of(Map.of()), model));
    }

    @PostMapping("/portal/escalations/{caseId}/subject-access/{requestId}/release")
    @PoliceAccess(Rule.SUBJECT_ACCESS)
    @RecordsAccess("subject-access-draft")
    String release(
            Actor actor,
            @PathVariable String caseId,
            @PathVariable String requestId,
            PortalForm form,
            Model model,
            RedirectAttributes redirect) {
        requests.request(actor, caseId, requestId);
        String rationale = form.required("rationale", "Enter why the disclosure can be released as it stands");
        form.limited("rationale", 4000, "The reason must be 4000 characters or fewer");
        return pages.post(actor, form, redirect)
                .refusalsOn("rationale")
                .send(() -> requests.release(actor, caseId, requestId, rationale))
                .awaitVisible(() -> requests.request(actor, caseId, requestId).released())
                .success(released -> released.alreadyReleased()
                        ? "The disclosure was already released"
                        : "The disclosure is released")
                .redirectTo(page(caseId, requestId))
                .orShow(() -> reviewPage(actor, caseId, requestId, PortalForm.of(Map.of()), form, model));
    }

    @GetMapping("/portal/escalations/{caseId}/subject-access/{requestId}/disclosure.pdf")
    @PoliceAccess(Rule.SUBJECT_ACCESS)
    @RecordsAccess("subject-access-disclosure-pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @PathVariable String caseId, @PathVariable String requestId) {
        return requests.download(actor, caseId, requestId, Format.PDF).download();
    }

    @GetMapping("/portal/escalations/{caseId}/subject-access/{requestId}/disclosure.json")
    @PoliceAccess(Rule.SUBJECT_ACCESS)
    @RecordsAccess("subject-access-disclosure-json")
    ResponseEntity<byte[]> json(Actor actor, @PathVariable String caseId, @PathVariable String requestId) {
        return requests.download(actor, caseId, requestId, Format.JSON).download();
    }

    private String listPage(Actor actor, String caseId, PortalForm form, Model model) {
        EscalationDetailView e = escalations.detail(caseId, actor);
        List<PortalOption> children = e.children().stream()
                .map(c -> new PortalOption(
                        c.ref(),
                        c.ref(),
                        c.age() + ", " + c.yearGroup()
                                + (c.policeRole() == null ? "" : ", " + PoliceWords.of(c.policeRole()))))
                .toList();
        model.addAttribute("e", e);
        model.addAttribute("requests", requests.ofCase(actor, caseId));
        model.addAttribute("children", children);
        model.addAttribute("personalDataErased", requests.personalDataErased(caseId));
        model.addAttribute("form", form);
        return "police/subject-access-requests";
    }

    private String reviewPage(
            Actor actor,
            String caseId,
            String requestId,
            PortalForm redactionForm,
            PortalForm releaseForm,
            Model model) {
        RequestView request = requests.request(actor, caseId, requestId);
        SubjectAccessBundle draft = requests.draft(actor, caseId, requestId);
        model.addAttribute("e", escalations.detail(caseId, actor));
        model.addAttribute("request", request);
        model.addAttribute("document", SubjectAccessDocument.of(draft));
        model.addAttribute("redactionForm", redactionForm);
        model.addAttribute("releaseForm", releaseForm);
        model.addAttribute("form", releaseForm.hasErrors() ? releaseForm : redactionForm);
        return "police/subject-access-request";
    }

    private static String page(String caseId, String requestId) {
        return "/portal/escalations/" + caseId + "/subject-access/" + requestId;
    }
}
