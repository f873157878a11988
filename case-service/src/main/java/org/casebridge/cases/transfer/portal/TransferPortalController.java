package org.casebridge.cases.transfer.portal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.CaseLimits;
import org.casebridge.cases.incident.portal.CasePage;
import org.casebridge.cases.incident.query.CaseDetailView;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.incident.query.CaseViewQueries;
import org.casebridge.cases.school.SchoolDirectory;
import org.casebridge.cases.transfer.api.ChildRecordReceipt;
import org.casebridge.cases.transfer.handover.ChildRecordTransfers;
import org.casebridge.cases.transfer.query.TransferQueries;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.portal.PortalController;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.portal.PortalForm;
import org.casebridge.platform.portal.PortalPages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Child protection file transfer in the DSL portal (ADR 0054): the old school's DSL sends a child's record from the
 * case page; the new school's DSL finds it under "Records transferred to us", opens it and confirms receipt. A school
 * the record was not sent to finds nothing.
 */
@PortalController
public class TransferPortalController {

    private static final Pattern URN = Pattern.compile("[0-9]{6,8}");

    private final CaseViewQueries cases;
    private final TransferQueries transfers;
    private final ChildRecordTransfers handover;
    private final SchoolDirectory schools;
    private final PortalPages pages;

    public TransferPortalController(
            CaseViewQueries cases,
            TransferQueries transfers,
            ChildRecordTransfers handover,
            SchoolDirectory schools,
            PortalPages pages) {
        this.cases = cases;
        this.transfers = transfers;
        this.handover = handover;
        this.schools = schools;
        this.pages = pages;
    }

    @GetMapping("/portal/cases/{caseId}/children/{childRef}/transfer")
    @RecordsAccess("case")
    String form(@PathVariable UUID caseId, @PathVariable String childRef, Actor actor, Model model) {
        CaseDetailView detail = cases.detail(caseId, CaseScope.of(actor));
        return formPage(detail, detail.child(childRef).ref(), PortalForm.of(Map.of()), model);
    }

    @PostMapping("/portal/cases/{caseId}/children/{childRef}/transfer")
    String send(
            @PathVariable UUID caseId,
            @PathVariable String childRef,
            PortalForm form,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        CaseDetailView detail = cases.detail(caseId, CaseScope.of(actor));
        String ref = detail.child(childRef).ref();
        String urn = form.required("toSchoolUrn", "Enter the URN of the school the child moves to");
        if (urn != null && !URN.matcher(urn.strip()).matches()) {
            form.reject("toSchoolUrn", "Enter the URN as six to eight digits, like 100001");
            urn = null;
        }
        LocalDate startsOn = PortalDates.date(form, "startsOn", "the day the child starts at the new school");
        String reason = form.limited("reason", CaseLimits.MAX_TEXT_LENGTH, "Enter why the record is sent");
        String toUrn = urn == null ? null : urn.strip();
        return pages.post(actor, form, redirect)
                .refusalsOn("reason")
                .refusal(
                        "unknown-school",
                        "toSchoolUrn",
                        "No school with that URN is known; check it on Get Information" + " About Schools")
                .refusal("transfer-to-own-school", "toSchoolUrn", "Enter the URN of the new school, not this one")
                .refusal("transfer-already-open", "toSchoolUrn")
                .send(() -> handover.start(new CaseId(caseId), actor.actedBy(), ref, toUrn, startsOn, reason))
                .awaitVisible(transferId -> cases.detail(caseId, CaseScope.of(actor)).transfers().stream()
                        .anyMatch(t -> t.transferId().equals(transferId.toString())))
                .success(transferId -> "The record of " + ref + " is sent to " + schoolName(toUrn))
                .redirectTo("/portal/cases/" + caseId)
                .orShow(() -> formPage(detail, ref, form, model));
    }

    @GetMapping("/portal/transfers")
    @RecordsAccess(value = "transfer-list", caseIdVariable = "")
    String incoming(Actor actor, Model model) {
        model.addAttribute("transfers", transfers.transfers(CaseScope.of(actor), TransferQueries.Direction.INCOMING));
        return "cases/transfers";
    }

    @GetMapping("/portal/transfers/{transferId}")
    @RecordsAccess(value = "transferred-child-record", caseIdVariable = "transferId")
    String record(@PathVariable UUID transferId, Actor actor, Model model) {
        TransferQueries.TransferredRecordView record = transfers.record(transferId, CaseScope.of(actor));
        model.addAttribute("record", record);
        model.addAttribute("fromSchool", schoolName(record.fromSchoolUrn()));
        return "cases/transferred-record";
    }

    @PostMapping("/portal/transfers/{transferId}/receipt")
    String confirm(@PathVariable UUID transferId, Actor actor, RedirectAttributes redirect) {
        ChildRecordReceipt receipt = handover.confirmReceipt(transferId, actor.actedBy());
        redirect.addFlashAttribute(
                PortalPages.SUCCESS,
                receipt.alreadyConfirmed() ? "Receipt was already confirmed" : "Receipt is confirmed");
        return "redirect:/portal/transfers/" + transferId;
    }

    private String formPage(CaseDetailView detail, String childRef, PortalForm form, Model model) {
        model.addAttribute("childRef", childRef);
        return CasePage.show("cases/transfer", detail, form, model);
    }

    private String schoolName(String urn) {
        return schools.find(urn)
                .map(school -> school.name() + " (URN " + urn + ")")
                .orElse("URN " + urn);
    }
}
